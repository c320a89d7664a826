// A CSV reader for spreadsheet exports: Excel quoting, comma or semicolon, positions of every field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace thidua::load {

// One field as written (quotes removed, doubled quotes undone), with where it starts.
struct CsvField {
  std::string text;  // as written, not yet normalised
  int line = 0;
  int column = 0;  // in code points; a quoted field starts at its opening quote
};

// One record: the fields of one row (a row may span lines inside quotes).
struct CsvRow {
  std::vector<CsvField> fields;
};

// A parsed CSV file: the header row and the data rows, blank rows left out.
struct CsvTable {
  std::vector<CsvField> header;  // the first non-blank row
  std::vector<CsvRow> rows;      // the other non-blank rows
  char separator = ',';          // ',', ';' or '\t'
  bool complete = true;  // false when an unterminated quote swallowed the rest of the file
};

// The separator of a CSV file: ',' unless its header line has more ';' (a Vietnamese
// Excel writes ';' because ',' is its decimal mark) or more tabs.
char detect_separator(std::string_view text);

// Parses UTF-8 `text` (no BOM) read from `file`; reports unterminated quotes and text after a
// closing quote. Row lengths are not checked here. Runs in time linear in the text.
CsvTable parse_csv(std::string_view text, const std::string& file, Diagnostics& diags);

}  // namespace thidua::load
