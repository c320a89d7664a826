// Reading input files and checking their encoding: UTF-8 (BOM allowed), or legacy Vietnamese 8-bit text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace thidua::load {

// Limits on what an event may hold (docs/format.md lists them with their messages): each
// turns a hostile or mistaken input into a clear error long before memory runs out.
constexpr std::size_t max_event_file_bytes = 8u * 1024u * 1024u;  // the event XML
constexpr std::size_t max_list_file_bytes = 8u * 1024u * 1024u;   // a CSV list
constexpr std::size_t max_workbook_file_bytes = 64u * 1024u * 1024u;  // an XLSX/ODS list (pictures make them larger)
constexpr std::size_t max_units = 500;
constexpr std::size_t max_guests = 1'000;
constexpr std::size_t max_attendees = 20'000;
constexpr std::size_t max_field_chars = 20'000;  // one field: a name, a paragraph of the news

// The error for a field longer than max_field_chars.
std::string field_too_long_message();

// The bytes of a file, or the reason they could not be read.
struct FileBytes {
  std::optional<std::string> bytes;
  std::string error;  // "No such file or directory", "it is a directory", …
  bool too_large = false;  // refused for its size
};

// Reads the whole file at `path` if it is a regular file of at most `max_bytes`; never
// throws for I/O problems, the reason is in `error`.
FileBytes read_file_bytes(const std::string& path, std::size_t max_bytes = max_event_file_bytes);

// What to do with text in a legacy 8-bit encoding (TCVN3, VNI).
enum class LegacyPolicy {
  reject,   // an error: the event XML must be UTF-8
  convert,  // converted to UTF-8 with a warning naming the encoding (CSV files)
};

// Checks bytes read from `file` and returns them as UTF-8 without a BOM. Reports an
// empty file (with `empty_message`), UTF-16, NUL bytes, malformed UTF-8 (at the first bad
// byte) and legacy encodings; returns nullopt after any error.
std::optional<std::string> decode_text(std::string_view bytes, const std::string& file, LegacyPolicy policy,
                                       std::string_view empty_message, Diagnostics& diags);

}  // namespace thidua::load
