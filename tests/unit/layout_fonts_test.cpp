// Unit tests of the layout FontSet: loading, Vietnamese coverage, advances, metrics, glyph helpers.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "layout/fonts.h"
#include "layout/layout.h"
#include "support.h"

namespace {

using thidua::testing::fonts;

using namespace thidua;
using namespace thidua::layout;

constexpr FontStyle kStyles[] = {FontStyle::regular, FontStyle::bold, FontStyle::italic, FontStyle::bold_italic};

}  // namespace

TEST_CASE("layout: the font set loads the four Liberation Serif faces", "[layout][fonts]") {
  CHECK(fonts().path(FontStyle::regular).ends_with("LiberationSerif-Regular.ttf"));
  CHECK(fonts().path(FontStyle::bold).ends_with("LiberationSerif-Bold.ttf"));
  CHECK(fonts().path(FontStyle::italic).ends_with("LiberationSerif-Italic.ttf"));
  CHECK(fonts().path(FontStyle::bold_italic).ends_with("LiberationSerif-BoldItalic.ttf"));
  for (FontStyle style : kStyles) {
    const std::string_view data = fonts().data(style);
    REQUIRE(data.size() > 100000);
    CHECK(data.substr(0, 4) == std::string_view("\0\1\0\0", 4));  // TrueType sfnt version
  }
}

TEST_CASE("layout: every Vietnamese letter has a glyph in every face", "[layout][fonts]") {
  const std::string letters =
      "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
      "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ"
      "0123456789 .,;:!?()-/–“”…";
  for (FontStyle style : kStyles) {
    INFO("style " << static_cast<int>(style));
    CHECK(first_missing_glyph(fonts(), style, letters) == 0);
  }
}

TEST_CASE("layout: characters outside the font are reported, not drawn blank", "[layout][fonts]") {
  CHECK_FALSE(fonts().has_glyph(FontStyle::regular, U'\U0001F600'));
  CHECK_FALSE(fonts().has_glyph(FontStyle::bold, U'\u4E00'));
  CHECK(fonts().advance(FontStyle::regular, U'\U0001F600') == 0);
  CHECK(first_missing_glyph(fonts(), FontStyle::regular, "Chúc mừng 😀!") == U'\U0001F600');
  CHECK(describe_code_point(U'\U0001F600') == "U+1F600 '😀'");
  CHECK(describe_code_point(U'Đ') == "U+0110 'Đ'");
  CHECK(describe_code_point(0x07) == "U+0007");
}

TEST_CASE("layout: advances are Times-compatible and widths add up", "[layout][fonts]") {
  // Liberation Serif is metric-compatible with Times New Roman: space 250, 'A' 722.
  CHECK(fonts().advance(FontStyle::regular, U' ') == Approx(250).margin(0.01));
  CHECK(fonts().advance(FontStyle::regular, U'A') == Approx(722.17).margin(0.01));
  CHECK(fonts().advance(FontStyle::bold, U'A') == Approx(722.17).margin(0.01));
  const double expected = (fonts().advance(FontStyle::bold, U'Đ') + fonts().advance(FontStyle::bold, U'ộ') +
                           fonts().advance(FontStyle::bold, U'c')) * 13 / 1000;
  CHECK(fonts().width(FontStyle::bold, 13, "Độc") == Approx(expected));
  CHECK(fonts().width(FontStyle::regular, 14, "") == 0);
  CHECK(fonts().ascender(FontStyle::regular) == Approx(891.11).margin(0.01));
  CHECK(fonts().descender(FontStyle::regular) == Approx(-216.31).margin(0.01));
  CHECK(fonts().line_gap(FontStyle::regular) == Approx(42.48).margin(0.01));
}

TEST_CASE("layout: a missing font directory fails with exit code 3 naming the file", "[layout][fonts]") {
  try {
    FontSet::load("/nonexistent/fonts");
    FAIL("no failure");
  } catch (const Failure& failure) {
    CHECK(failure.code() == ExitCode::io_or_internal);
    REQUIRE(failure.diagnostics().size() == 1);
    CHECK(failure.diagnostics()[0].where.file == "/nonexistent/fonts/LiberationSerif-Regular.ttf");
  }
}

TEST_CASE("layout: THIDUA_FONTS overrides the default font directory", "[layout][fonts]") {
  const char* saved = std::getenv("THIDUA_FONTS");
  const std::string keep = saved != nullptr ? saved : "";
  setenv("THIDUA_FONTS", "/opt/fonts", 1);
  CHECK(FontSet::default_directory() == "/opt/fonts");
  unsetenv("THIDUA_FONTS");
  CHECK(FontSet::default_directory() == "/usr/share/fonts/truetype/liberation2");
  if (saved != nullptr) setenv("THIDUA_FONTS", keep.c_str(), 1);
}
