// Layout-level tests of the attendance list and the letters, read back from the drawing trace:
// the header row on every page, no row split, the signing room, one page per letter.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compose/attendance.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "compose/invitations.h"
#include "layout/trace_canvas.h"
#include "load/load_event.h"
#include "support.h"

namespace {

using thidua::testing::load_sample;

using namespace thidua;
using layout::TraceOp;

constexpr double kTenMm = 10 * markup::points_per_mm;  // 28.35 pt

// The attendance list through the registry, with the options as the composer takes them.
int render_attendance(const model::Event& event, const compose::AttendanceOptions& options, layout::Canvas& canvas,
                      Diagnostics& diags) {
  documents::OptionValues values{{"sort", options.order == compose::AttendanceOrder::name ? "name" : "order"}};
  if (options.landscape) values["landscape"] = "1";
  return documents::render(testing::toolbox(), *documents::find_kind("attendance"), event, values, canvas, diags);
}

// The invitation letters through the registry: to every guest, or to `guest_id` only.
int render_invitations(const model::Event& event, const std::string& guest_id, layout::Canvas& canvas,
                       Diagnostics& diags) {
  documents::OptionValues values;
  if (!guest_id.empty()) values["guest"] = guest_id;
  return documents::render(testing::toolbox(), *documents::find_kind("invitations"), event, values, canvas, diags);
}

model::Event load_xml(const std::string& xml) { return testing::load_event_text(xml, "test.xml"); }

const char* const kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi"};
const char* const kMiddle[] = {"Văn", "Thị", "Hoàng Thị Phương", "Ngọc", "Đức Minh"};
const char* const kGiven[] = {"An", "Bình", "Châu", "Dũng", "Đông", "Hạnh", "Khánh", "Yến"};

// A distinct name for every i below 320; some are long enough to wrap in their cell.
std::string person(int i) {
  return std::string(kFamily[i % 8]) + " " + kMiddle[(i / 8) % 5] + " " + kGiven[(i / 40) % 8];
}

std::string title(int i) {
  if (i % 3 == 0) {
    return "Phó Chủ tịch Công đoàn, kiêm Trưởng ban Nữ công và phụ trách công tác thi đua, khen thưởng";
  }
  return i % 3 == 1 ? "Chủ tịch Công đoàn" : "Ủy viên Ban Chấp hành";
}

// An event with three guests and `people` delegates over three units and an organisation.
model::Event crowd(int people) {
  std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<event id="dong-nguoi" kind="agreement" year="2022">
  <upper name="Liên đoàn Lao động tỉnh Khánh Hòa" short="LĐLĐ tỉnh" parent="Tổng Liên đoàn Lao động Việt Nam"/>
  <bloc kind="khoi" name="Công đoàn Ngành I"/>
  <date>2022-02-16</date>
  <time>08:00</time>
  <place province="Khánh Hòa">Cơ quan Liên đoàn Lao động tỉnh Khánh Hòa</place>
  <units>
    <unit id="u1" short="Công đoàn Viên chức" name="Công đoàn Viên chức tỉnh Khánh Hòa" role="leader"/>
    <unit id="u2" short="Công đoàn ngành Nông nghiệp và PTNT" name="Công đoàn ngành Nông nghiệp và Phát triển nông thôn tỉnh Khánh Hòa" role="deputy"/>
    <unit id="u3" short="Công đoàn ngành Y tế" name="Công đoàn ngành Y tế tỉnh Khánh Hòa"/>
  </units>
  <guests>
    <guest id="a" name="Phạm Văn Dự" title="Trưởng Ban Tổ chức LĐLĐ tỉnh"/>
    <guest id="b" name="Bùi Đăng Thành" title="Phó Chủ tịch LĐLĐ tỉnh" role="director"/>
    <guest id="c" name="Hồ Văn Chủ" title="Chủ tịch LĐLĐ tỉnh" role="chair"/>
  </guests>
  <attendees>
)";
  for (int i = 0; i < people; ++i) {
    const std::string where = i % 4 == 3 ? R"(organisation="Báo Khánh Hòa")" : "unit=\"u" + std::to_string(i % 4 + 1) + "\"";
    xml += "    <attendee name=\"" + person(i) + "\" title=\"" + title(i) + "\" " + where +
           (i % 5 == 0 ? " note=\"Dự cả ngày\"" : "") + "/>\n";
  }
  xml += "  </attendees>\n</event>\n";
  return load_xml(xml);
}

