// The workbook reader (src/workbook/) on XLSX and ODS archives built here with libzip: strings,
// numbers, dates, hidden sheets, repeated rows, and every limit a hostile zip file meets.
#include <catch2/catch.hpp>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

#include "workbook/parts.h"
#include "workbook/workbook.h"

namespace {

namespace wb = thidua::workbook;
using Parts = std::vector<std::pair<std::string, std::string>>;

// A zip archive of `parts` (name, content), as bytes; `store` keeps the parts uncompressed.
std::string make_zip(const Parts& parts, bool store = false) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("thidua-workbook-test-" + std::to_string(getpid()) + ".zip");
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    REQUIRE(source != nullptr);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
    REQUIRE(index >= 0);
    if (store) zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  REQUIRE(zip_close(archive) == 0);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

const std::string workbook_rels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

// An XLSX with a hidden first sheet and a visible second one holding `sheet2_data`.
Parts xlsx_parts(const std::string& sheet2_data, const std::string& shared) {
  return {
      {"_rels/.rels",
       R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
      {"xl/workbook.xml",
       R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
       R"(<sheets><sheet name="Ẩn" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Đại biểu" sheetId="2" r:id="rId2"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels", workbook_rels},
      {"xl/worksheets/sheet1.xml",
       R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>)"},
      {"xl/worksheets/sheet2.xml",
       R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + sheet2_data +
           "</sheetData></worksheet>"},
      {"xl/sharedStrings.xml", R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + shared + "</sst>"},
      {"xl/styles.xml",
       R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>)"
       R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>)"},
  };
}

const std::string shared_strings =
    R"(<si><t>DANH SÁCH ĐẠI BIỂU</t></si><si><t>Họ và tên</t></si><si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><t>Văn An</t></r><rPh><t>x</t></rPh></si>)"
    R"(<si><t>dòng_x000D_hai</t></si>)";

// Reads the XLSX workbook zipped from `parts` (stored uncompressed when `store`) within `limits`.
wb::ReadResult read_xlsx(const Parts& parts, const wb::Limits& limits = {}, bool store = false) {
  return wb::read_workbook(make_zip(parts, store), wb::Format::xlsx, "", limits);
}

std::vector<std::pair<std::string, std::string>> cells_of(const wb::ReadResult& result) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const wb::Row& row : result.rows) {
    for (const wb::Cell& cell : row.cells) {
      std::string ref;
      for (int n = cell.column; n > 0; n = (n - 1) / 26) ref.insert(ref.begin(), static_cast<char>('A' + (n - 1) % 26));
      out.emplace_back(ref + std::to_string(row.number), cell.text);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("an XLSX sheet: shared, rich and inline strings, numbers, dates, hidden sheets", "[workbook]") {
  const std::string data =
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"
      R"(<row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3" t="inlineStr"><is><r><t>Chức </t></r><r><t>vụ</t></r></is></c></row>)"
      R"(<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4"><v>12.0</v></c><c r="C4" s="1"><v>44608</v></c><c r="D4" s="2"><v>44608.5</v></c></row>)"
      R"(<row r="5"><c r="A5"><v>0.30000000000000004</v></c><c r="B5" t="b"><v>1</v></c><c r="C5" t="str"><v>=x</v></c><c r="E5" t="s"><v>3</v></c></row>)"
      R"(<row r="6"><c r="A6" t="inlineStr"><is><t> </t></is></c></row>)";
  const std::string bytes = make_zip(xlsx_parts(data, shared_strings));
  const wb::ReadResult result = wb::read_workbook(bytes, wb::Format::xlsx, "");
  REQUIRE(result.status == wb::ReadResult::Status::ok);
  CHECK(result.sheet == "Đại biểu");  // the hidden first sheet is passed over
  REQUIRE(result.sheets.size() == 2);
  CHECK(result.sheets[0].hidden);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"A1", "DANH SÁCH ĐẠI BIỂU"}, {"A3", "Họ và tên"},  {"C3", "Chức vụ"},    {"A4", "Nguyễn Văn An"},
      {"B4", "12"},                 {"C4", "2022-02-16"}, {"D4", "2022-02-16 12:00"}, {"A5", "0.3"},
      {"B5", "TRUE"},               {"C5", "=x"},         {"E5", "dòng\rhai"}};
  CHECK(cells_of(result) == expected);  // row 6 (a lone space) is blank and left out

  SECTION("a sheet by name, whatever its case, spacing or normal form") {
    const wb::ReadResult hidden = wb::read_workbook(bytes, wb::Format::xlsx, "ẩn");
    REQUIRE(hidden.status == wb::ReadResult::Status::ok);
    CHECK(hidden.sheet == "Ẩn");
    CHECK(wb::read_workbook(bytes, wb::Format::xlsx, "  ĐẠI BIỂU ").sheet == "Đại biểu");
    CHECK(wb::read_workbook(bytes, wb::Format::xlsx, "\xC4\x90" "a\xCC\xA3i bie\xCC\x82\xCC\x89u").sheet == "Đại biểu");
    const wb::ReadResult missing = wb::read_workbook(bytes, wb::Format::xlsx, "Khách mời");
    CHECK(missing.status == wb::ReadResult::Status::no_such_sheet);
    CHECK(missing.sheets.size() == 2);
  }
  SECTION("an .ods name on an Excel file, and a shared string that does not exist") {
    CHECK(wb::read_workbook(bytes, wb::Format::ods, "").error == "it is an Excel workbook: name it .xlsx, not .ods");
    const std::string bad = make_zip(xlsx_parts(R"(<row r="1"><c r="A1" t="s"><v>9</v></c></row>)", shared_strings));
    CHECK(wb::read_workbook(bad, wb::Format::xlsx, "").error.find("shared string that does not exist") != std::string::npos);
  }
}

