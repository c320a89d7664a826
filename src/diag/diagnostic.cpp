// Formatting and collection of diagnostics, and offset-to-line:column mapping.
#include "diag/diagnostic.h"

#include <algorithm>

#include "i18n/i18n.h"

namespace thidua {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return N_("error");
    case Severity::warning: return N_("warning");
    case Severity::note: return N_("note");
  }
  return N_("error");
}

std::string column_letters(int column) {
  std::string letters;
  for (int n = column; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

std::string SourceLoc::format() const {
  std::string out = file.empty() ? std::string("thidua") : file;
  if (!sheet.empty()) {
    // As the spreadsheet shows the place: the sheet's tab, the row number, the column letter.
    if (line > 0 && column > 0 && !column_name.empty()) {
      return out + ": " + tr("sheet '%1$s', row %2$d, column %3$s (%4$s)", sheet, line, column_letters(column), column_name);
    }
    if (line > 0 && column > 0) return out + ": " + tr("sheet '%1$s', row %2$d, column %3$s", sheet, line, column_letters(column));
    if (line > 0) return out + ": " + tr("sheet '%1$s', row %2$d", sheet, line);
    return out + ": " + tr("sheet '%1$s'", sheet);
  }
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}


std::string Diagnostic::format() const {
  std::string out = where.format();
  out += ": ";
  out += _(severity_name(severity));
  out += ": ";
  out += message;
  return out;
}

void Diagnostics::error(SourceLoc where, std::string message) {
  ++error_count_;
  if (error_count_ > error_limit_) return;
  items_.push_back({Severity::error, std::move(where), std::move(message)});
  if (error_count_ == error_limit_) {
    items_.push_back({Severity::note, items_.back().where,
                      tr("too many errors; stopping after %1$d", error_limit_)});
  }
}

void Diagnostics::warning(SourceLoc where, std::string message) {
  items_.push_back({Severity::warning, std::move(where), std::move(message)});
}

void Diagnostics::note(SourceLoc where, std::string message) {
  items_.push_back({Severity::note, std::move(where), std::move(message)});
}

void Diagnostics::merge(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) {
    if (d.severity == Severity::error) {
      error(d.where, d.message);
    } else if (d.severity == Severity::warning) {
      warning(d.where, d.message);
    }
  }
}

void Diagnostics::print(std::ostream& out) const {
  for (const Diagnostic& d : items_) out << d.format() << '\n';
}

Failure::Failure(ExitCode code, SourceLoc where, std::string message)
    : std::runtime_error(message), code_(code) {
  diagnostics_.push_back({Severity::error, std::move(where), std::move(message)});
}

Failure::Failure(ExitCode code) : std::runtime_error("failed"), code_(code) {}  // not shown

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

SourceLoc LineIndex::locate(std::string file, std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  int column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    // Count code points: continuation bytes 10xxxxxx do not start a character.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {std::move(file), static_cast<int>(line), column};
}

}  // namespace thidua
