// Reading input files and checking their encoding: UTF-8 (BOM allowed), or legacy Vietnamese 8-bit text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace thidua::load {

// Files larger than this are refused rather than read (reading /dev/zero must not hang).
constexpr std::size_t max_input_bytes = 256u * 1024u * 1024u;

// The bytes of a file, or the reason they could not be read.
struct FileBytes {
  std::optional<std::string> bytes;
  std::string error;  // "No such file or directory", "it is a directory", …
};

// Reads the whole file at `path`; never throws for I/O problems, the reason is in `error`.
FileBytes read_file_bytes(const std::string& path);

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
