// Step 3, linebreak: boxes, glue and penalties -> lines (Knuth–Plass total fit, or first fit).
#pragma once

#include <cstdint>
#include <vector>

namespace thidua::layout {

// One element of a paragraph as the line breaker sees it (widths in points).
struct LineItem {
  enum class Kind : std::uint8_t { box, glue, penalty };
  Kind kind = Kind::box;
  bool fill = false;          // glue only: stretches without limit (ends a line ragged); never a break
  std::int32_t span = -1;     // the Span the bytes come from; -1 for indents and struts
  std::uint32_t begin = 0;    // byte range of the text in that span
  std::uint32_t end = 0;
  double width = 0;
  double stretch = 0;         // glue only
  double shrink = 0;          // glue only
  double penalty = 0;         // cost of breaking here; <= -kForcedBreak forces it (penalty); glue:
                              // read only by break_balanced (set by set_space_break_costs)
};

// A penalty at or below minus this value forces a break.
inline constexpr double kForcedBreak = 10000;

// One line: items [begin, end) are drawn; `ratio` is how far its glue is stretched (>0) or
// shrunk (<0) to fill the measure; 0 for lines that end with fill glue.
struct BrokenLine {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  double ratio = 0;
};

// Reusable working memory, so breaking thousands of table cells allocates nothing.
struct LineBreakScratch {
  std::vector<double> sum_width, sum_stretch, sum_shrink;
  std::vector<std::uint32_t> sum_fill;
  struct Node {
    std::uint32_t position;  // break item index; kStart for the paragraph start
    int fitness;
    double demerits;
    double ratio;
    std::int32_t previous;
  };
  std::vector<Node> nodes;
  std::vector<std::int32_t> active;
};

// Breaks `items` (which must end with a forced penalty) into lines of `width`. Justified text
// uses total fit (Knuth–Plass) and falls back to first fit only when no set of lines meets the
// tolerance; ragged text uses first fit. Returns true when total fit succeeded.
bool break_lines(const std::vector<LineItem>& items, double width, bool justify, LineBreakScratch& scratch,
                 std::vector<BrokenLine>& lines);

// Knuth–Plass alone: false (and no lines) when no set of lines has every line's ratio in [-1, tolerance].
bool break_total_fit(const std::vector<LineItem>& items, double width, double tolerance, LineBreakScratch& scratch,
                     std::vector<BrokenLine>& lines);

// First fit: each line takes as many items as fit at natural width (overfull only for one box).
void break_first_fit(const std::vector<LineItem>& items, double width, LineBreakScratch& scratch,
                     std::vector<BrokenLine>& lines);

// Balanced breaking for centred text (headers, titles, signature blocks): the fewest lines,
// then lines of even width, then the cheapest breaks (each glue's `penalty`, a break cost), and
// no line of one word when the paragraph has more. Falls back to first fit for long paragraphs.
void break_balanced(const std::vector<LineItem>& items, double width, LineBreakScratch& scratch,
                    std::vector<BrokenLine>& lines);

}  // namespace thidua::layout
