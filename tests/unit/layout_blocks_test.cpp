// Unit tests on traces of structured blocks: header, rules, signatures, tables, columns, images.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "i18n/i18n.h"
#include "layout/build.h"
#include "layout/layout.h"
#include "markup/markup.h"
#include "layout/trace_canvas.h"
#include "support.h"

namespace {

using namespace thidua;
using namespace thidua::layout;
using namespace thidua::testing;

constexpr double kTextWidth = kRight - kLeft;
constexpr double kEps = 0.01;

// The first text op whose text is `text`.
const TraceOp& find_text(const TraceCanvas& canvas, const std::string& text) {
  for (const TraceOp& op : canvas.ops()) {
    if (op.kind == TraceOp::Kind::text && op.text == text) return op;
  }
  FAIL("no text \"" << text << "\"");
  throw std::logic_error("unreachable");
}

std::vector<TraceOp> lines_of(const TraceCanvas& canvas) {
  std::vector<TraceOp> out;
  for (const TraceOp& op : canvas.ops()) {
    if (op.kind == TraceOp::Kind::line) out.push_back(op);
  }
  return out;
}

// The line op nearest below `op`'s baseline (within 8 pt) on its page.
const TraceOp* rule_under(const TraceCanvas& canvas, const TraceOp& op) {
  const TraceOp* best = nullptr;
  for (const TraceOp& line : canvas.ops()) {
    if (line.kind != TraceOp::Kind::line || line.page != op.page || line.y >= op.y || op.y - line.y > 8) continue;
    if (line.x2 <= op.x || line.x >= right_of(op)) continue;  // not under this text
    if (best == nullptr || line.y > best->y) best = &line;
  }
  return best;
}

const char* kHeader =
    "<header><parent>CÔNG ĐOÀN VIÊN CHỨC TỈNH</parent><issuer>KHỐI THI ĐUA NGÀNH I</issuer>"
    "<number>Số: 05/GU-KTĐ</number><place-date>Khánh Hòa, ngày 16 tháng 02 năm 2022</place-date></header>";

std::string signature(const std::string& name, const std::string& unit) {
  return "<signature><unit>" + unit + "</unit><authority>TM. BAN CHẤP HÀNH</authority><title>CHỦ TỊCH</title><name>" +
         name + "</name></signature>";
}

}  // namespace

