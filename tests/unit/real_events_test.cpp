// Events of blocs the five samples do not show (tests/events): the composed sentences, as a
// Vietnamese reader checked them, and every document each event allows, rendered without an error.
#include <catch2/catch.hpp>
#include <algorithm>
#include <optional>
#include <string>

#include "compose/article.h"
#include "compose/invitations.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "layout/trace_canvas.h"
#include "load/load_event.h"

namespace {

using namespace thidua;

const tmpl::TemplateSet& templates() {
  static Diagnostics diags;
  static const tmpl::TemplateSet set = tmpl::TemplateSet::load(std::string(THIDUA_SOURCE_DIR) + "/templates", diags);
  return set;
}

const documents::Toolbox& tools() {
  static const documents::Toolbox toolbox("", "");
  return toolbox;
}

model::Event load_real_event(const std::string& file) {
  Diagnostics diags;
  std::optional<model::Event> event = load::load_event(std::string(THIDUA_TEST_DIR) + "/events/" + file, diags);
  std::string messages;
  for (const Diagnostic& d : diags.all()) messages += d.format() + "\n";
  INFO(file << "\n" << messages);
  REQUIRE(event.has_value());
  return *event;
}

compose::ArticleSentences sentences(const model::Event& event) {
  Diagnostics diags;
  compose::ArticleSentences out = compose::compose_sentences(event, templates(), diags);
  CHECK_FALSE(diags.has_errors());
  return out;
}

// Every document kind the event allows, rendered to a trace: no error, at least one page.
void render_all(const model::Event& event) {
  for (const documents::DocumentKind& kind : documents::registry()) {
    if (!kind.applies(event)) continue;
    if (std::find(kind.outputs.begin(), kind.outputs.end(), documents::Output::pdf) == kind.outputs.end()) continue;
    INFO(event.source_file << ": " << kind.name);
    layout::TraceCanvas trace;
    Diagnostics diags;
    const int pages = documents::render(tools(), kind, event, {}, trace, diags);
    std::string messages;
    for (const Diagnostic& d : diags.all()) messages += d.format() + "\n";
    INFO(messages);
    CHECK_FALSE(diags.has_errors());
    CHECK(pages >= 1);
  }
}

}  // namespace

TEST_CASE("district LĐLĐs: bodies that are unions get no 'Công đoàn' before them", "[realevents]") {
  const model::Event event = load_real_event("cum-ldld-huyen-nghe-an.xml");
  const compose::ArticleSentences s = sentences(event);
  CHECK(s.lead == "Sáng 12/03/2024, tại Hội trường Liên đoàn Lao động huyện Diễn Châu, Cụm thi đua số 2 đã tổ chức "
                  "Hội nghị ký kết giao ước thi đua năm 2024.");
  CHECK(s.members == "Cụm thi đua số 2 có 4 cơ quan, đơn vị, bao gồm: LĐLĐ huyện Diễn Châu, LĐLĐ huyện Yên Thành, "
                     "LĐLĐ huyện Quỳnh Lưu, LĐLĐ thị xã Hoàng Mai. Năm 2024 Cụm trưởng cụm thi đua là LĐLĐ huyện "
                     "Diễn Châu, Cụm phó là LĐLĐ huyện Yên Thành.");
  render_all(event);
}

TEST_CASE("hospitals: only 'Chiều' known, no guests, so each member unit is invited", "[realevents]") {
  const model::Event event = load_real_event("khoi-benh-vien-nam-dinh.xml");
  const compose::ArticleSentences s = sentences(event);
  CHECK(s.lead.starts_with("Chiều 05/03/2024, tại Hội trường Bệnh viện Đa khoa tỉnh Nam Định,"));
  CHECK(s.members.starts_with("Khối thi đua các bệnh viện tuyến tỉnh có 4 công đoàn cơ sở, bao gồm: "));
  CHECK(s.signing == "Tại hội nghị đã diễn ra lễ ký kết giao ước thi đua của 4 công đoàn cơ sở trong khối.");
  CHECK(compose::invitation_time(event) == "Vào lúc … giờ …, chiều Thứ Ba, ngày 05 tháng 3 năm 2024");
  const std::vector<compose::Letter> letters = compose::event_letters(event, "", "");
  REQUIRE(letters.size() == 3);
  CHECK(letters[0].to == "Kính gửi: Ban Chấp hành Công đoàn Bệnh viện Phụ sản tỉnh Nam Định");
  render_all(event);
}

TEST_CASE("a district's school unions, only counted: the count, never a partial list", "[realevents]") {
  const model::Event event = load_real_event("phat-dong-truong-hoc-hai-hau.xml");
  const compose::ArticleSentences s = sentences(event);
  CHECK(s.lead == "Chiều 20/09/2024, tại Trường THCS Thị trấn Yên Định, Công đoàn Giáo dục huyện Hải Hậu phát động "
                  "phong trào thi đua năm 2024.");
  CHECK(s.members == "Tham gia phong trào có 32 công đoàn trường học.");
  CHECK(s.signing.empty());
  render_all(event);
}

