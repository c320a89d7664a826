// The DOCX backend: golden document.xml of two samples and numbering.xml of one (lists as Word numbering), deterministic bytes, the Word structures
// (styles, section, header fields, repeated table header rows, rows that never split), located errors.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "docx/docx.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "golden.h"
#include "layout/layout.h"
#include "load/load_event.h"
#include "markup/markup.h"
#include "support.h"
#include "workbook/parts.h"

namespace {

using namespace thidua;

using testing::load_sample;
using testing::toolbox;

// The DOCX of `kind` for a sample, through the registry (as the CLI and `build` make it).
std::string sample_docx(const std::string& kind, const std::string& file) {
  const model::Event event = load_sample(file);
  Diagnostics diags;
  const documents::DocumentKind& entry = *documents::find_kind(kind);
  return documents::docx_bytes(toolbox(), entry, event, documents::default_values(entry), diags);
}

// A part of a DOCX, read back through libzip (the workbook reader's own zip code).
std::string read_part(const std::string& docx, const std::string& name) {
  const workbook::Limits limits;
  workbook::detail::ZipArchive zip(docx, limits);
  return zip.read(name);
}

// `xml` indented, one element a line: golden files whose differences read line by line.
std::string indented(const std::string& xml) {
  pugi::xml_document doc;
  REQUIRE(doc.load_buffer(xml.data(), xml.size()));
  struct Writer : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
  } writer;
  doc.save(writer, " ", pugi::format_indent, pugi::encoding_utf8);
  return writer.out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

const std::filesystem::path golden_dir = std::filesystem::path(THIDUA_TEST_DIR) / "golden" / "docx";

// Checks part `part` of the DOCX of `kind` for sample `file`, indented, against tests/golden/docx/`golden`.
void check_golden_part(const std::string& kind, const std::string& file, const std::string& part, const std::string& golden) {
  const std::string docx = sample_docx(kind, file);
  const std::string difference = testing::golden_difference(golden_dir / golden, indented(read_part(docx, part)));
  INFO(difference);
  CHECK(difference.empty());
}

}  // namespace

TEST_CASE("docx: the Khánh Hòa agreement's document.xml matches its golden file", "[docx]") {
  check_golden_part("agreement", "2022-khanh-hoa-khoi-nganh-i.xml", "word/document.xml", "agreement-khanh-hoa.document.xml");
}

TEST_CASE("docx: the Sóc Trăng attendance list's document.xml matches its golden file", "[docx]") {
  check_golden_part("attendance", "2020-soc-trang-cum-3.xml", "word/document.xml", "attendance-soc-trang.document.xml");
}

TEST_CASE("docx: the same event gives the same bytes, and every kind of the registry makes one", "[docx]") {
  for (const documents::DocumentKind& kind : documents::registry()) {
    if (!kind.supports(documents::Output::pdf)) {
      CHECK_FALSE(kind.supports(documents::Output::docx));
      continue;
    }
    INFO(kind.name);
    CHECK(kind.supports(documents::Output::docx));
    const model::Event event = load_sample("2020-soc-trang-cum-3.xml");
    if (!kind.applies(event)) continue;
    Diagnostics diags;
    const std::string first = documents::docx_bytes(toolbox(), kind, event, documents::default_values(kind), diags);
    const std::string second = documents::docx_bytes(toolbox(), kind, event, documents::default_values(kind), diags);
    CHECK(first == second);
    CHECK(first.compare(0, 2, "PK") == 0);
  }
}

TEST_CASE("docx: styles, page and section as Decree 30 sets them", "[docx]") {
  const std::string docx = sample_docx("agreement", "2022-khanh-hoa-khoi-nganh-i.xml");
  const std::string styles = read_part(docx, "word/styles.xml");
  CHECK(styles.find("w:ascii=\"Times New Roman\"") != std::string::npos);
  CHECK(styles.find("<w:sz w:val=\"28\"/>") != std::string::npos);  // 14 pt body
  CHECK(styles.find("w:styleId=\"Heading1\"") != std::string::npos);
  CHECK(styles.find("w:styleId=\"BangKe\"") != std::string::npos);
  const std::string document = read_part(docx, "word/document.xml");
  // A4 (210 × 297 mm) with 20/20/30/15 mm margins, in twentieths of a point.
  CHECK(document.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);
  CHECK(document.find("w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\"") != std::string::npos);
  // Page numbers from page 2: a different first page with an empty header.
  CHECK(document.find("<w:titlePg/>") != std::string::npos);
  CHECK(read_part(docx, "word/header1.xml").find("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>") !=
        std::string::npos);
  CHECK(read_part(docx, "word/header2.xml").find("PAGE") == std::string::npos);
  // docProps dated by the event, never by the clock.
  CHECK(read_part(docx, "docProps/core.xml").find("2022-02-16T00:00:00Z") != std::string::npos);
}