TEST_CASE("layout: the header follows Decree 30 sizes, faces and alignment", "[layout][blocks]") {
  const TraceCanvas canvas = render_markup(std::string("<document>") + kHeader + "</document>");
  const TraceOp& parent = find_text(canvas, "CÔNG ĐOÀN VIÊN CHỨC TỈNH");
  const TraceOp& issuer = find_text(canvas, "KHỐI THI ĐUA NGÀNH I");
  const TraceOp& motto = find_text(canvas, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  const TraceOp& slogan = find_text(canvas, "Độc lập - Tự do - Hạnh phúc");
  const TraceOp& number = find_text(canvas, "Số: 05/GU-KTĐ");
  const TraceOp& date = find_text(canvas, "Khánh Hòa, ngày 16 tháng 02 năm 2022");
  CHECK((parent.style == FontStyle::regular && parent.size == 13));
  CHECK((issuer.style == FontStyle::bold && issuer.size == 13));
  CHECK((motto.style == FontStyle::bold && motto.size == 12));
  CHECK((slogan.style == FontStyle::bold && slogan.size == 13));
  CHECK((number.style == FontStyle::regular && number.size == 13));
  CHECK((date.style == FontStyle::italic && date.size == 14));
  // Left block in the left 40 %, motto block in the right 60 %, each centred in its column.
  const double split = kLeft + 0.4 * kTextWidth;
  CHECK(right_of(issuer) <= split);
  CHECK(motto.x >= split);
  CHECK((parent.x + right_of(parent)) / 2 == Approx((kLeft + split) / 2).margin(kEps));
  CHECK((number.x + right_of(number)) / 2 == Approx((kLeft + split) / 2).margin(kEps));
  CHECK((motto.x + right_of(motto)) / 2 == Approx((split + kRight) / 2).margin(kEps));
  CHECK((date.x + right_of(date)) / 2 == Approx((split + kRight) / 2).margin(kEps));
  // First lines level; the number and the place-date on one baseline.
  CHECK(parent.y == Approx(motto.y).margin(kEps));
  CHECK(number.y == Approx(date.y).margin(kEps));
  CHECK(issuer.y < parent.y);
  CHECK(slogan.y < motto.y);
}

TEST_CASE("layout: header parts are drawn in the Decree's order whatever order they are written in",
          "[layout][blocks]") {
  const std::string shuffled =
      "<document><header><place-date>Khánh Hòa, ngày 16 tháng 02 năm 2022</place-date>"
      "<slogan>Độc lập - Tự do - Hạnh phúc</slogan><number>Số: 05/GU-KTĐ</number>"
      "<issuer>KHỐI THI ĐUA NGÀNH I</issuer><motto>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</motto>"
      "<parent>CÔNG ĐOÀN VIÊN CHỨC TỈNH</parent></header></document>";
  CHECK(render_markup(shuffled).text() == render_markup(std::string("<document>") + kHeader + "</document>").text());
}

TEST_CASE("layout: rules are as long as the Decree asks", "[layout][blocks]") {
  const TraceCanvas canvas = render_markup(std::string("<document>") + kHeader +
                                        "<p align=\"center\" bold=\"true\">GIAO ƯỚC THI ĐUA NĂM 2022</p>"
                                        "<rule width=\"1/2\"/><rule width=\"40mm\" align=\"left\"/></document>");
  const TraceOp& issuer = find_text(canvas, "KHỐI THI ĐUA NGÀNH I");
  const TraceOp* issuer_rule = rule_under(canvas, issuer);
  REQUIRE(issuer_rule != nullptr);
  const double issuer_width = right_of(issuer) - issuer.x;
  CHECK(issuer_rule->x2 - issuer_rule->x == Approx(issuer_width / 3).margin(kEps));  // 1/3 of the text
  CHECK((issuer_rule->x + issuer_rule->x2) / 2 == Approx((issuer.x + right_of(issuer)) / 2).margin(kEps));
  CHECK(issuer_rule->y == Approx(issuer_rule->y2));

  const TraceOp& slogan = find_text(canvas, "Độc lập - Tự do - Hạnh phúc");
  const TraceOp* slogan_rule = rule_under(canvas, slogan);
  REQUIRE(slogan_rule != nullptr);
  CHECK(slogan_rule->x == Approx(slogan.x).margin(kEps));  // as long as the text
  CHECK(slogan_rule->x2 == Approx(right_of(slogan)).margin(kEps));
  CHECK(slogan_rule->size == 0.5);

  const TraceOp& title = find_text(canvas, "GIAO ƯỚC THI ĐUA NĂM 2022");
  const TraceOp* title_rule = rule_under(canvas, title);
  REQUIRE(title_rule != nullptr);
  CHECK(title_rule->x2 - title_rule->x == Approx((right_of(title) - title.x) / 2).margin(kEps));
  const auto lines = lines_of(canvas);
  CHECK(lines.back().x == Approx(kLeft).margin(kEps));
  CHECK(lines.back().x2 - lines.back().x == Approx(40 * kMm).margin(kEps));
}

TEST_CASE("layout: signature blocks leave at least 25 mm and keep their parts level", "[layout][blocks]") {
  const TraceCanvas canvas = render_markup(
      "<document><signatures columns=\"3\" space=\"25mm\">" +
      signature("Nguyễn Văn An", "CÔNG ĐOÀN SỞ Y TẾ") +
      signature("Trần Thị Bích Ngọc", "CÔNG ĐOÀN SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH") +
      signature("Lê Hoàng Minh", "CÔNG ĐOÀN SỞ NỘI VỤ") + "</signatures></document>");
  std::vector<TraceOp> titles, authorities, names;
  for (const TraceOp& op : canvas.ops()) {
    if (op.text == "CHỦ TỊCH") titles.push_back(op);
    if (op.text == "TM. BAN CHẤP HÀNH") authorities.push_back(op);
    if (op.text == "Nguyễn Văn An" || op.text == "Trần Thị Bích Ngọc" || op.text == "Lê Hoàng Minh") names.push_back(op);
  }
  REQUIRE(titles.size() == 3);
  REQUIRE(authorities.size() == 3);
  REQUIRE(names.size() == 3);
  const double line = (fonts().ascender(FontStyle::bold) - fonts().descender(FontStyle::bold) +
                       fonts().line_gap(FontStyle::bold)) * 14 / 1000;
  for (int i = 0; i < 3; ++i) {
    CHECK((titles[i].style == FontStyle::bold && names[i].style == FontStyle::bold && authorities[i].size == 14));
    // Clear space between the title's line and the name's line.
    CHECK(titles[i].y - names[i].y - line >= 25 * kMm - kEps);
    // Level across the row although the second unit name wraps to more lines.
    CHECK(authorities[i].y == Approx(authorities[0].y).margin(kEps));
    CHECK(names[i].y == Approx(names[0].y).margin(kEps));
    // Centred in thirds of the text width.
    const double centre = kLeft + kTextWidth * (i + 0.5) / 3;
    CHECK((names[i].x + right_of(names[i])) / 2 == Approx(centre).margin(kEps));
  }
}

TEST_CASE("layout: signature rows never split across pages", "[layout][blocks]") {
  std::string xml = "<document>";
  for (int i = 0; i < 20; ++i) xml += "<p space-after=\"0\">Dòng " + std::to_string(i) + "</p>";
  xml += "<signatures columns=\"2\">";
  for (int i = 0; i < 9; ++i) xml += signature("Người ký " + std::to_string(i), "ĐƠN VỊ " + std::to_string(i));
  xml += "</signatures></document>";
  const TraceCanvas canvas = render_markup(xml);
  REQUIRE(canvas.pages() >= 2);
  std::map<int, std::set<int>> pages_of_row;
  for (const TraceOp& op : canvas.ops()) {
    for (int i = 0; i < 9; ++i) {
      if (op.text == "Người ký " + std::to_string(i) || op.text == "ĐƠN VỊ " + std::to_string(i)) {
        pages_of_row[i / 2].insert(op.page);
      }
    }
  }
  REQUIRE(pages_of_row.size() == 5);
  std::set<int> pages;
  for (const auto& [row, on] : pages_of_row) {
    INFO("row " << row);
    CHECK(on.size() == 1);
    pages.insert(*on.begin());
  }
  CHECK(pages.size() >= 2);  // the grid did cross a page break
}

TEST_CASE("layout: a long table repeats its header on every page and never splits a row", "[layout][blocks]") {
  std::string xml =
      "<document><p>DANH SÁCH ĐẠI BIỂU</p><table font-size=\"13pt\"><col width=\"15mm\"/><col width=\"*\"/>"
      "<col width=\"2*\"/><thead><tr><th>STT</th><th>Họ và tên</th><th>Đơn vị</th></tr></thead>";
  for (int r = 1; r <= 150; ++r) {
    const std::string id = std::to_string(r);
    // Every third row wraps its last cell to two or three lines.
    const std::string unit = r % 3 == 0 ? "Công đoàn Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa R" + id + "c"
                                        : "R" + id + "c";
    xml += "<tr><td>R" + id + "a</td><td>R" + id + "b</td><td>" + unit + "</td></tr>";
  }
  xml += "</table></document>";
  const TraceCanvas canvas = render_markup(xml);
  REQUIRE(canvas.pages() >= 4);
  std::map<int, int> headers;           // page -> "STT" count
  std::map<int, std::set<int>> row_pages;
  std::map<int, double> first_row_y;    // page -> y of the topmost "R…a"
  std::map<int, double> header_y;
  for (const TraceOp& op : canvas.ops()) {
    if (op.kind != TraceOp::Kind::text) continue;
    if (op.text == "STT") {
      headers[op.page]++;
      header_y[op.page] = op.y;
      CHECK(op.style == FontStyle::bold);
    }
    if (op.text.size() > 2 && op.text[0] == 'R') {
      const int row = std::stoi(op.text.substr(1));
      row_pages[row].insert(op.page);
      if (op.text.back() == 'a' && (first_row_y.count(op.page) == 0 || op.y > first_row_y[op.page])) {
        first_row_y[op.page] = op.y;
      }
    }
    if (op.text.find(" R") != std::string::npos) row_pages[std::stoi(op.text.substr(op.text.rfind('R') + 1))].insert(op.page);
  }
  for (int page = 1; page <= canvas.pages(); ++page) {
    INFO("page " << page);
    CHECK(headers[page] == 1);
    CHECK(header_y[page] > first_row_y[page]);  // the header is above the rows
  }
  int previous_page = 1;
  for (int r = 1; r <= 150; ++r) {
    INFO("row " << r);
    REQUIRE(row_pages[r].size() == 1);  // never split
    CHECK(*row_pages[r].begin() >= previous_page);  // in order
    previous_page = *row_pages[r].begin();
  }
}

TEST_CASE("layout: table rules close the last row on each page", "[layout][blocks]") {
  std::string xml = "<document><table><thead><tr><th>A</th><th>B</th></tr></thead>";
  for (int r = 0; r < 80; ++r) xml += "<tr><td>x</td><td>y</td></tr>";
  xml += "</table></document>";
  const TraceCanvas canvas = render_markup(xml);
  REQUIRE(canvas.pages() >= 2);
  for (int page = 1; page <= canvas.pages(); ++page) {
    double lowest_text = 1e9, lowest_rule = 1e9;
    for (const TraceOp& op : canvas.ops()) {
      if (op.page != page) continue;
      if (op.kind == TraceOp::Kind::text) lowest_text = std::min(lowest_text, op.y);
      if (op.kind == TraceOp::Kind::line && op.y == op.y2) {
        lowest_rule = std::min(lowest_rule, op.y);
        CHECK(op.x == Approx(kLeft).margin(kEps));
        CHECK(op.x2 == Approx(kRight).margin(kEps));
      }
    }
    CHECK(lowest_rule < lowest_text);
  }
}

TEST_CASE("layout: a table row taller than a page is an error at the row", "[layout][blocks]") {
  Diagnostics diags;
  const Document doc = parse_markup(
      "<document>\n<table>\n<tr><td>1</td></tr>\n<tr min-height=\"300mm\"><td>2</td></tr>\n</table>\n</document>",
      "t.xml", diags);
  TraceCanvas canvas;
  CHECK_THROWS_AS(render(doc, fonts(), canvas, {}, diags), Failure);
  // Page 1 may have been painted before the row was met; the document is never finished,
  // so no backend writes anything.
  CHECK_FALSE(canvas.finished());
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].format() ==
        "t.xml:4:1: error: table row is taller than a page (300.0mm; the text area holds 257.0mm)");
}

