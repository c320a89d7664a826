// Unit tests of GlyphWidths and the shortest W array: lookups, every width kept, fewer bytes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/files.h"
#include "pdf/font_subset.h"
#include "pdf/glyph_widths.h"
#include "pdf/hpdf_document.h"

using thidua::pdf::GlyphWidths;
using thidua::pdf::WidthArray;
using thidua::pdf::WidthEntry;

namespace {

// The W value as libharu writes it: "[ 32 32 250 65 [ 722 666 ] ]".
std::string render(const GlyphWidths& widths, const WidthArray& array) {
  std::string out = "[ ";
  for (const WidthEntry& entry : array.entries) {
    out += std::to_string(entry.first) + ' ';
    if (entry.same) {
      out += std::to_string(entry.last) + ' ' + std::to_string(widths.width(entry.first)) + ' ';
      continue;
    }
    out += "[ ";
    for (unsigned cid = entry.first; cid <= entry.last; ++cid) {
      out += std::to_string(widths.width(static_cast<char16_t>(cid))) + ' ';
    }
    out += "] ";
  }
  return out + "]";
}

// The width a reader takes from `array` for `cid`: its entry's, else DW.
int width_from(const GlyphWidths& widths, const WidthArray& array, char16_t cid) {
  for (const WidthEntry& entry : array.entries) {
    if (cid >= entry.first && cid <= entry.last) return widths.width(entry.same ? entry.first : cid);
  }
  return array.dw;
}

// The array libharu writes: DW = the fallback, a new "c [ … ]" at every gap or DW width.
std::size_t libharu_size(const GlyphWidths& widths) {
  std::size_t size = 3;
  const std::vector<char16_t>& codes = widths.codes();
  for (std::size_t i = 0; i < codes.size();) {
    if (widths.widths()[i] == widths.fallback()) {
      ++i;
      continue;
    }
    size += std::to_string(codes[i]).size() + 5;
    std::size_t j = i;
    for (; j < codes.size() && (j == i || codes[j] == codes[j - 1] + 1) && widths.widths()[j] != widths.fallback(); ++j) {
      size += std::to_string(widths.widths()[j]).size() + 1;
    }
    i = j;
  }
  return size;
}

// Every code keeps its width and the entries are sorted, disjoint and well formed.
void check_plan(const GlyphWidths& widths, const WidthArray& array) {
  for (std::size_t i = 0; i < widths.codes().size(); ++i) {
    INFO("code " << static_cast<int>(widths.codes()[i]));
    CHECK(width_from(widths, array, widths.codes()[i]) == widths.widths()[i]);
  }
  for (std::size_t i = 0; i < array.entries.size(); ++i) {
    const WidthEntry& entry = array.entries[i];
    CHECK(entry.first <= entry.last);
    if (i > 0) CHECK(array.entries[i - 1].last < entry.first);
    if (entry.same) {
      for (unsigned cid = entry.first; cid <= entry.last; ++cid) {
        CHECK(widths.width(static_cast<char16_t>(cid)) == widths.width(entry.first));
      }
    }
  }
  CHECK(thidua::pdf::width_array_size(widths, array) == render(widths, array).size());
}

using thidua::io::read_file;  // the whole file; a missing one throws

}  // namespace

TEST_CASE("GlyphWidths looks widths up and adds up UTF-8 text", "[pdf]") {
  const GlyphWidths widths({u' ', u'a', 0x00E0, 0x1EC7}, {250, 443, 443, 444}, 777, true);
  CHECK(widths.width(u' ') == 250);
  CHECK(widths.width(u'a') == 443);
  CHECK(widths.width(u'b') == 777);
  CHECK(widths.width(0x1EC7) == 444);
  CHECK(widths.width(0x1EC8) == 777);
  CHECK(widths.text_width("a \xC3\xA0\xE1\xBB\x87") == 443 + 250 + 443 + 444);  // "a àệ"
  CHECK(widths.has_space());
  const GlyphWidths none;
  CHECK(none.width(u'a') == 0);
  CHECK_FALSE(none.has_space());
}

TEST_CASE("the W array takes the commonest width as DW and ranges for runs of one width", "[pdf]") {
  // a..z 500, A..Z 722, space 250: DW 500 drops the lower case, the capitals are one range.
  std::vector<char16_t> codes = {u' '};
  std::vector<int> values = {250};
  for (char16_t c = u'A'; c <= u'Z'; ++c) {
    codes.push_back(c);
    values.push_back(722);
  }
  for (char16_t c = u'a'; c <= u'z'; ++c) {
    codes.push_back(c);
    values.push_back(500);
  }
  const GlyphWidths widths(codes, values, 777, true);
  const WidthArray array = thidua::pdf::plan_width_array(widths);
  check_plan(widths, array);
  CHECK(array.dw == 500);
  CHECK(render(widths, array) == "[ 32 32 250 65 90 722 ]");
}

TEST_CASE("a W list runs across a short gap of unused codes with glyph 0's width", "[pdf]") {
  // 'A' 'B' 'D' of three widths and DW 500 for x y z: "65 [ 722 666 777 610 ] " (23
  // bytes) beats "65 [ 722 666 ] 68 68 610 " (25).
  const GlyphWidths widths({u'A', u'B', u'D', u'x', u'y', u'z'}, {722, 666, 610, 500, 500, 500}, 777, false);
  const WidthArray array = thidua::pdf::plan_width_array(widths);
  check_plan(widths, array);
  CHECK(render(widths, array) == "[ 65 [ 722 666 777 610 ] ]");
  CHECK(array.dw == 500);
}

TEST_CASE("the W array of a Vietnamese subset keeps every width in fewer bytes than libharu's", "[pdf]") {
  const char* env = std::getenv("THIDUA_FONTS");
  const std::string path =
      std::string(env != nullptr && *env != '\0' ? env : "/usr/share/fonts/truetype/liberation2") +
      "/LiberationSerif-Regular.ttf";
  std::vector<char16_t> codes;
  for (char16_t c = 0x20; c < 0x7F; c += 3) codes.push_back(c);
  for (char16_t c : {u'\u00C0', u'\u00C1', u'\u00C2', u'\u00C3', u'\u00E0', u'\u00E1', u'\u00E2', u'\u00E3', u'\u0102',
                     u'\u0103', u'\u0110', u'\u0111', u'\u01A0', u'\u01A1', u'\u01AF', u'\u01B0'}) {
    codes.push_back(c);
  }
  for (char16_t c = 0x1EA0; c <= 0x1EF9; c += 2) codes.push_back(c);
  thidua::pdf::HpdfDocument doc("unused.pdf");
  const thidua::pdf::LoadedFont font = doc.load_font(thidua::pdf::subset_font(read_file(path), codes, path), codes, path);
  REQUIRE(font.widths.codes() == codes);
  CHECK(font.widths.width(u' ') == 250);  // Liberation Serif: 512 of 2048 units
  CHECK(font.widths.width(u'A') == 722);  // 1479 units: 722.17, truncated as libharu does
  CHECK(font.widths.has_space());
  const WidthArray array = thidua::pdf::plan_width_array(font.widths);
  check_plan(font.widths, array);
  INFO("libharu " << libharu_size(font.widths) << " bytes, planned " << render(font.widths, array));
  CHECK(thidua::pdf::width_array_size(font.widths, array) * 10 < libharu_size(font.widths) * 8);
}
