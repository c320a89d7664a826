// Scoring and the year-end papers: Vietnamese numbers, totals and ranks against an independent
// computation, golden traces (charts included), bars proportional to the totals, bad scores located.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "compose/scoring.h"
#include "compose/year_end.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "golden.h"
#include "i18n/i18n.h"
#include "layout/trace_canvas.h"
#include "load/load_event.h"
#include "text/numbers.h"
#include "support.h"

namespace fs = std::filesystem;
using namespace thidua;

namespace {

using thidua::testing::load_sample;

const std::string repo = THIDUA_SOURCE_DIR;

std::string io_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The two samples extended with illustrative scores (see their XML comments).
const std::vector<std::string> kScored = {"2022-khanh-hoa-khoi-nganh-i", "2022-kien-giang-chien-dich-sang-kien"};

// A number as the samples write it ("29,5"), read here without the code under test.
double read_score(const std::string& text) {
  std::string plain = text;
  std::replace(plain.begin(), plain.end(), ',', '.');
  return std::stod(plain);
}

// The expected ranking, computed from the XML with pugixml alone: unit id -> (total, rank).
std::map<std::string, std::pair<double, int>> independent_ranking(const std::string& name) {
  pugi::xml_document doc;
  REQUIRE(doc.load_file((repo + "/samples/" + name + ".xml").c_str()));
  const pugi::xml_node results = doc.child("event").child("results");
  struct Line {
    std::string unit;
    double total = 0;
    std::vector<double> sections;
  };
  std::vector<Line> lines;
  for (pugi::xml_node scores : results.children("scores")) {
    Line line;
    line.unit = scores.attribute("unit").value();
    line.sections.assign(10, 0);
    for (pugi::xml_node score : scores.children("score")) {
      const double value = read_score(score.text().get());
      if (score.attribute("penalty")) {
        line.total -= value;
      } else {
        line.total += value;
      }
      const std::string section = score.attribute("section").value();
      const std::vector<std::string> romans = {"I", "II", "III", "IV", "V"};
      for (std::size_t i = 0; i < romans.size(); ++i) {
        if (section == romans[i]) line.sections[i] = value;
      }
    }
    lines.push_back(line);
  }
  // tie="I": the higher section I breaks a tie on the total; else the rank is shared.
  const bool tie_on_first = std::string(results.attribute("tie").value()) == "I";
  std::map<std::string, std::pair<double, int>> out;
  for (const Line& line : lines) {
    int above = 0;
    for (const Line& other : lines) {
      const bool higher = other.total > line.total + 1e-9 ||
                          (tie_on_first && std::fabs(other.total - line.total) < 1e-9 &&
                           other.sections[0] > line.sections[0] + 1e-9);
      if (higher) ++above;
    }
    out[line.unit] = {line.total, above + 1};
  }
  return out;
}

}  // namespace

TEST_CASE("numbers are written and read the Vietnamese way", "[scoring]") {
  const std::pair<double, std::string> written[] = {{98.5, "98,5"}, {1250, "1.250"}, {1234567.891, "1.234.567,89"},
                                                    {100, "100"}, {0, "0"}, {-2.5, "-2,5"}, {95.499999999, "95,5"}};
  for (const auto& [number, digits] : written) CHECK(text::vietnamese_number(number) == digits);
  CHECK(text::vietnamese_number(87.333333, 1) == "87,3");
  const std::pair<std::string, double> parsed[] = {{"98,5", 98.5}, {"98.5", 98.5}, {"1.250", 1250}, {"1.250,75", 1250.75},
                                                   {"-3", -3}};
  for (const auto& [digits, number] : parsed) {
    INFO('"' << digits << '"');
    CHECK(text::parse_vietnamese_number(digits) == Approx(number));
  }
  for (const char* not_a_number : {"năm", "1,5,5", "1.25.0", "", "12,"}) {
    INFO('"' << not_a_number << '"');
    CHECK_FALSE(text::parse_vietnamese_number(not_a_number));
  }
}

