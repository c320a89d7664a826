// Unit tests of measuring and line breaking: total fit versus first fit, fallbacks, forced breaks.
#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "layout/linebreak.h"
#include "layout/measure.h"
#include "support.h"

namespace {

using thidua::testing::fonts;

using namespace thidua::layout;

LineItem box(double width) {
  LineItem item;
  item.width = width;
  return item;
}

LineItem glue(double width, double stretch, double shrink) {
  LineItem item;
  item.kind = LineItem::Kind::glue;
  item.width = width;
  item.stretch = stretch;
  item.shrink = shrink;
  return item;
}

// Words of the given widths separated by glue, finished like a paragraph.
std::vector<LineItem> words(std::initializer_list<double> widths, double space, double stretch, double shrink) {
  std::vector<LineItem> items;
  for (double w : widths) {
    if (!items.empty()) items.push_back(glue(space, stretch, shrink));
    items.push_back(box(w));
  }
  push_paragraph_end(items);
  return items;
}

Paragraph paragraph(const std::string& text, double indent = 0) {
  Paragraph p;
  p.indent = indent;
  p.spans.push_back({text, FontStyle::regular, false, 0});
  return p;
}

double natural_width(const std::vector<LineItem>& items, const BrokenLine& line) {
  double w = 0;
  for (std::uint32_t i = line.begin; i < line.end; ++i) {
    if (items[i].kind != LineItem::Kind::penalty) w += items[i].width;
  }
  return w;
}

const char* kText =
    "Thực hiện tốt chức năng đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao "
    "động; tham gia xây dựng cơ quan, đơn vị vững mạnh; 100% công đoàn cơ sở xếp loại hoàn thành tốt nhiệm vụ "
    "trở lên; phấn đấu mỗi đơn vị có ít nhất 01 sáng kiến được công nhận, tổ chức tốt các hoạt động chăm lo "
    "đời sống vật chất, tinh thần cho đoàn viên và người lao động trong năm 2022.";

}  // namespace

TEST_CASE("layout: total fit shrinks a line that first fit must leave short", "[layout][linebreak]") {
  // 45 + 10 + 47 = 102 overflows 100 by 2; the glue can shrink by 5, so total fit keeps both.
  const std::vector<LineItem> items = words({45, 47, 30, 30}, 10, 5, 5);
  LineBreakScratch scratch;
  std::vector<BrokenLine> lines;
  REQUIRE(break_total_fit(items, 100, 1.26, scratch, lines));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].ratio == Approx(-0.4));
  CHECK(lines[1].ratio == 0);  // the last line is ragged
  break_first_fit(items, 100, scratch, lines);
  CHECK(lines.size() == 3);  // 45 | 47 30 | 30
}

TEST_CASE("layout: justified text falls back to first fit when no break meets the tolerance", "[layout][linebreak]") {
  // The middle word must stand alone on a line with no glue to stretch: infeasible for total fit.
  const std::vector<LineItem> items = words({60, 90, 60}, 10, 5, 3);
  LineBreakScratch scratch;
  std::vector<BrokenLine> lines;
  CHECK_FALSE(break_total_fit(items, 100, 1.26, scratch, lines));
  CHECK(lines.empty());
  CHECK_FALSE(break_lines(items, 100, true, scratch, lines));
  REQUIRE(lines.size() == 3);
  for (const BrokenLine& line : lines) CHECK(natural_width(items, line) <= 100);
}

TEST_CASE("layout: total fit on Vietnamese text is never worse than first fit", "[layout][linebreak]") {
  std::vector<LineItem> items;
  measure_paragraph(paragraph(kText, 36), fonts(), 1000, items);
  LineBreakScratch scratch;
  for (double width : {467.72, 300.0, 200.0}) {
    INFO("width " << width);
    std::vector<BrokenLine> total, first;
    REQUIRE(break_total_fit(items, width, 1.26, scratch, total));
    break_first_fit(items, width, scratch, first);
    auto cost = [](const std::vector<BrokenLine>& lines) {
      double sum = 0;
      for (std::size_t i = 0; i + 1 < lines.size(); ++i) sum += std::pow(std::fabs(lines[i].ratio), 3);
      return sum;
    };
    for (std::size_t i = 0; i + 1 < total.size(); ++i) {
      CHECK(total[i].ratio >= -1);
      CHECK(total[i].ratio <= 1.26);
    }
    CHECK(total.back().ratio == 0);
    CHECK(cost(total) <= cost(first) + 1e-9);
    // Both cover every item: lines are consecutive.
    CHECK(total.front().begin == 0);
    CHECK(total.back().end == items.size() - 1);
  }
}

TEST_CASE("layout: measuring gives an indent box, words, glue and a forced end", "[layout][linebreak]") {
  std::vector<LineItem> items;
  Paragraph p = paragraph("Độc lập - Tự do", 36);
  p.size = 13;
  measure_paragraph(p, fonts(), 1000, items);
  REQUIRE(items.size() == 1 + 5 + 4 + 2);
  CHECK(items[0].kind == LineItem::Kind::box);
  CHECK(items[0].width == 36);
  CHECK(items[1].width == Approx(fonts().width(FontStyle::regular, 13, "Độc")));
  CHECK(p.spans[0].text.substr(items[1].begin, items[1].end - items[1].begin) == "Độc");
  CHECK(items[2].kind == LineItem::Kind::glue);
  CHECK(items[2].width == Approx(3.25));
  CHECK(items[2].stretch == Approx(3.25 / 2));
  CHECK(items[2].shrink == Approx(3.25 / 3));
  CHECK(items[items.size() - 2].fill);
  CHECK(items.back().penalty <= -kForcedBreak);
}

TEST_CASE("layout: <br/> forces a break and two give an empty line", "[layout][linebreak]") {
  Paragraph p;
  p.spans.push_back({"Dòng một", FontStyle::regular, false, 0});
  p.spans.push_back({"", FontStyle::regular, true, 0});
  p.spans.push_back({"", FontStyle::regular, true, 0});
  p.spans.push_back({"Dòng ba", FontStyle::regular, false, 0});
  std::vector<LineItem> items;
  measure_paragraph(p, fonts(), 1000, items);
  LineBreakScratch scratch;
  std::vector<BrokenLine> lines;
  REQUIRE(break_lines(items, 400, true, scratch, lines));
  REQUIRE(lines.size() == 3);
  CHECK(natural_width(items, lines[1]) == 0);
  for (const BrokenLine& line : lines) CHECK(line.ratio == 0);
}

TEST_CASE("layout: a word wider than the line breaks by characters, dropping none", "[layout][linebreak]") {
  const std::string word = "https://congdoan.khanhhoa.gov.vn/van-ban/huong-dan-1723";
  Paragraph p = paragraph(word);
  const double width = 120;
  std::vector<LineItem> items;
  measure_paragraph(p, fonts(), width, items);
  LineBreakScratch scratch;
  std::vector<BrokenLine> lines;
  break_lines(items, width, true, scratch, lines);
  REQUIRE(lines.size() >= 3);
  std::string rebuilt;
  for (const BrokenLine& line : lines) {
    CHECK(natural_width(items, line) <= width + 1e-6);
    for (std::uint32_t i = line.begin; i < line.end; ++i) {
      if (items[i].kind == LineItem::Kind::box) rebuilt += word.substr(items[i].begin, items[i].end - items[i].begin);
    }
  }
  CHECK(rebuilt == word);
}
