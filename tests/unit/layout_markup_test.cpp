// Unit tests of the document markup parser: values, white space, styles, desugaring, located errors.
#include <catch2/catch.hpp>
#include <string>

#include "layout/layout.h"
#include "markup/markup.h"
#include "markup/parse_values.h"

namespace {

using namespace thidua;
using namespace thidua::layout;

Document parse(const std::string& xml) {
  Diagnostics diags;
  return parse_markup(xml, "t.xml", diags);
}

// The diagnostics of markup that must fail, one formatted line each.
std::vector<std::string> errors_of(const std::string& xml) {
  Diagnostics diags;
  try {
    parse_markup(xml, "t.xml", diags);
  } catch (const Failure& failure) {
    CHECK(failure.code() == ExitCode::bad_input);
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.all()) out.push_back(d.format());
    return out;
  }
  FAIL("no failure");
  return {};
}

const Paragraph& paragraph(const Document& doc, std::size_t i) { return std::get<Paragraph>(doc.blocks.at(i).content); }

}  // namespace

TEST_CASE("layout: lengths take pt, mm, cm and in", "[layout][markup]") {
  CHECK(*parse_length("14pt") == 14);
  CHECK(*parse_length("14") == 14);
  CHECK(*parse_length("1.27cm") == Approx(36));
  CHECK(*parse_length("25.4mm") == Approx(72));
  CHECK(*parse_length("0.5in") == 36);
  CHECK_FALSE(parse_length("20 mm"));
  CHECK_FALSE(parse_length("-3mm"));
  CHECK_FALSE(parse_length("12px"));
  CHECK_FALSE(parse_length("mm"));
  CHECK_FALSE(parse_length(""));
}

TEST_CASE("layout: widths take shares of the text, percentages and stars", "[layout][markup]") {
  CHECK(parse_width("1/3", true, false)->kind == WidthSpec::Kind::fraction_of_text);
  CHECK(parse_width("1/3", true, false)->value == Approx(1.0 / 3));
  CHECK(parse_width("text", true, false)->value == 1);
  CHECK(parse_width("45%", false, false)->kind == WidthSpec::Kind::percent);
  CHECK(parse_width("2*", false, true)->value == 2);
  CHECK(parse_width("*", false, true)->kind == WidthSpec::Kind::star);
  CHECK(parse_width("40mm", false, false)->value == Approx(113.386).margin(0.001));
  CHECK_FALSE(parse_width("1/3", false, false));
  CHECK_FALSE(parse_width("4/3", true, false));
  CHECK_FALSE(parse_width("0%", false, false));
  CHECK_FALSE(parse_width("101%", false, false));
  CHECK_FALSE(parse_width("*", false, false));
}

TEST_CASE("layout: white space collapses across inline elements and styles combine", "[layout][markup]") {
  const Document doc = parse(
      "<document><p>  Điều 1.\n   Nội <b>dung <i>chính</i></b>  của<br/>  giao   ước  </p></document>");
  const Paragraph& p = paragraph(doc, 0);
  REQUIRE(p.spans.size() == 6);
  CHECK(p.spans[0].text == "Điều 1. Nội");
  CHECK(p.spans[1].text == " dung");
  CHECK(p.spans[1].style == FontStyle::bold);
  CHECK(p.spans[2].text == " chính");
  CHECK(p.spans[2].style == FontStyle::bold_italic);
  CHECK(p.spans[3].text == " của");
  CHECK(p.spans[3].style == FontStyle::regular);
  CHECK(p.spans[4].line_break);
  CHECK(p.spans[5].text == "giao ước");
}

TEST_CASE("layout: paragraphs inherit the document's settings", "[layout][markup]") {
  const Document doc = parse(
      "<document font-size=\"13pt\" indent=\"1.27cm\" space-after=\"6pt\" line-spacing=\"1.5\">"
      "<p>a</p><p align=\"center\" indent=\"0\" size=\"14pt\" bold=\"true\">b</p><heading>c</heading></document>");
  CHECK(paragraph(doc, 0).size == 13);
  CHECK(paragraph(doc, 0).indent == Approx(36));
  CHECK(paragraph(doc, 0).align == Align::justify);
  CHECK(paragraph(doc, 0).line_spacing == 1.5);
  CHECK(paragraph(doc, 0).space_after == 6);
  CHECK(paragraph(doc, 1).align == Align::center);
  CHECK(paragraph(doc, 1).indent == 0);
  CHECK(paragraph(doc, 1).size == 14);
  CHECK(paragraph(doc, 1).spans[0].style == FontStyle::bold);
  CHECK(paragraph(doc, 2).keep_with_next);
  CHECK(paragraph(doc, 2).spans[0].style == FontStyle::bold);
  CHECK_FALSE(paragraph(doc, 0).keep_with_next);
}