// One table row read back from the trace: its cells' text by column, its height and page.
struct Band {
  int page = 0;
  double height = 0;
  std::vector<std::string> cells;  // lines of a cell joined by spaces; one entry for a spanning row
  bool bold = false;               // the first text is bold
};

bool near(double a, double b) { return std::fabs(a - b) < 0.01; }

// Reads the table rows of every page: horizontal rules at least `min_rule` long bound the rows,
// the vertical rules of the page's first row give the columns.
std::vector<Band> table_rows(const std::vector<TraceOp>& ops, double min_rule) {
  std::map<int, std::vector<const TraceOp*>> by_page;
  for (const TraceOp& op : ops) {
    if (op.kind != TraceOp::Kind::page) by_page[op.page].push_back(&op);
  }
  std::vector<Band> bands;
  for (const auto& [page, page_ops] : by_page) {
    std::vector<double> rules;
    for (const TraceOp* op : page_ops) {
      if (op->kind == TraceOp::Kind::line && near(op->y, op->y2) && std::fabs(op->x2 - op->x) >= min_rule) rules.push_back(op->y);
    }
    std::sort(rules.begin(), rules.end(), std::greater<>());
    rules.erase(std::unique(rules.begin(), rules.end(), near), rules.end());
    for (std::size_t r = 0; r + 1 < rules.size(); ++r) {
      const double top = rules[r];
      const double bottom = rules[r + 1];
      std::vector<double> edges;
      for (const TraceOp* op : page_ops) {
        const bool vertical = op->kind == TraceOp::Kind::line && near(op->x, op->x2);
        if (vertical && std::min(op->y, op->y2) < top - 0.5 && std::max(op->y, op->y2) > bottom + 0.5) edges.push_back(op->x);
      }
      std::sort(edges.begin(), edges.end());
      edges.erase(std::unique(edges.begin(), edges.end(), near), edges.end());
      Band band;
      band.page = page;
      band.height = top - bottom;
      band.cells.assign(edges.size() > 1 ? edges.size() - 1 : 1, "");
      bool first_text = true;
      for (const TraceOp* op : page_ops) {
        if (op->kind != TraceOp::Kind::text || op->y >= top || op->y <= bottom) continue;
        if (first_text) band.bold = op->style == layout::FontStyle::bold;
        first_text = false;
        std::size_t column = 0;
        while (column + 2 < edges.size() && op->x >= edges[column + 1]) ++column;
        std::string& cell = band.cells[column];
        cell += (cell.empty() ? "" : " ") + op->text;
      }
      bands.push_back(band);
    }
  }
  return bands;
}

