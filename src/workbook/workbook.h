// Reading one worksheet of an XLSX (Excel) or ODS (LibreOffice) workbook into rows of cell texts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::workbook {

// Bounds that keep a hostile workbook (a zip file is hostile input) from costing more than
// a real list could. Each is an error with its own message when exceeded; docs/format.md
// lists them for staff.
struct Limits {
  std::size_t zip_entries = 10'000;                   // files inside the zip
  std::size_t entry_bytes = 100u * 1024u * 1024u;     // one XML part, uncompressed
  std::size_t total_bytes = 200u * 1024u * 1024u;     // every part read, uncompressed
  std::size_t compression_ratio = 200;                // uncompressed / compressed, for parts over 1 MB
  std::size_t shared_strings = 1'000'000;             // entries of the shared-string table
  std::size_t xml_depth = 64;                         // nesting of elements in a part
  std::size_t rows = 1'048'576;                       // rows with text (Excel's own limit)
  std::size_t columns = 16'384;                       // columns (Excel's own limit, XFD)
  // The cells' text in all: ODS repeats a cell or a row by a count and XLSX shares one string
  // among many cells, so a small file could otherwise unfold into gigabytes.
  std::size_t cells = 2'000'000;                      // cells with text
  std::size_t text_bytes = 64u * 1024u * 1024u;       // their text, in bytes
};

// One cell with text, as the spreadsheet shows it (numbers without a trailing ".0", dates as YYYY-MM-DD).
struct Cell {
  int column = 0;  // 1 = A
  std::string text;
};

// One row with at least one non-empty cell, cells in column order.
struct Row {
  int number = 0;  // 1-based, as the spreadsheet shows it
  std::vector<Cell> cells;
};

// A worksheet of a workbook.
struct SheetInfo {
  std::string name;
  bool hidden = false;
};

// The outcome of reading a workbook.
struct ReadResult {
  enum class Status { ok, bad_file, no_such_sheet, no_visible_sheet };
  Status status = Status::ok;
  std::string error;              // for bad_file: what is wrong, worded for staff
  std::vector<SheetInfo> sheets;  // every sheet, in the workbook's order (when the sheet list was read)
  std::string sheet;              // the sheet read
  std::vector<Row> rows;          // its non-blank rows, top to bottom
  std::size_t cells = 0;          // cells in rows, and the bytes of their text (for the limits)
  std::size_t text_bytes = 0;
};

// The kinds of workbook read.
enum class Format { xlsx, ods };

// Reads sheet `wanted` (the first visible sheet when empty) of the workbook in `bytes`.
// Never throws for bad input: a damaged, encrypted or hostile file gives bad_file with a reason.
ReadResult read_workbook(std::string_view bytes, Format format, std::string_view wanted, const Limits& limits = {});

// The format a file name's extension names (.xlsx, .xlsm, .ods), or false for others.
bool format_of(std::string_view file_name, Format& format);

}  // namespace thidua::workbook