TEST_CASE("totals and ranks match a computation made from the XML alone, ties included", "[scoring]") {
  for (const std::string& name : kScored) {
    INFO(name);
    const model::Event event = load_sample(name);
    const compose::Ranking ranking = compose::rank_units(event);
    const auto expected = independent_ranking(name);
    REQUIRE(ranking.rows.size() == expected.size());
    REQUIRE(ranking.rows.size() == event.units.size());
    bool shared = false;
    for (const compose::UnitResult& row : ranking.rows) {
      INFO(row.unit->id);
      const auto& [total, rank] = expected.at(row.unit->id);
      CHECK(row.total == Approx(total));
      CHECK(row.rank == rank);
      shared = shared || row.shares_rank;
    }
    CHECK(shared);  // each sample holds a tie that stays a shared rank
    for (std::size_t i = 1; i < ranking.rows.size(); ++i) CHECK(ranking.rows[i - 1].rank <= ranking.rows[i].rank);
  }
}

TEST_CASE("the Khánh Hòa review: 98,5 leads, the tie on 95,5 is broken by section I, rewards follow votes",
          "[scoring]") {
  const model::Event event = load_sample("2022-khanh-hoa-khoi-nganh-i");
  const compose::Ranking ranking = compose::rank_units(event);
  REQUIRE(ranking.rows.size() == 6);
  CHECK(ranking.rows[0].unit->id == "cdvc");
  CHECK(text::vietnamese_number(ranking.rows[0].total) == "98,5");
  CHECK(ranking.rows[1].unit->id == "giaoduc");  // 95,5 and 28 on section I
  CHECK(ranking.rows[2].unit->id == "yte");      // 95,5 and 27 on section I
  CHECK(ranking.rows[1].rank == 2);
  CHECK(ranking.rows[2].rank == 3);
  CHECK(ranking.rows[3].rank == 4);
  CHECK(ranking.rows[4].rank == 4);  // Công Thương and Nông nghiệp: 89, 27 on section I each
  REQUIRE(ranking.proposals.size() == 2);
  REQUIRE(ranking.proposals[0].units.size() == 1);
  CHECK(ranking.proposals[0].units[0]->unit->id == "cdvc");
  REQUIRE(ranking.proposals[1].units.size() == 2);
  CHECK(ranking.proposals[1].units[0]->unit->id == "giaoduc");
  CHECK(ranking.proposals[1].units[1]->unit->id == "yte");
  CHECK(compose::ranking_rule(event).find("nội dung I cao hơn xếp trên") != std::string::npos);
}

TEST_CASE("the year-end papers of the scored samples match their golden traces", "[scoring]") {
  for (const std::string& name : kScored) {
    const model::Event event = load_sample(name);
    for (const std::string kind : {"scoresheet", "results", "review", "proposal"}) {
      REQUIRE(documents::find_kind(kind) != nullptr);
      REQUIRE(documents::find_kind(kind)->applies(event));
      testing::check_golden_trace(kind, name, testing::render_document(kind, event).text());
    }
  }
}

TEST_CASE("the totals chart draws one filled bar per unit, its height proportional to the total", "[scoring]") {
  for (const std::string& name : kScored) {
    INFO(name);
    const model::Event event = load_sample(name);
    const compose::Ranking ranking = compose::rank_units(event);
    const std::vector<layout::TraceOp> ops = testing::render_document("results", event).ops();
    std::vector<const layout::TraceOp*> fills;
    for (const layout::TraceOp& op : ops) {
      if (op.kind == layout::TraceOp::Kind::fill) fills.push_back(&op);
    }
    // The totals chart comes first: one bar per unit in rank order, all on one baseline.
    REQUIRE(fills.size() >= ranking.rows.size());
    const double ratio = fills[0]->y2 / ranking.rows[0].total;
    for (std::size_t i = 0; i < ranking.rows.size(); ++i) {
      CHECK(fills[i]->y == Approx(fills[0]->y));
      CHECK(fills[i]->y2 == Approx(ranking.rows[i].total * ratio).margin(0.02));
    }
    // Every value is real text beside its bar.
    for (const compose::UnitResult& row : ranking.rows) {
      const std::string value = text::vietnamese_number(row.total);
      CHECK(std::any_of(ops.begin(), ops.end(), [&](const layout::TraceOp& op) {
        return op.kind == layout::TraceOp::Kind::text && op.text == value;
      }));
    }
  }
}

