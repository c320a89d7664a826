// The advance widths of a subset font's codes as its W array states them, and a short W array.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace thidua::pdf {

// The width, in thousandths of an em, of each code of one font, exactly as the font's W
// array (or DW) tells a reader: text positioned with these widths lands where the reader
// draws it. Codes are Unicode values; each has a CID, its place among the codes counted
// from 1 (the font is Identity-H: the 2-byte codes in content streams are these CIDs).
class GlyphWidths {
 public:
  // No codes: every width is `fallback`.
  GlyphWidths() = default;
  // `codes` sorted and unique, `widths[i]` the width of `codes[i]`; `fallback` for any
  // other code (the width of glyph 0, which the CIDToGIDMap gives them); `has_space`
  // when U+0020 is one of the codes and the font has a glyph for it.
  GlyphWidths(std::vector<char16_t> codes, std::vector<int> widths, int fallback, bool has_space);

  // The width of `code`.
  int width(char16_t code) const;
  // The CID of `code`: 1 + its index in codes(), or 0 (.notdef) when it is not one of them.
  // Why dense CIDs and not CID = Unicode value: the CIDToGIDMap then has one entry per
  // glyph used instead of one per code point up to U+1EF9 (16 KB per face in Vietnamese).
  char16_t cid(char16_t code) const;
  // The sum of the widths of valid UTF-8 `text` of BMP code points.
  long long text_width(std::string_view text) const;
  // True when a space glyph may be shown between words.
  bool has_space() const { return has_space_; }
  // The codes, sorted, and their widths.
  const std::vector<char16_t>& codes() const { return codes_; }
  // The width of each of codes().
  const std::vector<int>& widths() const { return widths_; }
  // The width of codes the font does not map.
  int fallback() const { return fallback_; }

 private:
  std::vector<char16_t> codes_;
  std::vector<int> widths_;
  int fallback_ = 0;
  bool has_space_ = false;
  // Widths and CIDs of codes below 0x180 (ASCII and Latin-1, most of the text) by direct lookup.
  std::vector<std::int16_t> low_;
  std::vector<char16_t> low_cids_;
};

// One entry of a W array: CIDs first..last either as `first [w w …]` (each width listed)
// or, when `same`, as `first last w`.
struct WidthEntry {
  char16_t first = 0;
  char16_t last = 0;
  bool same = false;
};

// A W array with its default width DW: every code of `widths` either is in an entry or
// has the width `dw`.
struct WidthArray {
  int dw = 0;
  std::vector<WidthEntry> entries;
};

// The shortest W array (as libharu writes arrays: "[ 32 [ 250 ] 65 90 722 ]") for the
// codes of `widths`, with DW chosen among their most common widths. A list may run across
// a few unused CIDs (given the fallback width, which is what they draw), when that is
// shorter than starting a new entry.
WidthArray plan_width_array(const GlyphWidths& widths);

// The bytes libharu writes for `array`'s W value, for measuring and tests.
std::size_t width_array_size(const GlyphWidths& widths, const WidthArray& array);

}  // namespace thidua::pdf