TEST_CASE("layout: millimetres in Vietnamese messages have a decimal comma", "[layout][blocks][i18n]") {
  Diagnostics diags;
  const Document doc = parse_markup(
      "<document>\n<table>\n<tr min-height=\"300.55mm\"><td>2</td></tr>\n</table>\n</document>", "t.xml", diags);
  TraceCanvas canvas;
  {
    const thidua::i18n::ScopedLanguage vietnamese(thidua::i18n::Language::vietnamese);
    CHECK_THROWS_AS(render(doc, fonts(), canvas, {}, diags), Failure);
  }
  REQUIRE(diags.all().size() == 1);
  const std::string message = diags.all()[0].message;
  CHECK(message.find("300,6mm") != std::string::npos);
  CHECK(message.find("257mm") != std::string::npos);
  CHECK(message.find("300.6") == std::string::npos);
  CHECK(thidua::layout::millimetres(72) == "25.4mm");  // English (the tests' language) keeps the point
}

TEST_CASE("layout: recipients sit level with the signer's authority line", "[layout][blocks]") {
  const TraceCanvas canvas = render_markup(
      "<document><columns><column width=\"45%\"><recipients><item>- Như trên;</item><item>- Lưu: VT.</item>"
      "</recipients></column><column><signature><authority>TM. KHỐI THI ĐUA</authority><title>KHỐI TRƯỞNG</title>"
      "<name>Nguyễn Văn An</name></signature></column></columns></document>");
  const TraceOp& heading = find_text(canvas, "Nơi nhận:");
  const TraceOp& item = find_text(canvas, "- Như trên;");
  const TraceOp& authority = find_text(canvas, "TM. KHỐI THI ĐUA");
  CHECK((heading.style == FontStyle::bold_italic && heading.size == 12));
  CHECK((item.style == FontStyle::regular && item.size == 11));
  CHECK(heading.x == Approx(kLeft).margin(kEps));
  CHECK(heading.y == Approx(authority.y).margin(kEps));
  CHECK(authority.x >= kLeft + 0.45 * kTextWidth);
}

