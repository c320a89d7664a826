// Table column widths: the markup's lengths and shares, then the fit= columns widened to their widest cell.
#pragma once

#include <vector>

#include "layout/document.h"
#include "layout/fonts.h"
#include "layout/linebreak.h"

namespace thidua::layout {

// The width of `p` set without wrapping: its widest line between forced breaks, in points.
// `scratch` is reused for the measured items.
double unwrapped_width(const Paragraph& p, const FontSet& fonts, std::vector<LineItem>& scratch);

// `widths` (resolved from table.columns in `total` points) with each column that has a fit=
// widened to what its widest one-column body cell needs on one line, plus the cell padding, at
// most its fit width; the shared (star) columns without fit= give the room, each keeping at least
// half its width. Columns already wide enough, and tables without fit= or without shared
// columns, keep `widths` unchanged.
std::vector<double> fit_columns(const Table& table, double total, const FontSet& fonts, std::vector<double> widths);

}  // namespace thidua::layout
