// The vertical flow the build step produces and pagination cuts: items holding positioned draws.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "layout/canvas.h"

namespace thidua::layout {

// One drawing call, positioned relative to the top-left of its item with y growing downwards.
struct Draw {
  enum class Kind : std::uint8_t { text, line, rect, image, fill };
  Kind kind = Kind::text;
  FontStyle style = FontStyle::regular;
  double x = 0, y = 0;    // text: baseline start; line: start; rect, image, fill: top-left corner
  double x2 = 0, y2 = 0;  // line: end; rect, image, fill: width and height
  double size = 0;        // text: font size; line, rect: stroke width; fill: grey (0 black, 1 white)
  std::string_view text{};  // text, or image path (points into the Document)
};

// A line from (x1, y1) to (x2, y2), `width` thick.
inline Draw line_draw(double x1, double y1, double x2, double y2, double width) {
  return Draw{.kind = Draw::Kind::line, .x = x1, .y = y1, .x2 = x2, .y2 = y2, .size = width};
}

// A rectangle with its top-left corner at (x, y): filled with `grey` (0 black, 1 white).
inline Draw fill_draw(double x, double y, double width, double height, double grey) {
  Draw d = line_draw(x, y, width, height, grey);
  d.kind = Draw::Kind::fill;
  return d;
}

// The outline of a rectangle with its top-left corner at (x, y), `line_width` thick.
inline Draw rect_draw(double x, double y, double width, double height, double line_width) {
  Draw d = line_draw(x, y, width, height, line_width);
  d.kind = Draw::Kind::rect;
  return d;
}

// Draw `d` moved by (dx, dy).
inline Draw shifted(Draw d, double dx, double dy) {
  d.x += dx;
  d.y += dy;
  if (d.kind == Draw::Kind::line) {
    d.x2 += dx;
    d.y2 += dy;
  }
  return d;
}

// One unbreakable slice of the flow: a line of text, a table row, a signature row, columns.
struct Item {
  double height = 0;
  double gap_before = 0;          // space above, dropped at the top of a page
  bool breakable_before = true;   // may a page start with this item?
  bool page_break_before = false; // must a page start with this item?
  std::int32_t header = -1;       // repeated table header drawn above it when it starts a page
  std::int32_t table = -1;        // table rows: which table (to close the ruling at a page foot)
  double close_x = 0, close_width = 0, close_thickness = 0;  // the closing rule under a last row
  std::uint32_t draw_begin = 0, draw_end = 0;  // range in Flow::draws
  std::uint32_t offset = 0;       // markup offset, for "taller than a page"
  const char* what = "block";     // what it is, for messages
};

// A table header repeated at the top of each page the table continues on, with its own
// draws (the flow's draws may be dropped page by page while the table goes on).
struct RepeatHeader {
  double height = 0;
  std::vector<Draw> draws;
};

// The document as one column of items (or the part of it not yet painted). Items' draw
// ranges follow each other in item order.
struct Flow {
  std::vector<Item> items;
  std::vector<Draw> draws;
  std::vector<RepeatHeader> headers;
};

// True when a closing rule must be drawn under `item` because `next` (or nothing) follows it.
inline bool closes_table(const Item& item, const Item* next) {
  return item.table >= 0 && item.close_thickness > 0 && (next == nullptr || next->table != item.table);
}

}  // namespace thidua::layout
