// The CSV reader and the CSV tables: quoting, separators, positions, errors, and a 10,000-row list.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "load/csv.h"
#include "load/did_you_mean.h"
#include "load/load_event.h"

namespace {

namespace fs = std::filesystem;
using namespace thidua;
using load::parse_csv;

std::string messages(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.all()) out += d.format() + "\n";
  return out;
}

}  // namespace

TEST_CASE("csv: Excel quoting, doubled quotes and line breaks inside quotes", "[load]") {
  Diagnostics diags;
  const load::CsvTable table =
      parse_csv("name,note\r\n\"Lê, Thị\",\"nói \"\"xin chào\"\"\"\r\n\"hai\ndòng\",x\r\nc,\r\n", "a.csv", diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(table.separator == ',');
  REQUIRE(table.header.size() == 2);
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[0].fields[0].text == "Lê, Thị");
  CHECK(table.rows[0].fields[1].text == "nói \"xin chào\"");
  CHECK(table.rows[1].fields[0].text == "hai\ndòng");
  CHECK(table.rows[1].fields[1].line == 4);  // after the line break inside the quotes
  CHECK(table.rows[1].fields[1].column == 7);  // dòng",x
  CHECK(table.rows[2].fields[0].line == 5);
  CHECK(table.rows[2].fields.size() == 2);
  CHECK(table.rows[2].fields[1].text.empty());
}

TEST_CASE("csv: a semicolon header selects ';' and blank rows are skipped", "[load]") {
  Diagnostics diags;
  const load::CsvTable table = parse_csv("name;title\n\nA, B;C\n;\n  \nD;E", "a.csv", diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(table.separator == ';');
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0].fields[0].text == "A, B");
  CHECK(table.rows[1].fields[1].text == "E");
  CHECK(table.rows[1].fields[1].line == 6);
  CHECK(load::detect_separator("a\tb\tc\n") == '\t');
  CHECK(load::detect_separator("a,\"x;y;z\"\n") == ',');
}

TEST_CASE("csv: an unterminated quote and text after a quote are located", "[load]") {
  Diagnostics diags;
  const load::CsvTable table = parse_csv("a,b\n1,\"x\"y\n2,\"open\n3,4\n", "f.csv", diags);
  CHECK(messages(diags) ==
        "f.csv:2:6: error: unexpected text after the closing quote of a field; to put a quote inside a quoted "
        "field, write it twice (\"\")\n"
        "f.csv:3:3: error: unterminated quoted field: the closing '\"' is missing before the end of the file\n");
  CHECK_FALSE(table.complete);
  REQUIRE(table.rows.size() == 1);
  CHECK(table.rows[0].fields[1].text == "xy");
}

TEST_CASE("csv tables: header columns ignore case and spaces; errors name file, line and column", "[load]") {
  const fs::path dir = fs::temp_directory_path() / "thidua-load-csv-test";
  fs::create_directories(dir);
  {
    std::ofstream(dir / "units.csv") << "ID, Name ,role,,\n"
                                        "a,Công đoàn A,leader,,\n"
                                        "b,Công đoàn B,,x,\n";
    std::ofstream(dir / "people.csv") << "name,title,unit\n"
                                         "Nguyễn Văn A,Chủ tịch,a\n"
                                         ",Phó Chủ tịch,b\n"
                                         "Trần Văn C,,c\n";
  }
  const std::string xml =
      "<event id=\"t\" kind=\"agreement\"><upper name=\"U\"/><bloc kind=\"khoi\" name=\"K\"/>"
      "<date>2022-01-01</date><place province=\"P\"/><units csv=\"units.csv\"/>"
      "<attendees csv=\"people.csv\"/></event>";
  Diagnostics diags;
  const auto event = load::load_event_from_string(xml, "in/e.xml", dir.string(), diags);
  CHECK_FALSE(event);
  CHECK(messages(diags) ==
        "in/units.csv:3:16: error: value in column 4, which has no name in the header\n"
        "in/people.csv:3:1: error: missing required value in column 'name'\n"
        "in/people.csv:4:13: error: unknown unit 'c' in column 'unit'\n");
  fs::remove_all(dir);
}

TEST_CASE("csv tables: a 10,000-row attendance list loads in linear time", "[load]") {
  const fs::path dir = fs::temp_directory_path() / "thidua-load-big-test";
  fs::create_directories(dir);
  const int units = 200;
  {
    std::ofstream out(dir / "units.csv");
    out << "id,name,role,signatory,title\n";
    for (int u = 0; u < units; ++u) {
      out << "u" << u << ",Công đoàn đơn vị số " << u << "," << (u == 0 ? "leader" : "member")
          << ",Nguyễn Văn " << u << ",Chủ tịch\n";
    }
    std::ofstream people(dir / "people.csv");
    people << "\xEF\xBB\xBFname;title;unit;organisation;note\n";
    for (int i = 0; i < 10000; ++i) {
      people << "Trần Thị Đại Biểu " << i << ";\"Ủy viên BCH; phụ trách\";u" << (i % units) << ";;\n";
    }
  }
  const std::string xml =
      "<event id=\"t\" kind=\"agreement\"><upper name=\"U\"/><bloc kind=\"khoi\" name=\"K\"/>"
      "<date>2022-01-01</date><place province=\"P\"/><units csv=\"units.csv\"/>"
      "<attendees csv=\"people.csv\"/></event>";
  Diagnostics diags;
  const auto start = std::chrono::steady_clock::now();
  const auto event = load::load_event_from_string(xml, "e.xml", dir.string(), diags);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(messages(diags));
  REQUIRE(event);
  CHECK(event->units.size() == units);
  REQUIRE(event->attendees.size() == 10000);
  CHECK(event->attendees[9999].name == "Trần Thị Đại Biểu 9999");
  CHECK(event->attendees[9999].title == "Ủy viên BCH; phụ trách");
  CHECK(event->attendees[9999].unit_id == "u199");
  CHECK(event->attendees[9999].where.line == 10001);
  // Loose on purpose: the sanitizer build on a busy CI machine took 5.3 s; a quadratic step
  // takes minutes even in a Release build.
  CHECK(seconds < 60.0);
  fs::remove_all(dir);
}

TEST_CASE("did you mean: edit distance with swaps, case-insensitive, only for likely typos", "[load]") {
  CHECK(load::edit_distance("unti", "unit") == 1);
  CHECK(load::edit_distance("rol", "role") == 1);
  CHECK(load::edit_distance("Unit", "unit") == 0);
  CHECK(load::edit_distance("", "abc") == 3);
  const std::vector<std::string_view> attrs = {"id", "name", "short", "role"};
  CHECK(load::closest_name("rol", attrs) == "role");
  CHECK(load::closest_name("shrot", attrs) == "short");
  CHECK(load::closest_name("colour", attrs).empty());
  CHECK(load::closest_name("x", attrs).empty());
  CHECK(load::closest_name("organization", {"organisation", "title"}) == "organisation");
  CHECK(load::list_names({"a", "b", "c"}, "'", "'") == "'a', 'b' or 'c'");
}
