// UTF-8, decoded in one place: sequence checks, the allocation-free decoder, validation, encoding.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::text {

// Length of the well-formed UTF-8 sequence at `bytes[pos]`, or 0 when it is malformed
// (overlong forms, surrogates, code points above U+10FFFF and truncation included).
inline std::size_t utf8_sequence_length(std::string_view bytes, std::size_t pos) {
  const auto byte_at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte_at(pos);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_min = 0xA0;  // overlong below U+0800
    if (lead == 0xED) second_max = 0x9F;  // UTF-16 surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_min = 0x90;  // overlong below U+10000
    if (lead == 0xF4) second_max = 0x8F;  // above U+10FFFF
  } else {
    return 0;  // continuation byte, C0/C1 overlong leads, F5..FF
  }
  if (pos + length > bytes.size()) return 0;
  const unsigned char second = byte_at(pos + 1);
  if (second < second_min || second > second_max) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    const unsigned char continuation = byte_at(pos + i);
    if (continuation < 0x80 || continuation > 0xBF) return 0;
  }
  return length;
}

// Decodes the code point at `text[pos]` and advances `pos` past it. A malformed byte decodes
// as U+FFFD and is skipped alone, so a loop over any input always terminates. Allocation-free:
// the layout and PDF stages call it once per glyph.
inline char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto byte_at = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[i])); };
  const std::size_t length = utf8_sequence_length(text, pos);
  char32_t cp = 0;
  switch (length) {
    case 0: ++pos; return 0xFFFD;
    case 1: return byte_at(pos++);
    case 2: cp = byte_at(pos) & 0x1F; break;
    case 3: cp = byte_at(pos) & 0x0F; break;
    default: cp = byte_at(pos) & 0x07; break;
  }
  for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (byte_at(pos + i) & 0x3F);
  pos += length;
  return cp;
}

// True when `bytes` is well-formed UTF-8; otherwise `bad_offset` (if given) gets the first bad byte.
bool is_valid_utf8(std::string_view bytes, std::size_t* bad_offset = nullptr);
// Splits UTF-8 into code points (a malformed byte becomes one U+FFFD).
std::vector<char32_t> code_points(std::string_view utf8);
// Encodes one code point as UTF-8 (U+FFFD for a surrogate or a value past U+10FFFF).
std::string encode_utf8(char32_t cp);

}  // namespace thidua::text