TEST_CASE("the Kiên Giang results chart the targets against what each cluster achieved", "[scoring]") {
  const model::Event event = load_sample("2022-kien-giang-chien-dich-sang-kien");
  const std::vector<compose::TargetResult> targets = compose::target_results(event);
  REQUIRE(targets.size() == 4);
  CHECK(targets[0].target == 850);
  CHECK(targets[0].achieved == 912);
  CHECK(targets[3].target == 150);
  const std::vector<layout::TraceOp> ops = testing::render_document("results", event).ops();
  std::vector<const layout::TraceOp*> fills;
  for (const layout::TraceOp& op : ops) {
    if (op.kind == layout::TraceOp::Kind::fill) fills.push_back(&op);
  }
  // 4 totals, then a pair (target, achieved) per cluster, plus the two legend swatches.
  REQUIRE(fills.size() == 4 + 2 + 8);
  const std::vector<const layout::TraceOp*> pairs(fills.end() - 8, fills.end());
  const double ratio = pairs[0]->y2 / 850;
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(pairs[2 * i]->y2 == Approx(targets[i].target * ratio).margin(0.02));
    CHECK(pairs[2 * i + 1]->y2 == Approx(targets[i].achieved * ratio).margin(0.02));
    CHECK(pairs[2 * i]->size != pairs[2 * i + 1]->size);  // two greys: the series stay apart in print
  }
}

TEST_CASE("the score sheet: one page set per unit, one for --unit, a blank one for --blank", "[scoring]") {
  const model::Event event = load_sample("2022-khanh-hoa-khoi-nganh-i");
  CHECK(compose::scoresheet_units(event, "", false).size() == 6);
  CHECK(compose::scoresheet_units(event, "yte", false).size() == 1);
  CHECK(compose::scoresheet_units(event, "", true).empty());
  layout::TraceCanvas canvas;
  Diagnostics diags;
  documents::render(testing::toolbox(), *documents::find_kind("scoresheet"), event, {{"unit", "yte"}}, canvas, diags);
  std::string all;
  for (const layout::TraceOp& op : canvas.ops()) {
    if (op.kind == layout::TraceOp::Kind::text) all += op.text + " ";
  }
  CHECK(all.find("BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2022") != std::string::npos);
  CHECK(all.find("Công đoàn ngành Y tế tỉnh Khánh Hòa") != std::string::npos);
  CHECK(all.find("Giáo dục tỉnh Khánh Hòa") == std::string::npos);
  CHECK(all.find("Tự chấm") != std::string::npos);
  CHECK(all.find("Khối chấm") != std::string::npos);
  const documents::DocumentKind& kind = *documents::find_kind("scoresheet");
  CHECK(documents::check_values(kind, event, {{"unit", "khong-co"}}).has_value());
}

TEST_CASE("axis ticks are round steps from 0 past the top", "[scoring]") {
  CHECK(compose::axis_ticks(105) == std::vector<double>{0, 25, 50, 75, 100, 125});
  CHECK(compose::axis_ticks(100) == std::vector<double>{0, 20, 40, 60, 80, 100});
  CHECK(compose::axis_ticks(912) == std::vector<double>{0, 200, 400, 600, 800, 1000});
}

TEST_CASE("the review's article holds its chart as valid inline SVG, bars proportional to the totals, and a table",
          "[scoring]") {
  for (const std::string& name : kScored) {
    INFO(name);
    const model::Event event = load_sample(name);
    Diagnostics diags;
    const documents::HtmlPage page =
        documents::html_page(testing::toolbox(), *documents::find_kind("article"), event, {}, diags);
    REQUIRE_FALSE(diags.has_errors());
    const std::size_t from = page.html.find("<svg");
    const std::size_t to = page.html.find("</svg>");
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    pugi::xml_document svg;
    REQUIRE(svg.load_string(page.html.substr(from, to + 6 - from).c_str()));  // well-formed XML
    const pugi::xml_node root = svg.child("svg");
    CHECK(std::string(root.attribute("role").value()) == "img");
    CHECK_FALSE(std::string(root.child("title").text().get()).empty());
    const compose::Ranking ranking = compose::rank_units(event);
    std::vector<double> widths;
    for (pugi::xml_node rect : root.children("rect")) widths.push_back(rect.attribute("width").as_double());
    REQUIRE(widths.size() == ranking.rows.size());
    const double ratio = widths[0] / ranking.rows[0].total;
    for (std::size_t i = 0; i < widths.size(); ++i) CHECK(widths[i] == Approx(ranking.rows[i].total * ratio).margin(0.1));
    // The same figures as a plain table, and the reports' wording.
    CHECK(page.html.find("<caption>Kết quả chấm điểm, xếp hạng thi đua năm 2022</caption>") != std::string::npos);
    const std::string leader = ranking.rows[0].unit->name;
    CHECK(page.html.find(leader + (ranking.rows[1].rank == 1 ? "" : " dẫn đầu")) != std::string::npos);
    CHECK(page.html.find("với " + text::vietnamese_number(ranking.rows[0].total) + " điểm") != std::string::npos);
  }
}