TEST_CASE("layout: images keep their proportions and missing ones are located errors", "[layout][blocks]") {
  const std::filesystem::path png = std::filesystem::temp_directory_path() / "thidua_layout_test.png";
  {
    // A whole 400 x 100 one-bit PNG (made with Python's zlib): images are decoded as a check.
    const unsigned char header[] = {
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00,
        0x00, 0x01, 0x90, 0x00, 0x00, 0x00, 0x64, 0x01, 0x00, 0x00, 0x00, 0x00, 0x80, 0xb0, 0x5b, 0xda, 0x00,
        0x00, 0x00, 0x1b, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0xed, 0xc1, 0x01, 0x0d, 0x00, 0x00, 0x00, 0xc2,
        0xa0, 0xf7, 0x4f, 0x6d, 0x0f, 0x07, 0x14, 0x00, 0x00, 0x00, 0x00, 0xf0, 0x60, 0x13, 0xec, 0x00, 0x01,
        0x30, 0xaa, 0xca, 0x7c, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
    std::ofstream(png, std::ios::binary).write(reinterpret_cast<const char*>(header), sizeof header);
  }
  const TraceCanvas canvas =
      render_markup("<document><image src=\"" + png.string() + "\" width=\"80mm\" align=\"right\"/></document>");
  const TraceOp* image = nullptr;
  for (const TraceOp& op : canvas.ops()) {
    if (op.kind == TraceOp::Kind::image) image = &op;
  }
  REQUIRE(image != nullptr);
  CHECK(image->x2 == Approx(80 * kMm).margin(kEps));
  CHECK(image->y2 == Approx(20 * kMm).margin(kEps));
  CHECK(image->x + image->x2 == Approx(kRight).margin(kEps));
  std::filesystem::remove(png);

  Diagnostics diags;
  const Document doc = parse_markup("<document>\n  <image src=\"/nonexistent.png\"/>\n</document>", "t.xml", diags);
  TraceCanvas unused;
  CHECK_THROWS_AS(render(doc, fonts(), unused, {}, diags), Failure);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].format() == "t.xml:2:3: error: image file '/nonexistent.png': cannot read it: No such file or directory");
}

