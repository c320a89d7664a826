// Internal to the workbook reader: the zip archive, XML parts with limits, and cell-value formatting.
#pragma once

#include <pugixml.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "workbook/workbook.h"

namespace thidua::workbook::detail {

// Thrown inside the reader for a file that cannot be read; its message is worded for staff.
class BadWorkbook : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The files of a zip archive held in memory, read through libzip with the limits applied.
class ZipArchive {
 public:
  // Opens the archive in `bytes` (which must outlive it); throws BadWorkbook when it is not a zip
  // file or has too many entries.
  ZipArchive(std::string_view bytes, const Limits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // True when the archive has a file called `name`.
  bool has(const std::string& name);
  // The whole uncompressed file `name`; throws BadWorkbook when it is missing, encrypted,
  // damaged or larger than the limits allow.
  std::string read(const std::string& name);

 private:
  struct Handle;
  std::unique_ptr<Handle> handle_;
  const Limits& limits_;
  std::size_t total_read_ = 0;
};

// Parses XML part `name` (kept in `text`, parsed in place) after checking its nesting depth;
// throws BadWorkbook for XML that is malformed or nested deeper than limits.xml_depth.
void parse_part(pugi::xml_document& doc, std::string& text, const std::string& name, const Limits& limits);

// The local part of an element or attribute name: "table:table-cell" -> "table-cell".
std::string_view local_name(const char* name);
// The first child element of `node` whose local name is `local`.
pugi::xml_node child_named(pugi::xml_node node, std::string_view local);
// The attribute of `node` whose local name is `local`.
pugi::xml_attribute attribute_named(pugi::xml_node node, std::string_view local);

// A number as a spreadsheet shows it by default: "12", "0.5", "1234567.25" ("12.0" never).
std::string number_text(std::string_view value);
// A spreadsheet date serial number (days since 1899-12-30, or 1904-01-01) as "YYYY-MM-DD",
// with " HH:MM" when it has a time of day; the text unchanged when it is not a number.
std::string serial_date_text(std::string_view value, bool base_1904);

// The workbook formats' own readers.
void read_xlsx(ZipArchive& zip, std::string_view wanted, const Limits& limits, ReadResult& result);
void read_ods(ZipArchive& zip, std::string_view wanted, const Limits& limits, ReadResult& result);

}  // namespace thidua::workbook::detail

namespace thidua::workbook::detail {

// The index in result.sheets of sheet `wanted` (matched ignoring case, spacing and tone
// placement), or of the first visible sheet when `wanted` is empty; -1 after setting
// result.status to no_such_sheet or no_visible_sheet.
int choose_sheet(ReadResult& result, std::string_view wanted);

// Throws BadWorkbook for a sheet whose cells pass limits.cells or limits.text_bytes.
[[noreturn]] void too_much_text(const Limits& limits);

// Adds `text` as the cell at (`row`, `column`) to result.rows, skipping blank texts; throws
// BadWorkbook past the row or column limits. Rows must come in increasing order.
void add_cell(ReadResult& result, int row, int column, std::string text, const Limits& limits);

}  // namespace thidua::workbook::detail