std::string page_text(const std::vector<TraceOp>& ops, int page) {
  std::string text;
  for (const TraceOp& op : ops) {
    if (op.kind == TraceOp::Kind::text && op.page == page) text += (text.empty() ? "" : " ") + op.text;
  }
  return text;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// Checks the trace of an attendance list against its composed rows, band by band.
void check_attendance(const model::Event& event, const compose::AttendanceOptions& options) {
  layout::TraceCanvas trace;
  Diagnostics diags;
  const int pages = render_attendance(event, options, trace, diags);
  REQUIRE(pages == trace.pages());
  REQUIRE(pages >= 3);  // long enough to show what happens at page breaks
  const compose::Data data = compose::attendance_data(event, options);
  const auto& rows = data.get("rows")->list_value();

  const std::vector<Band> bands = table_rows(trace.ops(), 400);
  const std::vector<std::string> head = {"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ký tên", "Ghi chú"};
  std::size_t next = 0;
  int page = 0;
  for (const Band& band : bands) {
    if (band.page != page) {
      // The header row repeats first on every page.
      page = band.page;
      INFO("page " << page);
      CHECK(band.cells == head);
      CHECK(band.bold);
      continue;
    }
    REQUIRE(next < rows.size());
    const compose::Data& row = rows[next++];
    INFO("page " << page << ", row " << next);
    if (row.get("is_group")->is_true()) {
      REQUIRE(band.cells.size() == 1);
      CHECK(band.cells[0] == row.get("heading")->string_value());
      CHECK(band.bold);
      continue;
    }
    // Each cell holds the whole of its text (a row split across pages would leave part of it
    // behind), and the row leaves room to sign.
    REQUIRE(band.cells.size() == 6);
    CHECK(band.cells[0] == row.get("number")->string_value());
    CHECK(band.cells[1] == row.get("name")->string_value());
    CHECK(band.cells[2] == row.get("title")->string_value());
    CHECK(band.cells[3] == row.get("unit")->string_value());
    CHECK(band.cells[4].empty());
    CHECK(band.cells[5] == row.get("note")->string_value());
    CHECK(band.height >= kTenMm - 0.01);
  }
  CHECK(page == pages);
  CHECK(next == rows.size());
  CHECK(page_text(trace.ops(), pages).find(data.get("total")->string_value()) != std::string::npos);
  CHECK(diags.all().empty());
}

}  // namespace

TEST_CASE("attendance: the header row on every page, whole rows, room to sign", "[paperwork][trace]") {
  const model::Event event = crowd(150);
  SECTION("protocol order, portrait") { check_attendance(event, {}); }
  SECTION("name order, landscape") {
    compose::AttendanceOptions options;
    options.order = compose::AttendanceOrder::name;
    options.landscape = true;
    check_attendance(event, options);
  }
}

TEST_CASE("attendance: landscape pages are wider than tall, page numbers from page 2", "[paperwork][trace]") {
  const model::Event event = crowd(60);
  compose::AttendanceOptions options;
  options.landscape = true;
  layout::TraceCanvas trace;
  Diagnostics diags;
  const int pages = render_attendance(event, options, trace, diags);
  REQUIRE(pages >= 2);
  for (const TraceOp& op : trace.ops()) {
    if (op.kind == TraceOp::Kind::page) CHECK(op.x2 > op.y2);
  }
  CHECK(page_text(trace.ops(), 1).find("DANH SÁCH ĐẠI BIỂU") != std::string::npos);
  // "2" alone, at the top of page 2, and no number on page 1.
  bool numbered = false;
  for (const TraceOp& op : trace.ops()) {
    if (op.kind == TraceOp::Kind::text && op.page == 2 && op.text == "2" && op.y > 595.0 - 57) numbered = true;
    if (op.kind == TraceOp::Kind::text && op.page == 1) CHECK_FALSE((op.text == "1" && op.y > 595.0 - 57));
  }
  CHECK(numbered);
}

TEST_CASE("attendance of the samples: every row whole and in order", "[paperwork][trace]") {
  for (const char* file : {"2022-khanh-hoa-khoi-nganh-i.xml", "2020-soc-trang-cum-3.xml"}) {
    INFO(file);
    const model::Event event = load_sample(file);
    layout::TraceCanvas trace;
    Diagnostics diags;
    render_attendance(event, {}, trace, diags);
    const compose::AttendanceList list = compose::attendance_list(event, compose::AttendanceOrder::protocol);
    std::vector<std::string> expected;
    for (const auto& group : list.groups) {
      for (const auto& row : group.rows) expected.push_back(row.name);
    }
    std::vector<std::string> drawn;
    for (const Band& band : table_rows(trace.ops(), 400)) {
      if (band.cells.size() == 6 && band.cells[0] != "STT") drawn.push_back(band.cells[1]);
    }
    CHECK(drawn == expected);
  }
}

