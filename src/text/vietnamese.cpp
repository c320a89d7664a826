// UTF-8 basics of the Vietnamese text toolkit: validation, code points, NFC, case, slugs, spaces, lists.
#include "text/vietnamese.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace thidua::text {

namespace {

constexpr char32_t replacement_character = 0xFFFD;

// Input for utf8proc, which rejects malformed UTF-8: the text itself when valid,
// otherwise a copy with each malformed byte replaced by U+FFFD.
std::string repaired_utf8(std::string_view utf8) {
  if (is_valid_utf8(utf8)) return std::string(utf8);
  std::string out;
  for (const char32_t cp : code_points(utf8)) out += encode_utf8(cp);
  return out;
}

// Runs utf8proc_map with `options`; the input must be valid UTF-8.
std::string utf8proc_transform(const std::string& valid_utf8, int options) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid_utf8.data()),
                   static_cast<utf8proc_ssize_t>(valid_utf8.size()), &mapped,
                   static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  if (length < 0) return valid_utf8;  // cannot happen for valid input; keep the text rather than lose it
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

// Applies a per-code-point case mapping; utf8proc's simple mappings keep one code point per code point.
template <typename CaseMap>
std::string map_case(std::string_view utf8, CaseMap case_map) {
  std::string out;
  out.reserve(utf8.size());
  for (const char32_t cp : code_points(utf8)) {
    out += encode_utf8(static_cast<char32_t>(case_map(static_cast<utf8proc_int32_t>(cp))));
  }
  return out;
}

}  // namespace

// White space for squash_spaces: ASCII controls \t \n \v \f \r, NEL, and the Unicode
// space separators, line and paragraph separators (Zs, Zl, Zp), so the no-break spaces of
// scraped web pages collapse too. The list is Unicode's (stable since 6.3); a unit test
// checks it against utf8proc's categories.
bool is_white_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool is_valid_utf8(std::string_view bytes, std::size_t* bad_offset) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t length = utf8_sequence_length(bytes, pos);
    if (length == 0) {
      if (bad_offset != nullptr) *bad_offset = pos;
      return false;
    }
    pos += length;
  }
  return true;
}

std::vector<char32_t> code_points(std::string_view utf8) {
  // A malformed byte becomes one U+FFFD, so callers never lose the rest of the text.
  std::vector<char32_t> out;
  out.reserve(utf8.size());
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    out.push_back(next_code_point(utf8, pos));
  }
  return out;
}

std::string encode_utf8(char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = replacement_character;
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

bool is_nfc_stable_starter(char32_t cp) {
  // Ranges where every code point has combining class 0, is its own NFC, and never composes
  // with the character before it (Unicode's NFC_Quick_Check=Yes). A unit test checks every
  // one of them, alone and after every other, against utf8proc.
  return cp < 0x300                        // Basic Latin to the spacing modifier letters
         || (cp >= 0x1E00 && cp <= 0x1EFF)  // Latin Extended Additional: ạ ả ấ … ỹ
         || (cp >= 0x2010 && cp <= 0x205E)  // dashes, quotes, bullets, ellipsis
         || (cp >= 0x20A0 && cp <= 0x20C0);  // currency signs: ₫ €
}

std::string nfc(std::string_view utf8) {
  // Why a fast path: input is NFC almost always (Vietnamese typed with precomposed letters),
  // and utf8proc decomposes and recomposes every character: a tenth of the agreement
  // command's instructions went to normalising text that was already normal.
  bool stable = true;
  for (std::size_t pos = 0; pos < utf8.size() && stable;) {
    if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
      ++pos;
      continue;
    }
    stable = utf8_sequence_length(utf8, pos) != 0 && is_nfc_stable_starter(next_code_point(utf8, pos));
  }
  if (stable) return std::string(utf8);
  return utf8proc_transform(repaired_utf8(utf8), UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

bool is_nfc(std::string_view utf8) {
  // utf8proc has no quick-check API; normalising (fast when stable) and comparing is exact.
  return is_valid_utf8(utf8) && nfc(utf8) == utf8;
}

std::string upper(std::string_view utf8) { return map_case(utf8, utf8proc_toupper); }

std::string lower(std::string_view utf8) { return map_case(utf8, utf8proc_tolower); }

std::string slug(std::string_view utf8) {
  const std::string folded = utf8proc_transform(
      repaired_utf8(utf8), UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  // Only ASCII letters and digits survive, so slugs are safe in URLs and file names;
  // đ has no decomposition and is mapped by hand (casefolding already made Đ into đ).
  std::string out;
  bool pending_dash = false;
  for (char32_t cp : code_points(folded)) {
    if (cp == U'đ') cp = U'd';
    const bool keep = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    if (!keep) {
      pending_dash = true;
      continue;
    }
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += static_cast<char>(cp);
  }
  return out;
}

std::string squash_spaces(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < utf8.size();) {
    // Byte runs, not code points: the bytes of a well-formed character are copied as they are.
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    if (byte < 0x80 && byte != ' ' && (byte < 0x09 || byte > 0x0D)) {  // the common case
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += static_cast<char>(byte);
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = next_code_point(utf8, pos);
    const bool malformed = cp == 0xFFFD && pos - start == 1;  // a well-formed U+FFFD takes 3 bytes
    if (is_white_space(cp)) {
      pending_space = true;
    } else if (cp == 0xFEFF) {
      // A byte order mark inside text (two CSV files pasted together, a copied cell): it is
      // invisible and means nothing there, and no font has a glyph for it.
    } else {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      if (malformed) {
        out += "\xEF\xBF\xBD";  // U+FFFD for a malformed byte, as code_points() gives
      } else {
        out.append(utf8, start, pos - start);
      }
    }
  }
  return out;
}

std::string join_list(const std::vector<std::string>& items, std::string_view last_joiner) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      if (i + 1 == items.size()) {
        out += ' ';
        out += last_joiner;
        out += ' ';
      } else {
        out += ", ";
      }
    }
    out += items[i];
  }
  return out;
}

}  // namespace thidua::text