TEST_CASE("docx: the attendance table repeats its header row and never splits a row", "[docx]") {
  const std::string docx = sample_docx("attendance", "2022-khanh-hoa-khoi-nganh-i.xml");
  const std::string document = read_part(docx, "word/document.xml");
  CHECK(count(document, "<w:tblHeader/>") == 1);
  const std::size_t rows = count(document, "<w:tr>");
  CHECK(rows > 10);
  CHECK(count(document, "<w:cantSplit/>") == rows);
  CHECK(document.find("w:val=\"BangKe\"") != std::string::npos);
  CHECK(document.find("w:hRule=\"atLeast\"") != std::string::npos);  // room to sign
}

TEST_CASE("docx: an image that cannot be read is an error at its element", "[docx]") {
  Diagnostics diags;
  const markup::Document document = markup::parse_markup(
      "<document>\n<p>Giấy mời</p>\n<image src=\"/nonexistent/logo.png\" height=\"16mm\"/>\n</document>", "test.xml",
      diags);
  CHECK_THROWS_AS(docx::build_package(document, markup::DocumentMeta{}, toolbox().fonts(), diags), Failure);
  REQUIRE(diags.has_errors());
  CHECK(diags.all().front().format().rfind("test.xml:3:1: ", 0) == 0);
}

TEST_CASE("docx: a rule under a title is a bordered paragraph as long as the layout's rule", "[docx]") {
  Diagnostics diags;
  const markup::Document document = markup::parse_markup(
      "<document><p align=\"center\">GIAO ƯỚC THI ĐUA</p><rule width=\"1/2\"/><p>Nội dung</p></document>", "t.xml",
      diags);
  const docx::Package package = docx::build_package(document, markup::DocumentMeta{}, toolbox().fonts(), diags);
  const std::string& xml = *package.part("word/document.xml");
  CHECK(xml.find("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\"") != std::string::npos);
  // Half the title's width, centred: equal left and right indents.
  const std::size_t ind = xml.find("<w:ind w:left=\"");
  REQUIRE(ind != std::string::npos);
  const long left = std::stol(xml.substr(ind + 15));
  const long right = std::stol(xml.substr(xml.find("w:right=\"", ind) + 9));
  const double title = toolbox().fonts().width(markup::FontStyle::regular, 14, "GIAO ƯỚC THI ĐUA");
  const double text_width = 595.2756 - 85.0394 - 42.5197;
  CHECK(std::abs(static_cast<double>(left) - static_cast<double>(right)) <= 1);
  CHECK(std::abs((text_width * 20 - static_cast<double>(left + right)) - title / 2 * 20) <= 2);
}

TEST_CASE("docx: the agreement's numbering.xml matches its golden file", "[docx]") {
  check_golden_part("agreement", "2022-khanh-hoa-khoi-nganh-i.xml", "word/numbering.xml", "agreement-khanh-hoa.numbering.xml");
}

namespace {

// The package of a markup text (no images), its parts by name.
docx::Package markup_package(const std::string& markup) {
  Diagnostics diags;
  const markup::Document document = markup::parse_markup(markup, "t.xml", diags);
  REQUIRE_FALSE(diags.has_errors());
  return docx::build_package(document, markup::DocumentMeta{}, toolbox().fonts(), diags);
}

// The w:numId of each w:p of `xml` in order (0: none), one per paragraph.
std::vector<int> paragraph_num_ids(const std::string& xml) {
  pugi::xml_document doc;
  REQUIRE(doc.load_buffer(xml.data(), xml.size()));
  std::vector<int> ids;
  for (pugi::xpath_node p : doc.select_nodes("//w:body/w:p")) {
    ids.push_back(p.node().child("w:pPr").child("w:numPr").child("w:numId").attribute("w:val").as_int());
  }
  return ids;
}

}  // namespace

