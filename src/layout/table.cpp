// Building tables: column widths, wrapped cells, ruled rows, and the header that repeats.
#include <algorithm>

#include "i18n/i18n.h"
#include "layout/build.h"
#include "layout/table_widths.h"

namespace thidua::layout {

void FlowBuilder::build_block(const Table& table, State& st) {
  const std::vector<double> widths = fit_columns(table, st.width, fonts_, resolve_widths(table.columns, st.width, table.offset));
  std::vector<double> edges(widths.size() + 1, 0);
  for (std::size_t i = 0; i < widths.size(); ++i) edges[i + 1] = edges[i] + widths[i];
  const std::int32_t id = tables_++;
  begin_block(st, table.space_before);
  auto push_row = [&](const Row& row, bool breakable) {
    const auto begin = static_cast<std::uint32_t>(st.flow->draws.size());
    const double height = build_row(row, edges, table, st.flow->draws);
    const std::size_t index = push_item(st, height, breakable, begin, row.offset, N_("table row"));
    Item& item = st.flow->items[index];
    item.table = id;
    item.close_x = 0;
    item.close_width = edges.back();
    item.close_thickness = table.border;
    return index;
  };

  std::int32_t header = -1;
  if (!table.head.empty()) {
    RepeatHeader repeat;
    const std::size_t first = st.flow->items.size();
    for (const Row& row : table.head) push_row(row, false);
    // The repeat is a copy of the header rows' draws, stacked; it is drawn only on later pages.
    double y = 0;
    for (std::size_t i = first; i < st.flow->items.size(); ++i) {
      const Item& item = st.flow->items[i];
      for (std::uint32_t d = item.draw_begin; d < item.draw_end; ++d) {
        repeat.draws.push_back(shifted(st.flow->draws[d], 0, y));
      }
      y += item.height;
    }
    repeat.height = y;
    header = static_cast<std::int32_t>(st.flow->headers.size());
    st.flow->headers.push_back(repeat);
  }
  for (std::size_t r = 0; r < table.body.size(); ++r) {
    // The first body row stays with the header rows, and a row stays with one kept with it.
    const bool after_header = r == 0 && header >= 0;
    const bool kept_with_previous = r > 0 && table.body[r - 1].keep_with_next;
    const std::size_t index = push_row(table.body[r], !after_header && !kept_with_previous);
    st.flow->items[index].header = header;
    progress(st);  // a long table is painted page by page while it is built
  }
  st.text_left = 1;
  st.text_right = 0;
  end_block(st, table.space_after, false);
}

double FlowBuilder::build_row(const Row& row, const std::vector<double>& edges, const Table& table,
                              std::vector<Draw>& draws) {
  struct Placed {
    std::uint32_t begin, end;
    double content;
    VAlign valign;
  };
  std::vector<Placed> cells;
  cells.reserve(row.cells.size());
  double height = row.min_height;
  std::size_t column = 0;
  std::vector<double> starts;
  for (const Cell& cell : row.cells) {
    const std::size_t last = std::min(column + static_cast<std::size_t>(cell.colspan), edges.size() - 1);
    const double x = edges[column];
    const double width = edges[last] - x;
    starts.push_back(x);
    const auto begin = static_cast<std::uint32_t>(draws.size());
    setter_.set(cell.text, std::max(1.0, width - 2 * table.padding_x), draws, set_);
    for (std::size_t i = 0; i < set_.lines.size(); ++i) {
      const double dy = set_.line_height * static_cast<double>(i);
      for (std::uint32_t d = set_.lines[i].draw_begin; d < set_.lines[i].draw_end; ++d) {
        draws[d] = shifted(draws[d], x + table.padding_x, dy);
      }
    }
    cells.push_back({begin, static_cast<std::uint32_t>(draws.size()), set_.height(), cell.valign});
    height = std::max(height, set_.height() + 2 * table.padding_y);
    column = last;
  }
  for (const Placed& cell : cells) {
    double dy = table.padding_y;
    if (cell.valign == VAlign::middle) dy = (height - cell.content) / 2;
    if (cell.valign == VAlign::bottom) dy = height - table.padding_y - cell.content;
    for (std::uint32_t d = cell.begin; d < cell.end; ++d) draws[d] = shifted(draws[d], 0, dy);
  }
  if (table.border > 0) {
    // Each row rules its top and its sides; the bottom is the next row's top, or the closing
    // rule drawn under the last row on a page.
    auto rule = [&](double x1, double y1, double x2, double y2) { draws.push_back(line_draw(x1, y1, x2, y2, table.border)); };
    rule(0, 0, edges.back(), 0);
    for (double x : starts) rule(x, 0, x, height);
    rule(edges.back(), 0, edges.back(), height);
  }
  return height;
}

}  // namespace thidua::layout
