// Painting: flow coordinates (from the text area's top-left, y down) to PDF points (y up).
#include "layout/paint.h"

#include <string>

namespace thidua::layout {

namespace {

// Converts draws of one placement into Canvas calls.
struct Painter {
  Canvas& canvas;
  double left;  // x of the text area
  double top;   // PDF y of the text area's top

  void draw(const Draw& d, double y0) const {
    const double y = top - y0;
    switch (d.kind) {
      case Draw::Kind::text: canvas.text(left + d.x, y - d.y, d.style, d.size, d.text); break;
      case Draw::Kind::line: canvas.line(left + d.x, y - d.y, left + d.x2, y - d.y2, d.size); break;
      case Draw::Kind::rect: canvas.rect(left + d.x, y - d.y - d.y2, d.x2, d.y2, d.size); break;
      case Draw::Kind::image: canvas.image(std::string(d.text), left + d.x, y - d.y - d.y2, d.x2, d.y2); break;
      case Draw::Kind::fill: canvas.fill_rect(left + d.x, y - d.y - d.y2, d.x2, d.y2, d.size); break;
    }
  }
};

std::string page_label(const std::string& format, int page, int total) {
  std::string out;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format.compare(i, 3, "{n}") == 0) {
      out += std::to_string(page);
      i += 2;
    } else if (format.compare(i, 7, "{total}") == 0) {
      out += std::to_string(total);
      i += 6;
    } else {
      out += format[i];
    }
  }
  return out;
}

void paint_page_number(const Document& doc, const FontSet& fonts, Canvas& canvas, int page, int total) {
  const PageNumbers& numbers = doc.page_numbers;
  const std::string label = page_label(numbers.format, page, total);
  const double width = fonts.width(FontStyle::regular, numbers.size, label);
  const double text_width = doc.page_width - doc.margin_left - doc.margin_right;
  double x = doc.margin_left;
  if (numbers.align == Align::center) x += (text_width - width) / 2;
  if (numbers.align == Align::right) x += text_width - width;
  // Centre the glyphs' box (descender to ascender) vertically in the margin.
  const double ascender = fonts.ascender(FontStyle::regular) * numbers.size / 1000;
  const double descender = fonts.descender(FontStyle::regular) * numbers.size / 1000;
  const double middle = numbers.top ? doc.page_height - doc.margin_top / 2 : doc.margin_bottom / 2;
  canvas.text(x, middle - (ascender + descender) / 2, FontStyle::regular, numbers.size, label);
}

}  // namespace

void paint_page(const Document& doc, const FontSet& fonts, const Flow& flow, const Page& page, int number,
                int total, Canvas& canvas) {
  const Painter painter{canvas, doc.margin_left, doc.page_height - doc.margin_top};
  canvas.begin_page(doc.page_width, doc.page_height);
  if (doc.page_numbers.enabled && number >= doc.page_numbers.from) {
    paint_page_number(doc, fonts, canvas, number, total);
  }
  for (std::size_t k = 0; k < page.placements.size(); ++k) {
    const Placement& at = page.placements[k];
    if (at.header) {
      for (const Draw& d : flow.headers[at.index].draws) painter.draw(d, at.y);
      continue;
    }
    const Item& item = flow.items[at.index];
    for (std::uint32_t d = item.draw_begin; d < item.draw_end; ++d) painter.draw(flow.draws[d], at.y);
    const Item* next = k + 1 < page.placements.size() && !page.placements[k + 1].header
                           ? &flow.items[page.placements[k + 1].index]
                           : nullptr;
    if (closes_table(item, next)) {
      const double y = painter.top - at.y - item.height;
      canvas.line(painter.left + item.close_x, y, painter.left + item.close_x + item.close_width, y,
                  item.close_thickness);
    }
  }
  canvas.end_page();
}

bool needs_page_count(const Document& doc) {
  return doc.page_numbers.enabled && doc.page_numbers.format.find("{total}") != std::string::npos;
}

}  // namespace thidua::layout
