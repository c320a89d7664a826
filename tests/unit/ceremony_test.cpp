// The ceremony's papers: programme, MC's script and minutes — golden traces, protocol order, signing order.
#include <catch2/catch.hpp>

#include <filesystem>

#include "compose/ceremony.h"
#include "documents/pipeline.h"
#include "golden.h"
#include "documents/registry.h"
#include "layout/trace_canvas.h"
#include "load/load_event.h"
#include "support.h"

using namespace thidua;

namespace {

using testing::load_sample;
using testing::render_document;

const std::vector<std::string> kSamples = {"2012-van-phong-ubnd-phat-dong", "2020-soc-trang-cum-3",
                                           "2022-khanh-hoa-khoi-nganh-i", "2022-kien-giang-chien-dich-sang-kien",
                                           "2023-cdvc-viet-nam-khoi-ii"};

// All the text lines of a trace joined by spaces, so that a name broken across lines is found.
std::string joined_text(const std::string& kind, const model::Event& event) {
  layout::TraceCanvas canvas;
  Diagnostics diags;
  documents::render(testing::toolbox(), *documents::find_kind(kind), event, {}, canvas, diags);
  std::string all;
  for (const layout::TraceOp& op : canvas.ops()) {
    if (op.kind == layout::TraceOp::Kind::text) all += op.text + " ";
  }
  return all;
}

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the ceremony's papers of every sample they apply to match their golden traces", "[ceremony]") {
  for (const std::string& name : kSamples) {
    const model::Event event = load_sample(name);
    for (const std::string kind : {"programme", "script", "minutes"}) {
      if (!documents::find_kind(kind)->applies(event)) continue;
      testing::check_golden_trace(kind, name, render_document(kind, event).text());
    }
  }
}

TEST_CASE("the script introduces every guest once, in protocol order, the members' own officers last", "[ceremony]") {
  for (const std::string& name : kSamples) {
    const model::Event event = load_sample(name);
    if (event.guests.empty()) continue;
    const std::string text = joined_text("script", event);
    const std::size_t from = text.find("xin trân trọng giới thiệu");
    const std::size_t to = text.find("Xin nhiệt liệt chào mừng");
    INFO(name);
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    const std::string introductions = text.substr(from, to - from);
    // Protocol order computed here from the roles, not by the code under test: the guests from
    // outside first (chair, director, attending), then those who stand for a member unit.
    std::vector<const model::Guest*> expected;
    for (bool member : {false, true}) {
      for (model::GuestRole role : {model::GuestRole::chair, model::GuestRole::director, model::GuestRole::attending}) {
        for (const model::Guest& guest : event.guests) {
          if (guest.role == role && guest.unit_id.empty() != member) expected.push_back(&guest);
        }
      }
    }
    std::size_t last = 0;
    for (const model::Guest* guest : expected) {
      INFO(guest->name);
      CHECK(count_of(introductions, guest->name) == 1);
      const std::size_t at = introductions.find(guest->name);
      CHECK(at >= last);
      last = at;
    }
  }
}

TEST_CASE("the script calls every unit to sign, the leader first, then in the bloc's order, with its signatory",
          "[ceremony]") {
  for (const std::string& name : kSamples) {
    const model::Event event = load_sample(name);
    if (event.units.empty() || event.kind == model::EventKind::movement) continue;
    const std::string text = joined_text("script", event);
    const std::size_t from = text.find("lên ký kết giao ước thi đua:");
    INFO(name);
    REQUIRE(from != std::string::npos);
    const std::string signing = text.substr(from);
    const model::Unit* leader = event.leader();
    std::vector<const model::Unit*> expected;
    if (leader != nullptr) expected.push_back(leader);
    for (const model::Unit& unit : event.units) {
      if (&unit != leader) expected.push_back(&unit);
    }
    std::size_t last = 0;
    int number = 0;
    for (const model::Unit* unit : expected) {
      INFO(unit->name);
      const std::string entry = std::to_string(++number) + ". " + unit->name;
      const std::size_t at = signing.find(entry);
      REQUIRE(at != std::string::npos);
      CHECK(at >= last);
      last = at;
      if (unit->signatory && !unit->signatory->name.empty()) {
        CHECK(signing.find(unit->signatory->name, at) != std::string::npos);
      }
    }
  }
}

TEST_CASE("the usual programme prints only the time the event gives", "[ceremony]") {
  const model::Event event = load_sample("2020-soc-trang-cum-3");
  const std::vector<compose::ProgrammeLine> lines = compose::programme_lines(event);
  REQUIRE(lines.size() >= 6);
  CHECK(lines.front().time == "08 giờ 00");
  for (std::size_t i = 1; i < lines.size(); ++i) CHECK(lines[i].time.empty());
  CHECK(lines.front().title == "Tuyên bố lý do, giới thiệu đại biểu");
  CHECK(lines[1].title == "Thông qua chương trình buổi lễ");
  CHECK(lines.back().title == "Bế mạc buổi lễ");
  bool signing = false;
  for (const compose::ProgrammeLine& line : lines) signing = signing || line.is_signing;
  CHECK(signing);
}

TEST_CASE("the minutes count the units present and leave dots for what the event does not say", "[ceremony]") {
  const model::Event event = load_sample("2020-soc-trang-cum-3");
  const std::string text = joined_text("minutes", event);
  REQUIRE(event.minutes.has_value());
  const std::size_t absent = event.minutes->absent_units.size();
  CHECK(text.find("Có mặt " + std::to_string(event.units.size() - absent) + "/" +
                  std::to_string(event.units.size()) + " đơn vị") != std::string::npos);
  CHECK(text.find("THƯ KÝ") != std::string::npos);
  CHECK(text.find("CHỦ TRÌ") != std::string::npos);
  CHECK(text.find(event.minutes->chair.name) != std::string::npos);

  model::Event unknown = event;
  unknown.minutes = model::Minutes{};
  const std::string blank = joined_text("minutes", unknown);
  CHECK(blank.find("kết thúc vào lúc …………… giờ ……………") != std::string::npos);
}

TEST_CASE("a programme step names who leads it once, and only guests and units the event has", "[ceremony]") {
  const std::string xml = R"(<event id="x" kind="agreement" year="2024">
  <upper name="Liên đoàn Lao động tỉnh Nam Định"/>
  <bloc kind="khoi" name="Khối thi đua các Công đoàn ngành"/>
  <date>2024-03-05</date>
  <place province="Nam Định">Hội trường LĐLĐ tỉnh</place>
  <units><unit id="yt" name="Công đoàn ngành Y tế" role="leader"/><unit id="gd" name="Công đoàn ngành Giáo dục"/></units>
  <programme>
    <step time="08:00" unit="yt" by="Ban Tổ chức">Khai mạc</step>
    <step guest="nobody">Phát biểu chỉ đạo</step>
  </programme>
</event>)";
  const std::string all = testing::load_messages(xml);
  INFO(all);
  std::size_t errors = 0;
  for (std::size_t at = all.find(": error: "); at != std::string::npos; at = all.find(": error: ", at + 1)) ++errors;
  CHECK(errors == 2);
}
