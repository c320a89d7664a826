// Setting a paragraph into lines: measure, break, and place each line's text runs.
#pragma once

#include <cstdint>
#include <vector>

#include "layout/document.h"
#include "layout/flow.h"
#include "layout/fonts.h"
#include "layout/linebreak.h"

namespace thidua::layout {

// One set line: its draws and the horizontal extent of its ink (for rules under text).
struct SetLine {
  std::uint32_t draw_begin = 0, draw_end = 0;
  double left = 0, right = 0;  // right < left when the line is empty
};

// A paragraph set into lines; each line's draws have y = `baseline` (from the line's top).
struct SetText {
  double line_height = 0;
  double baseline = 0;
  std::vector<SetLine> lines;
  // Height of all lines.
  double height() const { return line_height * static_cast<double>(lines.size()); }
};

// Sets paragraphs, reusing its buffers from one paragraph to the next.
class LineSetter {
 public:
  // `fonts` must outlive the setter.
  explicit LineSetter(const FontSet& fonts) : fonts_(fonts) {}

  // Sets `p` into lines of `width`, appending text draws (x from the line start) to `draws`.
  // Justified lines draw each word at its own x; other lines draw each run of one face as
  // one string with its single spaces (see docs/markup.md, "Copyable text").
  void set(const Paragraph& p, double width, std::vector<Draw>& draws, SetText& out);

  // Line height and baseline of a paragraph of `size` and `line_spacing` (regular face metrics).
  void line_metrics(double size, double line_spacing, double& height, double& baseline) const;

 private:
  const FontSet& fonts_;
  std::vector<LineItem> items_;
  std::vector<BrokenLine> breaks_;
  LineBreakScratch scratch_;
};

}  // namespace thidua::layout