TEST_CASE("Excel serial dates: the 1900 leap-year bug and the 1904 system", "[workbook]") {
  CHECK(wb::detail::serial_date_text("1", false) == "1900-01-01");
  CHECK(wb::detail::serial_date_text("59", false) == "1900-02-28");
  CHECK(wb::detail::serial_date_text("61", false) == "1900-03-01");
  CHECK(wb::detail::serial_date_text("44608", false) == "2022-02-16");
  CHECK(wb::detail::serial_date_text("0.75", false) == "18:00");
  CHECK(wb::detail::serial_date_text("0", true) == "1904-01-01");
  CHECK(wb::detail::serial_date_text("abc", false) == "abc");
}

TEST_CASE("an ODS sheet: repeated rows and cells, spaces, spans, hidden tables, typed values", "[workbook]") {
  const std::string content =
      R"(<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
      R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
      R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">)"
      R"(<office:automatic-styles><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>)"
      R"(<office:body><office:spreadsheet>)"
      R"(<table:table table:name="Cũ" table:style-name="ta2"><table:table-row><table:table-cell><text:p>ẩn</text:p></table:table-cell></table:table-row></table:table>)"
      R"(<table:table table:name="Đại biểu"><table:table-column/>)"
      R"(<table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>DANH SÁCH</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>)"
      R"(<table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>Họ<text:s/>và<text:s text:c="3"/>tên</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="string"><text:p><text:span>Chức</text:span> <text:span><text:span>vụ</text:span></text:span></text:p></table:table-cell></table:table-row></table:table-header-rows>)"
      R"(<table:table-row><table:table-cell office:value-type="float" office:value="7"><text:p>7,00</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="date" office:date-value="2022-02-16"><text:p>16/02/2022</text:p></table:table-cell>)"
      R"(<table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>)"
      R"(</table:table></office:spreadsheet></office:body></office:document-content>)";
  const std::string bytes = make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}});
  const wb::ReadResult result = wb::read_workbook(bytes, wb::Format::ods, "");
  REQUIRE(result.status == wb::ReadResult::Status::ok);
  CHECK(result.sheet == "Đại biểu");
  CHECK(result.sheets.at(0).hidden);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"A1", "DANH SÁCH"}, {"A4", "Họ và   tên"}, {"B4", "Chức vụ"}, {"A5", "7"}, {"B5", "2022-02-16"}, {"C5", "x"}, {"D5", "x"}};
  const auto got = cells_of(result);
  for (const auto& [ref, text] : got) UNSCOPED_INFO(ref << " = " << text);
  CHECK(got == expected);
  CHECK(wb::read_workbook(bytes, wb::Format::ods, "cũ").rows.size() == 1);
}

