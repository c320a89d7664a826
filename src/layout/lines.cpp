// Placing the text of broken lines: alignment, justification, and runs for the Canvas.
#include "layout/lines.h"

#include <algorithm>
#include <cmath>

#include "layout/break_costs.h"
#include "layout/measure.h"

namespace thidua::layout {

void LineSetter::line_metrics(double size, double line_spacing, double& height, double& baseline) const {
  const double ascender = fonts_.ascender(FontStyle::regular) * size / 1000;
  const double descender = -fonts_.descender(FontStyle::regular) * size / 1000;
  const double gap = fonts_.line_gap(FontStyle::regular) * size / 1000;
  // "Single" spacing is ascender + descender + line gap, which is what word processors use for
  // Times New Roman (1.15 em); the leading is shared equally above and below the glyphs.
  height = (ascender + descender + gap) * line_spacing;
  baseline = (height - ascender - descender) / 2 + ascender;
}

void LineSetter::set(const Paragraph& p, double width, std::vector<Draw>& draws, SetText& out) {
  out.lines.clear();
  line_metrics(p.size, p.line_spacing, out.line_height, out.baseline);
  const double max_box = std::max(1.0, width - std::max(0.0, p.indent));
  measure_paragraph(p, fonts_, max_box, items_);
  const bool justify = p.align == Align::justify;
  if (p.align == Align::center) {
    // Centred text is a header, a title or a signature block: balanced lines that keep names whole.
    set_space_break_costs(p, items_);
    break_balanced(items_, width, scratch_, breaks_);
  } else {
    break_lines(items_, width, justify, scratch_, breaks_);
  }

  for (const BrokenLine& line : breaks_) {
    double ratio = justify ? line.ratio : 0;
    if (!std::isfinite(ratio)) ratio = 0;  // a justified line without spaces stays as it is
    ratio = std::max(ratio, -1.0);
    const bool natural = ratio == 0;
    double natural_width = 0;
    for (std::uint32_t i = line.begin; i < line.end; ++i) {
      if (items_[i].kind != LineItem::Kind::penalty) natural_width += items_[i].width;
    }
    double x = 0;
    if (p.align == Align::center) x = std::max(0.0, (width - natural_width) / 2);
    if (p.align == Align::right) x = std::max(0.0, width - natural_width);

    SetLine set_line;
    set_line.draw_begin = static_cast<std::uint32_t>(draws.size());
    set_line.left = 1;
    set_line.right = 0;
    // The open run: span bytes [begin, box_end) starting at run_x.
    std::int32_t run_span = -1;
    std::uint32_t run_begin = 0, run_end = 0, run_box_end = 0;
    double run_x = 0;
    auto flush = [&] {
      if (run_span < 0) return;
      const Span& span = p.spans[static_cast<std::size_t>(run_span)];
      draws.push_back(Draw{.kind = Draw::Kind::text, .style = span.style, .x = run_x, .y = out.baseline,
                           .size = p.size, .text = std::string_view(span.text).substr(run_begin, run_box_end - run_begin)});
      run_span = -1;
    };
    for (std::uint32_t i = line.begin; i < line.end; ++i) {
      const LineItem& item = items_[i];
      if (item.kind == LineItem::Kind::box) {
        if (item.span < 0 || item.begin == item.end) {
          flush();
        } else {
          if (run_span == item.span && run_end == item.begin) {
            run_end = run_box_end = item.end;
          } else {
            flush();
            run_span = item.span;
            run_begin = item.begin;
            run_end = run_box_end = item.end;
            run_x = x;
          }
          if (set_line.right < set_line.left) set_line.left = x;
          set_line.right = x + item.width;
        }
        x += item.width;
      } else if (item.kind == LineItem::Kind::glue) {
        if (natural && !item.fill && run_span == item.span && run_end == item.begin) {
          run_end = item.end;  // keep the space inside the run
        } else {
          flush();
        }
        if (!item.fill) x += item.width + ratio * (ratio > 0 ? item.stretch : item.shrink);
      }
    }
    flush();
    set_line.draw_end = static_cast<std::uint32_t>(draws.size());
    out.lines.push_back(set_line);
  }
}

}  // namespace thidua::layout