TEST_CASE("layout: a fit= column widens to its longest cell on one line, up to its fit width, and no further",
          "[layout][blocks]") {
  // The x of the third column's text tells how wide the second one was made.
  const auto third_column_x = [](const std::string& name, const std::string& fit) {
    const std::string xml = "<document><table><col width=\"20mm\"/><col width=\"*\"" + fit +
                            "/><col width=\"3*\"/><tr><td>1</td><td>" + name + "</td><td>C</td></tr></table></document>";
    const TraceCanvas canvas = render_markup(xml);
    std::vector<std::string> texts;
    double x = -1;
    for (const TraceOp& op : canvas.ops()) {
      if (op.kind != TraceOp::Kind::text) continue;
      texts.push_back(op.text);
      if (op.text == "C") x = op.x;
    }
    return std::make_pair(x, texts);
  };
  const std::string long_name = "Nguyễn Thị Thanh Phương Khang";
  const auto [plain_x, plain_texts] = third_column_x(long_name, "");
  const auto [fit_x, fit_texts] = third_column_x(long_name, " fit=\"60%\"");
  const auto [short_x, short_texts] = third_column_x("An", " fit=\"60%\"");
  const auto [capped_x, capped_texts] = third_column_x(long_name + " " + long_name, " fit=\"25%\"");
  // A share alone breaks the name; fit= keeps it whole on one line.
  CHECK(std::find(plain_texts.begin(), plain_texts.end(), long_name) == plain_texts.end());
  CHECK(std::find(fit_texts.begin(), fit_texts.end(), long_name) != fit_texts.end());
  CHECK(fit_x > plain_x);
  // A short name keeps the column's share; a name too long for the cap gets the cap and wraps.
  CHECK(short_x == Approx(plain_x));
  CHECK(capped_x - plain_x == Approx(0.25 * kTextWidth - (kTextWidth - 20 * kMm) / 4));
  CHECK(std::find(capped_texts.begin(), capped_texts.end(), long_name + " " + long_name) == capped_texts.end());
}

