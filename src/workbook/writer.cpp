// write_xlsx through libxlsxwriter, opened with dlopen only by the commands that write workbooks.
#include "workbook/writer.h"

#include <xlsxwriter.h>

#include "i18n/i18n.h"
#include "workbook/shared_library.h"

namespace thidua::workbook {

namespace {

// The libxlsxwriter functions used, looked up once per process.
struct Libxlsxwriter {
  SharedLibrary library{"libxlsxwriter.so.4", "libxlsxwriter4"};
#define THIDUA_XLSX_FUNCTION(name) decltype(&::name) name = library.symbol<decltype(&::name)>(#name)
  THIDUA_XLSX_FUNCTION(workbook_new);
  THIDUA_XLSX_FUNCTION(workbook_add_worksheet);
  THIDUA_XLSX_FUNCTION(workbook_add_format);
  THIDUA_XLSX_FUNCTION(workbook_set_properties);
  THIDUA_XLSX_FUNCTION(workbook_close);
  THIDUA_XLSX_FUNCTION(worksheet_write_string);
  THIDUA_XLSX_FUNCTION(worksheet_write_comment);
  THIDUA_XLSX_FUNCTION(worksheet_set_column);
  THIDUA_XLSX_FUNCTION(worksheet_set_row);
  THIDUA_XLSX_FUNCTION(worksheet_freeze_panes);
  THIDUA_XLSX_FUNCTION(format_set_bold);
  THIDUA_XLSX_FUNCTION(format_set_bg_color);
  THIDUA_XLSX_FUNCTION(format_set_border);
  THIDUA_XLSX_FUNCTION(format_set_text_wrap);
  THIDUA_XLSX_FUNCTION(format_set_align);
  THIDUA_XLSX_FUNCTION(lxw_strerror);
#undef THIDUA_XLSX_FUNCTION
};

Libxlsxwriter& libxlsxwriter() {
  static Libxlsxwriter loaded;
  return loaded;
}

}  // namespace

std::string write_xlsx(const std::string& path, const std::vector<SheetSpec>& sheets) {
  Libxlsxwriter& xl = libxlsxwriter();
  if (!xl.library.ok()) return xl.library.error();
  lxw_workbook* book = xl.workbook_new(path.c_str());
  if (book == nullptr) return _("libxlsxwriter cannot create the file");
  // A fixed creation date (2020-01-01) keeps the bytes the same from run to run.
  lxw_doc_properties properties{};
  properties.created = 1577836800;
  xl.workbook_set_properties(book, &properties);
  lxw_format* header = xl.workbook_add_format(book);
  xl.format_set_bold(header);
  xl.format_set_bg_color(header, 0xDDEBF7);
  xl.format_set_border(header, LXW_BORDER_THIN);
  xl.format_set_text_wrap(header);
  xl.format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format* text = xl.workbook_add_format(book);
  xl.format_set_text_wrap(text);
  for (const SheetSpec& spec : sheets) {
    lxw_worksheet* sheet = xl.workbook_add_worksheet(book, spec.name.c_str());
    if (sheet == nullptr) continue;  // workbook_close reports it
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
      const auto column = static_cast<lxw_col_t>(c);
      const ColumnSpec& col = spec.columns[c];
      xl.worksheet_set_column(sheet, column, column, col.width, text);
      xl.worksheet_write_string(sheet, 0, column, col.header.c_str(), header);
      if (!col.note.empty()) xl.worksheet_write_comment(sheet, 0, column, col.note.c_str());
    }
    xl.worksheet_set_row(sheet, 0, 30, nullptr);
    xl.worksheet_freeze_panes(sheet, 1, 0);  // the header row stays in view while scrolling
    for (std::size_t r = 0; r < spec.rows.size(); ++r) {
      for (std::size_t c = 0; c < spec.rows[r].size(); ++c) {
        xl.worksheet_write_string(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                                  spec.rows[r][c].c_str(), nullptr);
      }
    }
  }
  const lxw_error closed = xl.workbook_close(book);
  if (closed != LXW_NO_ERROR) return xl.lxw_strerror(closed);
  return "";
}

}  // namespace thidua::workbook