TEST_CASE("docx: numbered items are Word lists that restart where the documents restart", "[docx]") {
  const docx::Package package = markup_package(
      "<document indent=\"1.27cm\">"
      "<heading list=\"upper-roman\">I. MỤC MỘT</heading>"
      "<p list=\"decimal\">1. Nội dung một.</p>"
      "<p list=\"lower-letter\">a) Điểm a;</p>"
      "<p list=\"lower-letter\">b) Điểm b.</p>"
      "<p list=\"dash\">- Chỉ tiêu: 100%.</p>"
      "<p list=\"decimal\">2. Nội dung hai.</p>"
      "<heading list=\"upper-roman\">II. MỤC HAI</heading>"
      "<p list=\"decimal\">1. Nội dung ba.</p>"
      "<p>Đoạn thường.</p>"
      "<recipients list=\"dash\"><item>- Như trên;</item><item>- Lưu: VT.</item></recipients>"
      "</document>");
  const std::string& document = *package.part("word/document.xml");
  // Headings one list (I, II); items 1, 2 one list and the next section's 1 a new one; the points;
  // every dash item one bullet list; the recipients' title and a plain paragraph none.
  CHECK(paragraph_num_ids(document) == std::vector<int>{1, 2, 3, 3, 4, 2, 1, 5, 0, 0, 4, 4});
  // The label is Word's, no longer typed; the text keeps everything after it.
  CHECK(document.find(">1. ") == std::string::npos);
  CHECK(document.find(">- ") == std::string::npos);
  CHECK(document.find(">Nội dung một.<") != std::string::npos);
  CHECK(document.find(">Lưu: VT.<") != std::string::npos);
  // A list item's indent is direct: no left indent, the first line as the paragraph's.
  CHECK(document.find("<w:numId w:val=\"2\"/></w:numPr><w:ind w:left=\"0\" w:firstLine=\"720\"/>") !=
        std::string::npos);
  const std::string* numbering = package.part("word/numbering.xml");
  REQUIRE(numbering != nullptr);
  // Five lists, each restarting explicitly (Word would otherwise count on across lists of one kind).
  CHECK(count(*numbering, "<w:num ") == 5);
  CHECK(count(*numbering, "<w:startOverride w:val=\"1\"/>") == 5);
  CHECK(numbering->find("<w:numFmt w:val=\"upperRoman\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\"%1.\"/>") !=
        std::string::npos);
  CHECK(numbering->find("<w:numFmt w:val=\"lowerLetter\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\"%1)\"/>") !=
        std::string::npos);
  CHECK(numbering->find("<w:numFmt w:val=\"bullet\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\"-\"/>") !=
        std::string::npos);
  // The part is declared and related.
  CHECK(package.part("[Content_Types].xml")->find("/word/numbering.xml") != std::string::npos);
  CHECK(package.part("word/_rels/document.xml.rels")->find("Target=\"numbering.xml\"") != std::string::npos);
}

TEST_CASE("docx: a list that starts past 1 starts there, and points past d) stay typed", "[docx]") {
  std::string points;
  for (const char* letter : {"a", "b", "c", "d", "đ", "e"}) points += std::string("<p list=\"lower-letter\">") + letter + ") x;</p>";
  const docx::Package package = markup_package("<document><p list=\"decimal\">3. Ba.</p><p list=\"decimal\">4. Bốn.</p>" +
                                               points + "</document>");
  const std::string& document = *package.part("word/document.xml");
  CHECK(paragraph_num_ids(document) == std::vector<int>{1, 1, 0, 0, 0, 0, 0, 0});
  // Word's lowerLetter would say e) where the documents say đ): those points keep their typed letters.
  CHECK(document.find(">đ) x;<") != std::string::npos);
  CHECK(document.find(">a) x;<") != std::string::npos);
  CHECK(package.part("word/numbering.xml")->find("<w:startOverride w:val=\"3\"/>") != std::string::npos);
  // No list at all: no numbering part.
  const docx::Package plain = markup_package("<document><p>1. Một.</p></document>");
  CHECK(plain.part("word/numbering.xml") == nullptr);
}