TEST_CASE("scores from a spreadsheet (units × sections, by name, Vietnamese headers) rank as the same scores in XML",
          "[scoring]") {
  const fs::path dir = fs::temp_directory_path() / "thidua-scores-table-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::create_directory_symlink(fs::path(repo) / "samples/photos", dir / "photos");  // the logo and photos
  std::string xml = io_text(repo + "/samples/2022-khanh-hoa-khoi-nganh-i.xml");
  // The same review with its scores moved to a CSV file as Excel writes it in Vietnamese (';').
  const std::size_t from = xml.find("    <scores unit=\"cdvc\"");
  const std::size_t to = xml.find("  </results>");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  xml.erase(from, to - from);
  const std::string tag = "<results date=\"2022-12-16\" voters=\"6\" tie=\"I\"";
  REQUIRE(xml.find(tag) != std::string::npos);
  xml.replace(xml.find(tag), tag.size(), tag + " file=\"diem.csv\"");
  {
    std::ofstream csv(dir / "diem.csv", std::ios::binary);
    csv << "STT;Đơn vị;I;II;III;IV;Điểm thưởng;Điểm trừ;Số phiếu\n"
           "1;Công đoàn Viên chức;29,5;24;24;19;2;;6\n"
           "2;Công đoàn ngành Giáo dục;28;24;23,5;19;1;;5\n"
           "3;yte;27;24;24;19;1,5;;4\n"
           "4;Công đoàn ngành Công Thương;27;23;22;18;;1;2\n"
           "5;Công đoàn ngành Nông nghiệp và PTNT;27;22;22;18;;;2\n"
           "6;Công đoàn ngành Giao thông vận tải;25;22;21.5;17,5;;;1\n";
  }
  Diagnostics diags;
  const auto from_table = load::load_event_from_string(xml, "diem/su-kien.xml", dir.string(), diags);
  INFO([&] {
    std::ostringstream out;
    diags.print(out);
    return out.str();
  }());
  REQUIRE(from_table.has_value());
  REQUIRE_FALSE(diags.has_errors());
  const model::Event sample = load_sample("2022-khanh-hoa-khoi-nganh-i");
  const compose::Ranking expected = compose::rank_units(sample);  // points into `sample`
  const compose::Ranking actual = compose::rank_units(*from_table);
  REQUIRE(actual.rows.size() == expected.rows.size());
  for (std::size_t i = 0; i < actual.rows.size(); ++i) {
    CHECK(actual.rows[i].unit->id == expected.rows[i].unit->id);
    CHECK(actual.rows[i].total == Approx(expected.rows[i].total));
    CHECK(actual.rows[i].rank == expected.rows[i].rank);
    CHECK(actual.rows[i].votes == expected.rows[i].votes);
  }
  // A score above its maximum in the sheet is located at its row and column.
  {
    std::ofstream csv(dir / "diem.csv", std::ios::binary);
    csv << "Đơn vị;I;II;III;IV\ncdvc;31;24;24;19\n";
  }
  const i18n::ScopedLanguage english(i18n::Language::english);
  Diagnostics bad;
  (void)load::load_event_from_string(xml, "diem/su-kien.xml", dir.string(), bad);
  std::ostringstream out;
  bad.print(out);
  CHECK(out.str().find("diem.csv:2:6: error: score 31 is above the criterion's maximum of 30 points") !=
        std::string::npos);
  fs::remove_all(dir);
}