TEST_CASE("hostile workbooks are refused with a reason, never read whole", "[workbook]") {
  const std::string data = R"(<row r="1"><c r="A1" t="s"><v>1</v></c></row>)";
  SECTION("not a zip file, an old .xls, a damaged zip") {
    CHECK(wb::read_workbook("name,title\n", wb::Format::xlsx, "").error.find("not a workbook") != std::string::npos);
    CHECK(wb::read_workbook(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + std::string(100, '\0'), wb::Format::xlsx, "")
              .error.find("Excel 97-2003") != std::string::npos);
    std::string cut = make_zip(xlsx_parts(data, shared_strings));
    cut.resize(cut.size() / 2);
    CHECK(wb::read_workbook(cut, wb::Format::xlsx, "").status == wb::ReadResult::Status::bad_file);
  }
  SECTION("too many files in the zip") {
    CHECK(read_xlsx(xlsx_parts(data, shared_strings), {.zip_entries = 5}).error ==
          "the workbook holds 7 files, more than the 5 a workbook may have");
  }
  SECTION("a zip bomb: a part that unpacks hundreds of times larger") {
    Parts parts = xlsx_parts(data, shared_strings);
    parts[4].second = R"(<worksheet><sheetData>)" + std::string(50u << 20, ' ') + "</sheetData></worksheet>";
    const wb::ReadResult result = read_xlsx(parts);
    CHECK(result.error.find("zip bomb") != std::string::npos);
  }
  SECTION("a part larger than a list can be") {
    Parts parts = xlsx_parts(data, shared_strings);
    parts[4].second += std::string(2000, ' ');
    const wb::ReadResult result = read_xlsx(parts, {.entry_bytes = 1000}, true);
    CHECK(result.error.find("unpacks to 0 MB, more than the 0 MB") != std::string::npos);
  }
  SECTION("a huge shared-string table") {
    CHECK(read_xlsx(xlsx_parts(data, shared_strings), {.shared_strings = 3}).error ==
          "the workbook's shared-string table has more than 3 entries, more than a list can use");
  }
  SECTION("deep XML") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<r>";
    const wb::ReadResult result = read_xlsx(xlsx_parts(data, "<si>" + deep + "</si>"));
    CHECK(result.error == "the workbook's part 'xl/sharedStrings.xml' nests its XML more than 64 levels deep: it was not "
                          "written by a spreadsheet");
  }
  SECTION("cells repeated or shared until their text would fill the memory") {
    // ODS: one short cell repeated to the last column, that row repeated a million times (a
    // file of a few hundred bytes that would unfold into 17 billion cells).
    const std::string content =
        R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
        R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">)"
        R"(<office:body><office:spreadsheet><table:table table:name="a"><table:table-row table:number-rows-repeated="1048576">)"
        R"(<table:table-cell table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell>)"
        R"(</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>)";
    const wb::ReadResult ods = wb::read_workbook(make_zip({{"content.xml", content}}), wb::Format::ods, "");
    CHECK(ods.error == "the sheet holds more than 2000000 cells or 64 MB of text, more than a list can use (cells or rows "
                       "repeated too often?)");
    // XLSX: every cell naming the same long shared string.
    std::string rows;
    for (int r = 1; r <= 10; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c t=\"s\"><v>0</v></c></row>";
    const wb::ReadResult xlsx = read_xlsx(xlsx_parts(rows, "<si><t>" + std::string(20, 'y') + "</t></si>"), {.text_bytes = 100});
    CHECK(xlsx.error.find("more than 2000000 cells or 0 MB of text") != std::string::npos);
  }
  SECTION("malformed XML, cells out of order, a row past the sheet's end") {
    CHECK(read_xlsx(xlsx_parts("<row><c>", shared_strings)).error.find("is not well-formed XML") != std::string::npos);
    CHECK(read_xlsx(xlsx_parts(R"(<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>2</v></c></row>)", ""))
              .error.find("out of order") != std::string::npos);
    CHECK(read_xlsx(xlsx_parts(R"(<row r="2000000"><c r="A2000000"><v>1</v></c></row>)", ""))
              .error.find("beyond the 1048576 rows") != std::string::npos);
  }
}
