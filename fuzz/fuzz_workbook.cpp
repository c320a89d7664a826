// Fuzz target: the workbook reader (XLSX and ODS). An input starting "PK" is a whole workbook
// (the zip container fuzzed too); any other input is the XML of the parts, packed here into a
// zip (stored, so mutations reach the XML rather than break a checksum): the sheet, the shared
// strings and the workbook of an XLSX, and content.xml of an ODS, split at lines "--part--".
#include "fuzz_support.h"

#include <zip.h>

#include <array>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "workbook/workbook.h"

namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

// `parts` packed into a zip archive in memory with libzip (uncompressed).
std::string make_zip(const Parts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  std::string out;
  if (archive != nullptr) {
    for (const auto& [name, content] : parts) {
      zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
      const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
      if (index < 0) {
        zip_source_free(source);
        continue;
      }
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0) zip_discard(archive);
    if (zip_source_open(buffer) == 0) {
      zip_source_seek(buffer, 0, SEEK_END);
      const zip_int64_t size = zip_source_tell(buffer);
      zip_source_seek(buffer, 0, SEEK_SET);
      if (size > 0) {
        out.resize(static_cast<std::size_t>(size));
        const zip_int64_t got = zip_source_read(buffer, out.data(), out.size());
        out.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
      }
      zip_source_close(buffer);
    }
  }
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

constexpr const char* relationships_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// The XLSX around the fuzzed sheet, shared strings and (when given) workbook.xml.
Parts xlsx_parts(const std::array<std::string, 3>& xml) {
  const std::string rel = std::string(R"(<Relationship Id="rId)");
  const std::string rels = R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
                           rel + R"(1" Type=")" + relationships_ns + R"(worksheet" Target="worksheets/sheet1.xml"/>)" + rel +
                           R"(2" Type=")" + relationships_ns + R"(sharedStrings" Target="sharedStrings.xml"/>)" + rel +
                           R"(3" Type=")" + relationships_ns + R"(worksheet" Target="worksheets/sheet1.xml"/>)" +
                           "</Relationships>";
  const std::string workbook =
      xml[2].empty() ? R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                       R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
                       R"(<sheet name="Đại biểu" sheetId="1" r:id="rId1"/></sheets></workbook>)"
                     : xml[2];
  return {{"_rels/.rels", R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
                              rel + R"(1" Type=")" + relationships_ns + R"(officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
          {"xl/workbook.xml", workbook},
          {"xl/_rels/workbook.xml.rels", rels},
          {"xl/worksheets/sheet1.xml", xml[0]},
          {"xl/sharedStrings.xml", xml[1]}};
}

void read_both(const std::string& bytes) {
  for (const thidua::workbook::Format format : {thidua::workbook::Format::xlsx, thidua::workbook::Format::ods}) {
    const thidua::workbook::ReadResult result = thidua::workbook::read_workbook(bytes, format, "");
    if (result.status == thidua::workbook::ReadResult::Status::no_such_sheet) std::abort();  // none was asked for
    // What the list reader relies on: rows in order, none empty, cells in order within them.
    int last_row = 0;
    for (const thidua::workbook::Row& row : result.rows) {
      if (row.number <= last_row || row.cells.empty()) std::abort();
      last_row = row.number;
      int last_column = 0;
      for (const thidua::workbook::Cell& cell : row.cells) {
        if (cell.column <= last_column) std::abort();
        last_column = cell.column;
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = thidua::fuzz::as_text(data, size);
  if (input.substr(0, 2) == "PK") {
    read_both(std::string(input));
    return 0;
  }
  std::array<std::string, 3> xml;
  std::size_t part = 0;
  std::size_t start = 0;
  constexpr std::string_view separator = "\n--part--\n";
  while (part < xml.size()) {
    const std::size_t end = input.find(separator, start);
    xml[part++] = std::string(input.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + separator.size();
  }
  read_both(make_zip(xlsx_parts(xml)));
  read_both(make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", xml[0]}}));
  // A sheet asked for by name, as sheet= does.
  (void)thidua::workbook::read_workbook(make_zip(xlsx_parts(xml)), thidua::workbook::Format::xlsx, "dai bieu");
  return 0;
}
