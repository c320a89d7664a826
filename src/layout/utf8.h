// Allocation-free UTF-8 decoding for the layout stage's inner loops (measuring, glyph checks).
#pragma once

#include <cstddef>
#include <string_view>

namespace thidua::layout {

// Decodes the code point at `text[pos]` and advances `pos` past it. Malformed bytes decode
// as U+FFFD one byte at a time, so a loop over any input always terminates.
// Why not text::code_points: it returns a vector, and this runs once per glyph.
inline char32_t next_code_point(std::string_view text, std::size_t& pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  int extra = 0;
  char32_t cp = 0;
  if ((lead & 0xE0) == 0xC0) {
    extra = 1;
    cp = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2;
    cp = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3;
    cp = lead & 0x07u;
  } else {
    ++pos;
    return 0xFFFD;
  }
  if (pos + static_cast<std::size_t>(extra) >= text.size()) {
    ++pos;
    return 0xFFFD;
  }
  for (int k = 1; k <= extra; ++k) {
    const unsigned char c = byte(pos + static_cast<std::size_t>(k));
    if ((c & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3Fu);
  }
  pos += static_cast<std::size_t>(extra) + 1;
  return cp;
}

}  // namespace thidua::layout

namespace thidua::layout {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF);
// otherwise `bad` gets the offset of the first bad byte.
inline bool valid_utf8(std::string_view text, std::size_t& bad) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // most of the markup is ASCII
      ++i;
      continue;
    }
    std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > text.size()) {
      bad = i;
      return false;
    }
    std::size_t pos = i;
    const char32_t cp = next_code_point(text, pos);
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (pos != i + len || overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      bad = i;
      return false;
    }
    i = pos;
  }
  return true;
}

}  // namespace thidua::layout
