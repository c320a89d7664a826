// Unit tests of show_text: the same bytes as libharu's HPDF_Page_ShowText, and its checks.
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

// A one-page PDF drawing `lines`, with libharu's HPDF_Page_ShowText or with show_text.
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
    doc.check(HPDF_Page_MoveTextPos(page, 72, static_cast<HPDF_REAL>(y)), "Td");
    doc.check(with_libharu ? HPDF_Page_ShowText(page, line.c_str()) : thidua::pdf::show_text(page, line, buffer), "Tj");
    doc.check(HPDF_Page_EndText(page), "ET");
    y -= 20;
  }
  return doc.save();
}

}  // namespace

TEST_CASE("show_text writes what HPDF_Page_ShowText writes", "[pdf]") {
  const std::string ours = draw(false);
  CHECK(ours.size() > 1000);
  CHECK(ours == draw(true));
}

TEST_CASE("show_text refuses to write outside a text object", "[pdf]") {
  HpdfDocument doc("unused.pdf");
  HPDF_Page page = doc.add_page(595, 842);
  std::string buffer;
  CHECK(thidua::pdf::show_text(page, "x", buffer) == HPDF_PAGE_INVALID_GMODE);
  CHECK(thidua::pdf::show_text(nullptr, "x", buffer) == HPDF_INVALID_PAGE);
}