TEST_CASE("invitations: one page per letter, in guest order, for every sample with guests", "[paperwork][trace]") {
  for (const char* file : {"2022-khanh-hoa-khoi-nganh-i.xml", "2020-soc-trang-cum-3.xml",
                           "2022-kien-giang-chien-dich-sang-kien.xml", "2023-cdvc-viet-nam-khoi-ii.xml"}) {
    INFO(file);
    const model::Event event = load_sample(file);
    const auto guests = compose::event_letters(event, "", "");
    layout::TraceCanvas trace;
    Diagnostics diags;
    const int pages = render_invitations(event, "", trace, diags);
    CHECK(pages == static_cast<int>(guests.size()));
    CHECK(diags.all().empty());
    for (int page = 1; page <= pages; ++page) {
      const std::string text = page_text(trace.ops(), page);
      INFO("page " << page << ": " << text);
      CHECK(count(text, "GIẤY MỜI") == 1);
      CHECK(count(text, guests[static_cast<std::size_t>(page - 1)].to) == 1);
      CHECK(count(text, "Kính gửi:") == 1);
      CHECK(count(text, compose::invitation_purpose(event)) == 1);
    }
    int images = 0;
    for (const TraceOp& op : trace.ops()) images += op.kind == TraceOp::Kind::image ? 1 : 0;
    CHECK(images == pages);  // every sample has a logo
  }
}

TEST_CASE("invitations: long titles and places still fit one page each", "[paperwork][trace]") {
  std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<event id="thu-nghiem" kind="agreement" year="2023" >
  <upper name="Công đoàn Viên chức Việt Nam" parent="Tổng Liên đoàn Lao động Việt Nam"/>
  <bloc kind="khoi" name="II" full="Khối thi đua II Công đoàn Viên chức Việt Nam"/>
  <name>Hội nghị triển khai công tác năm 2023, tổng kết phong trào thi đua năm 2022 và ký kết giao ước thi đua năm 2023 của các công đoàn cơ quan trung ương</name>
  <date>2023-02-17</date>
  <time>08:30</time>
  <place province="Hà Nội">Hội trường tầng 2, Trụ sở Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, số 62 Bà Triệu, phường Trần Hưng Đạo, quận Hoàn Kiếm, thành phố Hà Nội</place>
  <units>
    <unit id="u1" name="Công đoàn Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội" role="leader">
      <signatory name="Tôn Nữ Hoàng Thị Phương Uyên" title="Phó Chủ tịch Thường trực" authority="KT. CHỦ TỊCH"/>
    </unit>
  </units>
  <guests>
)";
  for (int i = 0; i < 40; ++i) {
    xml += "    <guest id=\"g" + std::to_string(i) + "\" name=\"" + person(i * 7) + "\" title=\"Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Phó Chủ tịch Thường trực Công đoàn Viên chức Việt Nam, Trưởng Ban Chỉ đạo phong trào thi đua số " + std::to_string(i + 1) + "\"/>\n";
  }
  xml += "  </guests>\n</event>\n";
  const model::Event event = load_xml(xml);
  const auto guests = compose::event_letters(event, "", "");
  layout::TraceCanvas trace;
  Diagnostics diags;
  const int pages = render_invitations(event, "", trace, diags);
  CHECK(pages == 40);
  CHECK(diags.all().empty());
  for (int page = 1; page <= pages; ++page) {
    const std::string text = page_text(trace.ops(), page);
    INFO("page " << page);
    CHECK(count(text, guests[static_cast<std::size_t>(page - 1)].to) == 1);
    CHECK(count(text, "Tôn Nữ Hoàng Thị Phương Uyên") == 1);  // the signature ends the page
  }
}

TEST_CASE("invitations: --guest writes one letter; no guests is an error", "[paperwork][trace]") {
  const model::Event event = load_sample("2023-cdvc-viet-nam-khoi-ii.xml");
  layout::TraceCanvas trace;
  Diagnostics diags;
  CHECK(render_invitations(event, "luong", trace, diags) == 1);
  CHECK(page_text(trace.ops(), 1).find("Nguyễn Ngọc Lương") != std::string::npos);
  layout::TraceCanvas none;
  const model::Event movement = load_sample("2012-van-phong-ubnd-phat-dong.xml");
  CHECK_THROWS_AS(render_invitations(movement, "", none, diags), Failure);
  CHECK(none.pages() == 0);
}
