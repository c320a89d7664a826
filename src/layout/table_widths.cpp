// Fitting table columns to their content: the sign-in list's names kept on one line when the page has room.
#include "layout/table_widths.h"

#include <algorithm>

#include "layout/measure.h"

namespace thidua::layout {

double unwrapped_width(const Paragraph& p, const FontSet& fonts, std::vector<LineItem>& scratch) {
  // No word is cut into characters: the widest word counts whole.
  measure_paragraph(p, fonts, 1e9, scratch);
  double widest = 0;
  double line = 0;
  for (const LineItem& item : scratch) {
    if (item.kind == LineItem::Kind::penalty && item.penalty <= -kForcedBreak) {
      widest = std::max(widest, line);
      line = 0;
    } else if (item.kind == LineItem::Kind::box || (item.kind == LineItem::Kind::glue && !item.fill)) {
      line += item.width;
    }
  }
  return std::max(widest, line);
}

std::vector<double> fit_columns(const Table& table, double total, const FontSet& fonts, std::vector<double> widths) {
  const std::size_t count = std::min(table.fit.size(), widths.size());
  std::vector<WidthSpec> specs = table.columns;
  bool widened = false;
  std::vector<LineItem> scratch;
  // The room a fit= column may take: half of what the shared columns without fit= have, so that
  // none of them is squeezed to a letter a line; nothing when the table has none.
  double room = 0;
  for (std::size_t c = 0; c < specs.size() && c < widths.size(); ++c) {
    const bool fits = c < table.fit.size() && table.fit[c].has_value();
    if (!fits && (specs[c].kind == WidthSpec::Kind::star || specs[c].kind == WidthSpec::Kind::automatic)) room += widths[c] / 2;
  }
  for (std::size_t c = 0; c < count; ++c) {
    if (!table.fit[c]) continue;
    const WidthSpec& cap_spec = *table.fit[c];
    const double cap = cap_spec.kind == WidthSpec::Kind::percent ? cap_spec.value / 100 * total : cap_spec.value;
    double needed = 0;
    for (const Row& row : table.body) {
      std::size_t column = 0;
      for (const Cell& cell : row.cells) {
        if (column == c && cell.colspan == 1) needed = std::max(needed, unwrapped_width(cell.text, fonts, scratch));
        column += static_cast<std::size_t>(std::max(cell.colspan, 1));
        if (column > c) break;
      }
    }
    // Half a point more than the text: the line breaker must not find it a hair too wide.
    const double target = std::min({needed + 2 * table.padding_x + 0.5, cap, widths[c] + room});
    if (target > widths[c]) {
      room -= target - widths[c];
      specs[c] = WidthSpec{WidthSpec::Kind::length, target};
      widened = true;
    }
  }
  if (!widened) return widths;
  return markup::resolve_widths(specs, total);
}

}  // namespace thidua::layout
