// Reading files whole, and the encoding checks that come before any parsing.
#include "load/read_file.h"


#include "i18n/i18n.h"
#include "io/files.h"
#include "text/legacy.h"
#include "text/vietnamese.h"

namespace thidua::load {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// How much of a file that is not UTF-8 is looked at to guess its legacy encoding.
constexpr std::size_t legacy_sample_bytes = 64 * 1024;

std::string hex_byte(unsigned char byte) {
  static constexpr char digits[] = "0123456789ABCDEF";
  return std::string("0x") + digits[byte >> 4] + digits[byte & 0x0F];
}

// UTF-16 text after its byte order mark as UTF-8; nullopt at a broken surrogate pair or an odd length.
std::optional<std::string> utf16_to_utf8(std::string_view bytes, bool big_endian, std::size_t* bad_offset) {
  std::string out;
  out.reserve(bytes.size());
  const auto unit_at = [&](std::size_t pos) {
    const auto first = static_cast<unsigned char>(bytes[pos]);
    const auto second = static_cast<unsigned char>(bytes[pos + 1]);
    return static_cast<char32_t>(big_endian ? (first << 8) | second : (second << 8) | first);
  };
  for (std::size_t pos = 0; pos < bytes.size(); pos += 2) {
    *bad_offset = pos;
    if (pos + 1 >= bytes.size()) return std::nullopt;
    char32_t cp = unit_at(pos);
    if (cp >= 0xDC00 && cp <= 0xDFFF) return std::nullopt;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (pos + 3 >= bytes.size()) return std::nullopt;
      const char32_t low = unit_at(pos + 2);
      if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      pos += 2;
    }
    out += text::encode_utf8(cp);
  }
  return out;
}

}  // namespace

std::string field_too_long_message() {
  return tr("the text is longer than %1$d characters; split it (a paragraph per <p>) or shorten it", max_field_chars);
}

FileBytes read_file_bytes(const std::string& path, std::size_t max_bytes) {
  io::InputFile file = io::read_input_file(path, max_bytes);
  return {std::move(file.bytes), std::move(file.error), file.too_large};
}

std::optional<std::string> decode_text(std::string_view bytes, const std::string& file, LegacyPolicy policy,
                                       std::string_view empty_message, Diagnostics& diags) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    if (policy == LegacyPolicy::reject) {
      diags.error({file, 0, 0}, _("the file is UTF-16 (Notepad calls it \"Unicode\"); save it as UTF-8"));
      return std::nullopt;
    }
    // Excel's "Unicode Text" (UTF-16 with a byte order mark, tab-separated): as good as UTF-8.
    const bool big_endian = bytes[0] == '\xFE';
    std::size_t bad = 0;
    std::optional<std::string> utf8 = utf16_to_utf8(bytes.substr(2), big_endian, &bad);
    if (!utf8) {
      diags.error({file, 0, 0}, big_endian ? tr("the file is UTF-16 (big-endian) but is broken at byte %1$d (a cut-off "
                                                "character); save it again from the spreadsheet", bad + 2)
                                           : tr("the file is UTF-16 (little-endian) but is broken at byte %1$d (a cut-off "
                                                "character); save it again from the spreadsheet", bad + 2));
      return std::nullopt;
    }
    return decode_text(*utf8, file, policy, empty_message, diags);
  }
  if (bytes.substr(0, utf8_bom.size()) == utf8_bom) bytes.remove_prefix(utf8_bom.size());
  if (bytes.empty()) {
    diags.error({file, 0, 0}, std::string(empty_message));
    return std::nullopt;
  }
  const std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    const LineIndex index(bytes);
    diags.error(index.locate(file, nul),
                _("the file contains a NUL byte: it is not a text file, or it is UTF-16 without a byte order mark; "
                  "save it as UTF-8"));
    return std::nullopt;
  }
  std::size_t bad = 0;
  if (text::is_valid_utf8(bytes, &bad)) return std::string(bytes);

  // Only the valid prefix matters for the location, so the index never sees bad bytes.
  const LineIndex index(bytes.substr(0, bad));
  const SourceLoc where = index.locate(file, bad);
  // A sample is enough to tell the encodings apart, and keeps a huge file from costing seconds.
  std::string_view sample = bytes.substr(0, legacy_sample_bytes);
  if (sample.size() < bytes.size() && sample.rfind('\n') != std::string_view::npos) {
    sample = sample.substr(0, sample.rfind('\n') + 1);
  }
  const text::LegacyEncoding legacy = text::detect_legacy_encoding(sample);
  if (legacy == text::LegacyEncoding::none) {
    // What the bytes look like instead, so the message does not misname the problem.
    const std::string byte = hex_byte(static_cast<unsigned char>(bytes[bad]));
    diags.error(where, text::looks_like_binary(sample)
                           ? tr("the file is not valid UTF-8 (malformed byte %1$s) and fits none of the Vietnamese "
                                "encodings Windows-1258, TCVN3 and VNI: it looks like binary data rather than text (is it "
                                "the right file?)", byte)
                           : tr("the file is not valid UTF-8 (malformed byte %1$s) and fits none of the Vietnamese "
                                "encodings Windows-1258, TCVN3 and VNI: it looks like Western European text "
                                "(Windows-1252 / Latin-1) with no recognisable Vietnamese; save it as UTF-8 (Unicode)",
                                byte));
    return std::nullopt;
  }
  const std::string name = text::legacy_encoding_name(legacy);
  if (policy == LegacyPolicy::reject) {
    diags.error(where, tr("the file is not UTF-8; it looks like %1$s text: convert it to UTF-8 (Unicode) first", name));
    return std::nullopt;
  }
  diags.warning(where, tr("the file is not UTF-8; it looks like %1$s text and was converted: check the names, and "
                          "save it as UTF-8 to be sure",
                          name));
  return text::legacy_to_utf8(bytes, legacy);
}

}  // namespace thidua::load
