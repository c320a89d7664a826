// Step 4, build: the document's blocks -> one flow of unbreakable items with positioned draws.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "layout/document.h"
#include "layout/flow.h"
#include "layout/fonts.h"
#include "layout/lines.h"

namespace thidua::layout {

// A length for messages: "12.5mm".
std::string millimetres(double points);

// Turns blocks into items: one per text line (with widow, orphan and keep rules as break
// permissions), one per table row, signature row, <columns> block or image.
class FlowBuilder {
 public:
  // All three must outlive the builder; draws point into `doc`'s strings.
  FlowBuilder(const Document& doc, const FontSet& fonts, Diagnostics& diags);

  // Builds the whole document at the width between its margins into `flow`. `progress`, when
  // given, is called whenever a block or table row is complete; it may drop items from the
  // front of `flow` that are already painted (drop_front).
  void build(Flow& flow, const std::function<void()>& progress = {});

 private:
  // Where the next item goes and what the blocks before it asked of it.
  struct State {
    Flow* flow = nullptr;
    double width = 0;
    double pending_after = 0;   // space-after of the previous block
    bool keep_previous = false; // the previous block is keep-with-next
    bool break_next = false;    // a <page-break/> came before
    double text_left = 1, text_right = 0;  // widest line of the previous paragraph (empty if right < left)
    double gap = 0;             // gap of the block's first item
    bool first = false;         // the next item starts a block
    bool attached = false;      // the block hangs on the previous one (a rule)
  };

  // Each block by its kind: build_block(), one for every kind of Block's content.
  void build_blocks(const std::vector<Block>& blocks, State& st);
  void build_block(const Paragraph& p, State& st);
  void build_block(const Rule& rule, State& st);
  void build_block(const Columns& columns, State& st);
  void build_block(const Image& image, State& st);
  // Adds to the space before the next block, rather than merging with the space around it.
  void build_block(const Space& space, State& st) { st.pending_after += space.height; }
  // The next block starts a page.
  void build_block(const PageBreak&, State& st) { st.break_next = true; }
  // chart.cpp
  void build_block(const Chart& chart, State& st);
  // Sets `p` centred (or as it says) in `width` and moves its draws by (x, y of the first line's top);
  // returns its height.
  double place_text(const Paragraph& p, double width, double x, double y);
  // signature.cpp: one signature block, or a grid of them
  void build_block(const Signature& signature, State& st);
  void build_block(const Signatures& grid, State& st);
  void build_signature_row(const std::vector<const Signature*>& row, double cell_width, double x0, State& st);
  // table.cpp
  void build_block(const Table& table, State& st);
  double build_row(const Row& row, const std::vector<double>& edges, const Table& table, std::vector<Draw>& draws);

  // Calls the progress callback when `st` builds the document's own flow (not a column's).
  void progress(const State& st) const {
    if (progress_ && st.flow == main_flow_) progress_();
  }
  // Starts a block whose first item gets max(previous space-after, `space_before`) above it.
  void begin_block(State& st, double space_before);
  // Appends an item over draws [draw_begin, end of draws); returns its index.
  std::size_t push_item(State& st, double height, bool breakable_inside, std::uint32_t draw_begin,
                        std::uint32_t offset, const char* what);
  // Ends a block: its space-after and keep-with-next apply to the next one.
  static void end_block(State& st, double space_after, bool keep_with_next);
  // Resolves column widths (lengths, percentages, then shares of the rest) to sum to `total`.
  std::vector<double> resolve_widths(const std::vector<WidthSpec>& specs, double total, std::uint32_t offset);
  void error(std::uint32_t offset, std::string message);

  const Document& doc_;
  Diagnostics& diags_;
  const FontSet& fonts_;  // for the fit= columns' widths
  LineSetter setter_;
  SetText set_;
  std::int32_t tables_ = 0;
  std::vector<Draw>* draw_target_ = nullptr;  // where place_text appends (the chart's flow)
  std::optional<LineIndex> lines_;
  const Flow* main_flow_ = nullptr;
  std::function<void()> progress_;
};

}  // namespace thidua::layout
