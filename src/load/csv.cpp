// The CSV reader: one pass over the text, tracking line and column as it goes.
#include "load/csv.h"
#include "i18n/i18n.h"

#include <algorithm>

namespace thidua::load {

namespace {

// A position in the text, with its line and code-point column.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool done() const { return pos_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
  int line() const { return line_; }
  int column() const { return column_; }
  std::size_t pos() const { return pos_; }

  // Moves forward to `to`, counting lines and columns.
  void advance_to(std::size_t to) {
    to = std::min(to, text_.size());
    for (; pos_ < to; ++pos_) {
      const auto byte = static_cast<unsigned char>(text_[pos_]);
      if (byte == '\n') {
        ++line_;
        column_ = 1;
      } else if ((byte & 0xC0) != 0x80) {
        ++column_;
      }
    }
  }
  void advance(std::size_t count = 1) { advance_to(pos_ + count); }
  // Skips one line end (\r\n, \n or \r); a lone \r counts as a line end too.
  void skip_line_end() {
    if (peek() == '\r' && peek(1) == '\n') {
      advance(2);
    } else if (peek() == '\r') {
      ++pos_;
      ++line_;
      column_ = 1;
    } else {
      advance();
    }
  }
  std::string_view slice(std::size_t from, std::size_t to) const { return text_.substr(from, to - from); }
  std::size_t find(std::string_view chars) const {
    const std::size_t found = text_.find_first_of(chars, pos_);
    return found == std::string_view::npos ? text_.size() : found;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
};

bool is_line_end(char c) { return c == '\n' || c == '\r'; }

}  // namespace

char detect_separator(std::string_view text) {
  std::size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (is_line_end(c)) break;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

CsvTable parse_csv(std::string_view text, const std::string& file, Diagnostics& diags) {
  CsvTable table;
  table.separator = detect_separator(text);
  const char stops[] = {table.separator, '\n', '\r', '\0'};
  const std::string_view unquoted_stops(stops, 3);
  Scanner in(text);
  bool header_done = false;

  while (!in.done()) {
    CsvRow row;
    while (true) {  // one field per turn
      CsvField field{"", in.line(), in.column()};
      if (in.peek() == '"') {
        in.advance();
        while (true) {
          const std::size_t quote = text.find('"', in.pos());
          if (quote == std::string_view::npos) {
            diags.error({file, field.line, field.column},
                        _("unterminated quoted field: the closing '\"' is missing before the end of the file"));
            table.complete = false;
            in.advance_to(text.size());
            break;
          }
          field.text += in.slice(in.pos(), quote);
          in.advance_to(quote + 1);
          if (in.peek() != '"') break;
          field.text += '"';  // "" inside quotes is one quote
          in.advance();
        }
        if (!table.complete) break;
        if (!in.done() && in.peek() != table.separator && !is_line_end(in.peek())) {
          diags.error({file, in.line(), in.column()},
                      _("unexpected text after the closing quote of a field; to put a quote inside a quoted field, "
                        "write it twice (\"\")"));
          // Keep the rest of the field as written, as a spreadsheet would.
          const std::size_t end = in.find(unquoted_stops);
          field.text += in.slice(in.pos(), end);
          in.advance_to(end);
        }
      } else {
        const std::size_t end = in.find(unquoted_stops);
        field.text = in.slice(in.pos(), end);
        in.advance_to(end);
      }
      row.fields.push_back(std::move(field));
      if (in.peek() == table.separator && !in.done()) {
        in.advance();
        continue;
      }
      break;
    }
    if (!table.complete) break;  // the unfinished row would only add false errors
    if (!in.done()) in.skip_line_end();
    const bool blank = std::all_of(row.fields.begin(), row.fields.end(), [](const CsvField& f) {
      return f.text.find_first_not_of(" \t") == std::string::npos;
    });
    // Spreadsheets leave rows of bare separators (";;;;") below the data: skip blank rows.
    if (!blank) {
      if (!header_done) {
        table.header = std::move(row.fields);
        header_done = true;
      } else {
        table.rows.push_back(std::move(row));
      }
    }
  }
  return table;
}

}  // namespace thidua::load