TEST_CASE("company unions: signatories not known by name leave the dotted line", "[realevents]") {
  const model::Event event = load_real_event("khoi-doanh-nghiep-binh-duong.xml");
  CHECK(event.units[1].signatory->name.empty());
  CHECK(event.units[1].signatory->title == "Chủ tịch");
  CHECK(event.units[2].signatory->title.empty());
  const documents::DocumentKind& agreement = *documents::find_kind("agreement");
  layout::TraceCanvas trace;
  Diagnostics diags;
  REQUIRE(documents::render(tools(), agreement, event, {}, trace, diags) >= 1);
  int dotted = 0;
  for (const layout::TraceOp& op : trace.ops()) {
    if (op.text == compose::kBlankName) ++dotted;
  }
  CHECK(dotted == 2);
  render_all(event);
}

TEST_CASE("provincial departments: 'Công đoàn' before a department's short name only", "[realevents]") {
  const model::Event event = load_real_event("khoi-so-nganh-ba-ria-vung-tau.xml");
  const compose::ArticleSentences s = sentences(event);
  CHECK(s.members == "Khối thi đua các sở, ban, ngành tỉnh có 4 cơ quan, đơn vị, bao gồm: Sở Kế hoạch và Đầu tư, "
                     "Sở Tài nguyên và Môi trường, Sở Lao động - Thương binh và Xã hội, Ban Dân tộc. Năm 2024 Khối "
                     "trưởng khối thi đua là Công đoàn Sở Kế hoạch và Đầu tư, Khối phó là Công đoàn Sở Tài nguyên và "
                     "Môi trường.");
  render_all(event);
}

TEST_CASE("an industry union's clusters in a campaign: parties named as the event calls them", "[realevents]") {
  const model::Event event = load_real_event("cum-cong-thuong-chien-dich.xml");
  const compose::ArticleSentences s = sentences(event);
  CHECK(s.members == "Tham gia giao ước thi đua có 3 cụm thi đua: Cụm I, Cụm II, Cụm III.");
  CHECK(s.signing == "Tại hội nghị đã diễn ra lễ ký kết giao ước thi đua của 3 cụm thi đua.");
  // The news writes "đ/c"; a letter never does.
  CHECK(s.guests.find("đ/c Trần Thị Thu") != std::string::npos);
  const std::vector<compose::Letter> letters = compose::event_letters(event, "", "");
  REQUIRE(letters.size() == 2);
  CHECK(letters[0].to == "Kính gửi: Đồng chí Trần Thị Thu - Phó Chủ tịch LĐLĐ tỉnh");
  CHECK(letters[0].invite == "Trân trọng kính mời đồng chí:");
  render_all(event);
}

TEST_CASE("no time and no leader stated: nothing about either is written", "[realevents]") {
  const model::Event event = load_real_event("khoi-chua-ro-truong-khoi.xml");
  CHECK(event.leader_unknown);
  const compose::ArticleSentences s = sentences(event);
  CHECK(s.lead == "Ngày 02/04/2024, tại Trung tâm Văn hóa tỉnh Thái Bình, Khối thi đua Văn hóa - Xã hội đã tổ chức "
                  "Hội nghị ký kết giao ước thi đua năm 2024.");
  CHECK(s.members == "Khối thi đua Văn hóa - Xã hội có 3 cơ quan, đơn vị, bao gồm: Công đoàn Sở Văn hóa, Thể thao và "
                     "Du lịch, Công đoàn Báo Thái Bình, Công đoàn Đài PT-TH tỉnh.");
  CHECK(s.members.find("Khối trưởng") == std::string::npos);
  CHECK(compose::invitation_time(event) == "Vào Thứ Ba, ngày 02 tháng 4 năm 2024");
  render_all(event);
}

TEST_CASE("mass organisations: the leading unit's chair among the guests gets no letter", "[realevents]") {
  const model::Event event = load_real_event("khoi-doan-the-quang-tri.xml");
  const std::vector<compose::Letter> letters = compose::event_letters(event, "", "");
  REQUIRE(letters.size() == 1);
  CHECK(letters[0].to == "Kính gửi: Đồng chí Phan Văn Sơn - Phó Chủ tịch Công đoàn Viên chức tỉnh");
  const compose::ArticleSentences s = sentences(event);
  CHECK(s.members.ends_with("Năm 2025 Khối trưởng khối thi đua là Công đoàn Ủy ban MTTQ Việt Nam tỉnh, Khối phó là "
                            "Công đoàn Tỉnh đoàn."));
  render_all(event);
}