TEST_CASE("layout: page setup reads size, orientation and margins", "[layout][markup]") {
  const Document portrait = parse("<document/>");
  CHECK(portrait.page_width == Approx(595.276).margin(0.001));
  CHECK(portrait.page_height == Approx(841.890).margin(0.001));
  CHECK(portrait.margin_left == Approx(85.039).margin(0.001));
  CHECK(portrait.margin_right == Approx(42.520).margin(0.001));
  const Document landscape = parse(
      "<document orientation=\"landscape\" margin-top=\"25mm\" margin-left=\"35mm\"><page-numbers/></document>");
  CHECK(landscape.page_width == Approx(841.890).margin(0.001));
  CHECK(landscape.page_height == Approx(595.276).margin(0.001));
  CHECK(landscape.margin_top == Approx(70.866).margin(0.001));
  CHECK(landscape.margin_left == Approx(99.213).margin(0.001));
  CHECK(landscape.page_numbers.enabled);
  CHECK(landscape.page_numbers.from == 2);
  CHECK(landscape.page_numbers.size == 13);
  CHECK(landscape.page_numbers.top);
}

TEST_CASE("layout: the header becomes two rows of columns with the national motto", "[layout][markup]") {
  const Document doc = parse(
      "<document><header><parent>LĐLĐ TỈNH</parent><issuer>KHỐI THI ĐUA</issuer><number>Số: 05/GU-KTĐ</number>"
      "<place-date>Khánh Hòa, ngày 16 tháng 02 năm 2022</place-date></header></document>");
  REQUIRE(doc.blocks.size() == 2);
  const Columns& top = std::get<Columns>(doc.blocks[0].content);
  const Columns& below = std::get<Columns>(doc.blocks[1].content);
  CHECK(top.keep_with_next);
  REQUIRE(top.columns.size() == 2);
  CHECK(top.columns[0].width.kind == WidthSpec::Kind::percent);
  CHECK(top.columns[0].width.value == 40);
  const auto& left = top.columns[0].blocks;
  REQUIRE(left.size() == 3);
  CHECK(std::get<Paragraph>(left[0].content).spans[0].style == FontStyle::regular);
  CHECK(std::get<Paragraph>(left[1].content).spans[0].style == FontStyle::bold);
  CHECK(std::get<Rule>(left[2].content).width.value == Approx(1.0 / 3));
  const auto& right = top.columns[1].blocks;
  REQUIRE(right.size() == 3);
  const Paragraph& motto = std::get<Paragraph>(right[0].content);
  CHECK(motto.spans[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(motto.size == 12);
  const Paragraph& slogan = std::get<Paragraph>(right[1].content);
  CHECK(slogan.spans[0].text == "Độc lập - Tự do - Hạnh phúc");
  CHECK(slogan.size == 13);
  CHECK(std::get<Rule>(right[2].content).width.value == 1);  // as long as the slogan
  const Paragraph& date = std::get<Paragraph>(below.columns[1].blocks.at(0).content);
  CHECK(date.spans[0].style == FontStyle::italic);
  CHECK(date.size == 14);
}

TEST_CASE("layout: decomposed (NFD) text is normalised to NFC", "[layout][markup]") {
  const Document doc = parse("<document><p>Ho\xCC\x80\xCC\x9B""a</p></document>");  // o + grave + horn
  CHECK(paragraph(doc, 0).spans[0].text == "Hờa");
}

TEST_CASE("layout: markup errors are all reported with line and column", "[layout][markup]") {
  const std::vector<std::string> errors = errors_of(
      "<document>\n"
      "  <p colour=\"red\">a</p>\n"
      "  <p size=\"big\">b</p>\n"
      "  <table><tr><td>1</td></tr><tr><td>1</td><td>2</td></tr></table>\n"
      "  <signatures columns=\"3\"><signature><name>A</name><rank>B</rank></signature></signatures>\n"
      "</document>");
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].rfind("t.xml:2:6: error: unknown attribute 'colour' on <p>", 0) == 0);
  CHECK(errors[1] == "t.xml:3:6: error: invalid size 'big' on <p>; expected a length such as 6pt, 20mm or 1.27cm");
  CHECK(errors[2] == "t.xml:4:29: error: this row has 2 cells; the table has 1 column");
  CHECK(errors[3].rfind("t.xml:5:52: error: unexpected <rank> inside <signature>", 0) == 0);
}

TEST_CASE("layout: a chart's tick or bar without a value is located", "[layout][markup]") {
  const std::vector<std::string> errors = errors_of(
      "<document>\n"
      "  <chart max=\"100\"><tick>25</tick><group><label>A</label>\n"
      "  <bar>98</bar></group></chart>\n"
      "</document>");
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] == "t.xml:2:20: error: <tick> needs a value");
  CHECK(errors[1] == "t.xml:3:3: error: <bar> needs a value");
}

TEST_CASE("layout: malformed XML, a wrong root and bad UTF-8 are located", "[layout][markup]") {
  CHECK(errors_of("<document>\n<p>a</b>\n</document>") ==
        std::vector<std::string>{"t.xml:2:7: error: malformed XML: start-end tags mismatch"});
  CHECK(errors_of("<doc/>") ==
        std::vector<std::string>{"t.xml:1:1: error: the root element is <doc>; expected <document>"});
  CHECK(errors_of("<document>\n<p>a\xC3</p></document>") ==
        std::vector<std::string>{"t.xml:2:5: error: invalid UTF-8 in the markup"});
  CHECK(errors_of("<document><page-numbers position=\"middle\"/></document>").size() == 1);
  CHECK(errors_of("<document><columns><p>x</p></columns></document>").size() == 2);  // not a column; none left
}