TEST_CASE("layout: fit= takes a percentage or a length, and says so when it is neither", "[layout][blocks]") {
  Diagnostics diags;
  const std::string xml = "<document><table><col width=\"*\" fit=\"2*\"/><tr><td>A</td></tr></table></document>";
  CHECK_THROWS_AS(markup::parse_markup(xml, "t.xml", diags), Failure);
  REQUIRE(diags.has_errors());
  CHECK(diags.all().front().format() == "t.xml:1:33: error: invalid fit '2*' on <col>; expected a percentage or a length");
  Diagnostics fine;
  const markup::Document doc = markup::parse_markup(
      "<document><table><col width=\"*\" fit=\"40%\"/><col width=\"2*\" fit=\"60mm\"/><col/><tr><td>A</td><td>B</td><td>C</td></tr></table></document>",
      "t.xml", fine);
  const auto& table = std::get<markup::Table>(doc.blocks.front().content);
  REQUIRE(table.fit.size() == 3);
  CHECK(table.fit[0]->kind == markup::WidthSpec::Kind::percent);
  CHECK(table.fit[1]->value == Approx(60 * kMm));
  CHECK_FALSE(table.fit[2].has_value());
}

TEST_CASE("layout: fit= takes at most half of the shared columns' room, and none from fixed columns", "[layout][blocks]") {
  // The x of each "C" (the last column's text) for a table of `cols` with a long first cell.
  const auto last_column_x = [](const std::string& cols) {
    const std::string xml = "<document><table>" + cols + "<tr><td>" + std::string(60, 'W') + " x</td><td>C</td></tr></table></document>";
    const TraceCanvas canvas = render_markup(xml);
    for (const TraceOp& op : canvas.ops()) {
      if (op.kind == TraceOp::Kind::text && op.text == "C") return op.x;
    }
    return -1.0;
  };
  // Half of the second column's share is the most the first may take.
  CHECK(last_column_x("<col width=\"*\" fit=\"100%\"/><col width=\"*\"/>") - kLeft ==
        Approx(kTextWidth / 2 + kTextWidth / 4 + 4));
  // No shared column to take from: the widths stay as given.
  CHECK(last_column_x("<col width=\"50%\" fit=\"80%\"/><col width=\"50%\"/>") - kLeft == Approx(kTextWidth / 2 + 4));
}
