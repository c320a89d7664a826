// Unit tests of show_text_at: the bytes libharu would write, number formatting, checks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pdf/font_subset.h"
#include "pdf/hpdf_document.h"
#include "pdf/page_text.h"
#include "text/vietnamese.h"

using thidua::pdf::HpdfDocument;

namespace {

std::string regular_font_path() {
  const char* env = std::getenv("THIDUA_FONTS");
  const std::string dir = env != nullptr && *env != '\0' ? env : "/usr/share/fonts/truetype/liberation2";
  return dir + "/LiberationSerif-Regular.ttf";
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const std::vector<std::string> lines = {"Cộng hòa xã hội chủ nghĩa Việt Nam", "“Khối thi đua” – 100% ₫", "A"};

// A one-page PDF drawing `lines`, with libharu's HPDF_Page_MoveTextPos and
// HPDF_Page_ShowText or with show_text_at. Whole-point positions: libharu writes them
// the same way (it writes 5 decimals where show_text_at writes 2).
std::string draw(bool with_libharu) {
  std::vector<char16_t> codes;
  for (const std::string& line : lines) {
    for (char32_t cp : thidua::text::code_points(line)) codes.push_back(static_cast<char16_t>(cp));
  }
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  const std::string path = regular_font_path();
  HpdfDocument doc("unused.pdf");
  HPDF_Font font = doc.load_font(thidua::pdf::subset_font(read_file(path), codes, path), codes, path);
  HPDF_Page page = doc.add_page(595, 842);
  std::string buffer;
  double y = 800;
  for (const std::string& line : lines) {
    doc.check(HPDF_Page_BeginText(page), "BT");
    doc.check(HPDF_Page_SetFontAndSize(page, font, 13), "Tf");
    if (with_libharu) {
      doc.check(HPDF_Page_MoveTextPos(page, 72, static_cast<HPDF_REAL>(y)), "Td");
      doc.check(HPDF_Page_ShowText(page, line.c_str()), "Tj");
    } else {
      doc.check(thidua::pdf::show_text_at(page, 72, y, line, buffer), "Td Tj");
    }
    doc.check(HPDF_Page_EndText(page), "ET");
    y -= 20;
  }
  return doc.save();
}

}  // namespace

TEST_CASE("show_text_at writes what HPDF_Page_MoveTextPos and HPDF_Page_ShowText write", "[pdf]") {
  const std::string ours = draw(false);
  CHECK(ours.size() > 1000);
  CHECK(ours == draw(true));
}

TEST_CASE("show_text_at refuses to write outside a text object", "[pdf]") {
  HpdfDocument doc("unused.pdf");
  HPDF_Page page = doc.add_page(595, 842);
  std::string buffer;
  CHECK(thidua::pdf::show_text_at(page, 0, 0, "x", buffer) == HPDF_PAGE_INVALID_GMODE);
  CHECK(thidua::pdf::show_text_at(nullptr, 0, 0, "x", buffer) == HPDF_INVALID_PAGE);
}

TEST_CASE("append_number writes hundredths in the shortest form", "[pdf]") {
  auto number = [](double value) {
    std::string out = "[";
    thidua::pdf::append_number(out, value);
    return out;
  };
  CHECK(number(416.11441) == "[416.11");
  CHECK(number(629.33607) == "[629.34");
  CHECK(number(85) == "[85");
  CHECK(number(85.5) == "[85.5");
  CHECK(number(0.04) == "[0.04");
  CHECK(number(-12.25) == "[-12.25");
  CHECK(number(-0.001) == "[0");
  CHECK(number(841.88977) == "[841.89");
  CHECK(number(99.999) == "[100");
}