TEST_CASE("docx: a list paragraph must start with its label", "[docx]") {
  for (const auto& [markup, where] : std::vector<std::pair<std::string, std::string>>{
           {"<document>\n<p list=\"decimal\">Một.</p></document>", "t.xml:2:1: "},
           {"<document>\n<heading list=\"upper-roman\">IIII. Bốn</heading></document>", "t.xml:2:1: "},
           {"<document>\n<p list=\"lower-letter\">f) Không có chữ f.</p></document>", "t.xml:2:1: "},
           {"<document>\n<recipients list=\"dash\">\n<item>Như trên;</item></recipients></document>", "t.xml:3:1: "},
           {"<document>\n<p list=\"roman\">I. Một</p></document>", "t.xml:2:4: "}}) {
    Diagnostics diags;
    CHECK_THROWS_AS(markup::parse_markup(markup, "t.xml", diags), Failure);
    REQUIRE(diags.has_errors());
    CHECK(diags.all().front().format().rfind(where, 0) == 0);
    INFO(diags.all().front().format());
  }
  // Labels as compose writes them: "XII.", "đ)", "aa)" (after "y)"), "+".
  Diagnostics diags;
  const markup::Document document = markup::parse_markup(
      "<document><p list=\"upper-roman\">XII. A</p><p list=\"lower-letter\">đ) B</p>"
      "<p list=\"lower-letter\">aa) C</p><p list=\"plus\">+ D</p></document>",
      "t.xml", diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(document.blocks.size() == 4);
  const auto mark = [&](std::size_t i) { return std::get<markup::Paragraph>(document.blocks[i].content).list; };
  CHECK(mark(0).number == 12);
  CHECK(mark(0).label_bytes == 5);
  CHECK(mark(1).number == 5);
  CHECK(mark(1).label_bytes == 4);  // "đ" is two bytes
  CHECK(mark(2).number == 24);
  CHECK(mark(3).kind == markup::ListKind::plus);
}

TEST_CASE("docx: a chart's table of values takes the chart's height and stays on one page", "[docx]") {
  const docx::Package package = markup_package(
      "<document><chart height=\"60mm\" max=\"100\"><series>Tổng điểm</series>"
      "<group><label>Công đoàn Giáo dục</label><bar value=\"98.5\">98,5</bar></group>"
      "<group><label>Công đoàn Y tế</label><bar value=\"97\">97</bar></group></chart><p>Sau</p></document>");
  const std::string& document = *package.part("word/document.xml");
  pugi::xml_document doc;
  REQUIRE(doc.load_buffer(document.data(), document.size()));
  long total = 0;
  std::size_t rows = 0;
  for (pugi::xpath_node tr : doc.select_nodes("//w:tr")) {
    total += tr.node().child("w:trPr").child("w:trHeight").attribute("w:val").as_int();
    ++rows;
  }
  CHECK(rows == 3);  // the legend, then a row per unit
  CHECK(std::abs(total - std::lround(60 * 72 / 25.4 * 20)) <= 3);
  // Every row but the last keeps with the next, as the chart is one block.
  CHECK(count(document, "<w:keepNext w:val=\"1\"/>") >= 4);
  CHECK(document.find(">98,5<") != std::string::npos);
  CHECK(document.find(">Công đoàn Y tế<") != std::string::npos);
}

TEST_CASE("docx: a long table is cut where the layout starts a page, each part with its header row", "[docx]") {
  std::string markup = "<document><p>Danh sách</p><table><col width=\"15mm\"/><col width=\"*\"/>"
                       "<thead><tr><th>STT</th><th>Họ và tên</th></tr></thead><tbody>";
  for (int i = 1; i <= 700; ++i) markup += "<tr><td>" + std::to_string(i) + "</td><td>Người " + std::to_string(i) + "</td></tr>";
  markup += "</tbody></table></document>";
  Diagnostics diags;
  const markup::Document document = markup::parse_markup(markup, "t.xml", diags);
  const std::vector<std::uint32_t> starts = layout::page_starts(document, toolbox().fonts());
  REQUIRE(starts.size() > 10);
  const docx::Package package = docx::build_package(document, markup::DocumentMeta{}, toolbox().fonts(), diags);
  const std::string& xml = *package.part("word/document.xml");
  pugi::xml_document doc;
  REQUIRE(doc.load_buffer(xml.data(), xml.size()));
  const pugi::xpath_node_set tables = doc.select_nodes("//w:tbl");
  REQUIRE(tables.size() >= 3);
  std::size_t rows = 0;
  for (pugi::xpath_node table : tables) {
    const pugi::xml_node first = table.node().child("w:tr");
    CHECK(first.child("w:trPr").child("w:tblHeader"));  // each part opens with the header row
    std::size_t count = 0;
    for (pugi::xml_node tr : table.node().children("w:tr")) count += tr.child("w:trPr").child("w:tblHeader") ? 0 : 1;
    CHECK(count <= 260);
    rows += count;
    if (table != tables.first()) {
      // On a new page, and its first row is the first row of one of the PDF's pages.
      CHECK(table.node().previous_sibling("w:p").child("w:pPr").child("w:pageBreakBefore"));
      const std::string number = first.next_sibling("w:tr").child("w:tc").child("w:p").child("w:r").child("w:t").text().get();
      const std::size_t row = std::stoul(number) - 1;
      const auto& body = std::get<markup::Table>(document.blocks[1].content).body;
      CHECK(std::find(starts.begin(), starts.end(), body[row].offset) != starts.end());
    }
  }
  CHECK(rows == 700);
}
