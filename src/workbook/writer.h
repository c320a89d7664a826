// Writing list workbooks (.xlsx) for staff to fill in: headers, notes, frozen header row, column widths.
#pragma once

#include <string>
#include <vector>

namespace thidua::workbook {

// One column of a sheet to fill in.
struct ColumnSpec {
  std::string header;  // "Họ và tên"
  double width = 20;   // in characters, as Excel measures columns
  std::string note;    // shown as a comment on the header cell: what to write, an example
};

// A sheet with its header row and example rows.
struct SheetSpec {
  std::string name;  // "Đại biểu"
  std::vector<ColumnSpec> columns;
  std::vector<std::vector<std::string>> rows;  // example rows under the header (may be empty)
};

// Writes a workbook of `sheets` to `path` with libxlsxwriter (loaded on first use): bold
// shaded header row, frozen so it stays in view, the column widths, a comment on each header.
// The same input always gives the same bytes (a fixed creation date). Returns "" or the reason.
std::string write_xlsx(const std::string& path, const std::vector<SheetSpec>& sheets);

}  // namespace thidua::workbook
