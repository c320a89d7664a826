// Events of blocs the five samples do not show (tests/events): the composed sentences, as a
// Vietnamese reader checked them, and every document each event allows, rendered without an error.
#include <catch2/catch.hpp>
#include <algorithm>
#include <optional>
#include <string>

#include "compose/article.h"
#include "compose/attendance.h"
#include "compose/ceremony.h"
#include "compose/invitations.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "layout/trace_canvas.h"
#include "load/load_event.h"
#include "support.h"

namespace {

using namespace thidua;

using testing::toolbox;

// Loads tests/events/FILE; fails the test, showing the loader's messages, when it has errors.
model::Event load_real_event(const std::string& file) {
  return testing::load_event_file(std::string(THIDUA_TEST_DIR) + "/events/" + file);
}

compose::ArticleSentences sentences(const model::Event& event) {
  Diagnostics diags;
  compose::ArticleSentences out = compose::compose_sentences(event, toolbox().templates(), diags);
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
    const int pages = documents::render(toolbox(), kind, event, {}, trace, diags);
    std::string messages;
    for (const Diagnostic& d : diags.all()) messages += d.format() + "\n";
    INFO(messages);
    CHECK_FALSE(diags.has_errors());
    CHECK(pages >= 1);
  }
}

// The text lines of document `kind` for `event`, in drawing order: one per line of the trace.
std::vector<std::string> drawn_lines(const std::string& kind, const model::Event& event,
                                     const documents::OptionValues& values = {}) {
  layout::TraceCanvas trace;
  Diagnostics diags;
  REQUIRE(documents::render(toolbox(), *documents::find_kind(kind), event, values, trace, diags) >= 1);
  std::vector<std::string> lines;
  for (const layout::TraceOp& op : trace.ops()) {
    if (op.kind == layout::TraceOp::Kind::text) lines.push_back(op.text);
  }
  return lines;
}

// The same lines joined, each followed by "\n", to find a run of lines.
std::string drawn_text(const std::string& kind, const model::Event& event) {
  std::string all;
  for (const std::string& line : drawn_lines(kind, event)) all += line + "\n";
  return all;
}

// The paragraphs, headings and table rows of a ceremony document's markup, in order, as plain
// text (inline tags dropped, a row's cells joined by " | ", no-break spaces as spaces): what the
// MC reads, what the programme lists and what the minutes say, sentence by sentence.
std::vector<std::string> paragraphs(const std::string& kind, const model::Event& event) {
  Diagnostics diags;
  const compose::Data data = kind == "script"    ? compose::script_data(event)
                             : kind == "minutes" ? compose::minutes_data(event)
                                                 : compose::programme_data(event);
  const std::string markup = toolbox().templates().render(kind + "/document", data, diags);
  REQUIRE_FALSE(diags.has_errors());
  std::vector<std::string> out;
  const std::vector<std::pair<std::string, std::string>> elements = {
      {"<p>", "</p>"}, {"<p ", "</p>"}, {"<heading", "</heading>"}, {"<tr>", "</tr>"}};
  std::size_t at = 0;
  while (true) {
    std::size_t start = std::string::npos;
    std::string close;
    for (const auto& [open, end_tag] : elements) {
      const std::size_t found = markup.find(open, at);
      if (found < start) {
        start = found;
        close = end_tag;
      }
    }
    if (start == std::string::npos) break;
    const std::size_t body = markup.find('>', start) + 1;
    const std::size_t end = markup.find(close, body);
    std::string text;
    bool in_tag = false;
    for (std::size_t i = body; i < end; ++i) {
      if (markup.compare(i, 5, "</td>") == 0 || markup.compare(i, 5, "</th>") == 0) text += " | ";
      if (markup[i] == '<') in_tag = true;
      if (!in_tag) text += markup[i];
      if (markup[i] == '>') in_tag = false;
    }
    if (text.ends_with(" | ")) text.resize(text.size() - 3);
    for (std::size_t nbsp = text.find("\u00A0"); nbsp != std::string::npos; nbsp = text.find("\u00A0")) {
      text.replace(nbsp, 2, " ");
    }
    out.push_back(text);
    at = end + close.size();
  }
  return out;
}

// True when `paragraph` is one of `all`, exactly.
bool has(const std::vector<std::string>& all, const std::string& paragraph) {
  return std::find(all.begin(), all.end(), paragraph) != all.end();
}

// The paragraphs from the one equal to `first` on, `count` of them (fewer at the end).
std::vector<std::string> run_from(const std::vector<std::string>& all, const std::string& first, std::size_t count) {
  const auto at = std::find(all.begin(), all.end(), first);
  if (at == all.end()) return {};
  return std::vector<std::string>(at, at + static_cast<std::ptrdiff_t>(std::min<std::size_t>(count, static_cast<std::size_t>(all.end() - at))));
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
  const std::vector<std::string> agreement_lines = drawn_lines("agreement", event);
  const auto dotted = std::count(agreement_lines.begin(), agreement_lines.end(), std::string(compose::kBlankName));
  CHECK(dotted == 2);
  render_all(event);
}

TEST_CASE("a unit's name breaks where '|' marks it in the signature block, and reads whole everywhere else",
          "[realevents][linebreak]") {
  const model::Event event = load_real_event("khoi-doanh-nghiep-binh-duong.xml");
  const model::Unit& lottery = *event.find_unit("xoso");
  CHECK(lottery.name == "Công đoàn Công ty TNHH MTV Xổ số kiến thiết Bình Dương");
  CHECK(lottery.name_lines ==
        std::vector<std::string>{"Công đoàn", "Công ty TNHH MTV Xổ số", "kiến thiết Bình Dương"});
  const std::string lines = drawn_text("agreement", event);
  // Without the marks the break-cost table gives "CÔNG ĐOÀN CÔNG TY TNHH / MTV XỔ SỐ KIẾN THIẾT / BÌNH DƯƠNG".
  CHECK(lines.find("\nCÔNG ĐOÀN\nCÔNG TY TNHH MTV XỔ SỐ\nKIẾN THIẾT BÌNH DƯƠNG\nTM. BAN CHẤP HÀNH\n") != std::string::npos);
  CHECK(lines.find('|') == std::string::npos);
  // Everywhere else the name is whole, without the marks.
  const compose::ArticleSentences s = sentences(event);
  CHECK(s.members.find("Công đoàn Xổ số kiến thiết") != std::string::npos);
  for (const std::string kind : {"script", "minutes"}) {
    for (const std::string& line : paragraphs(kind, event)) CHECK(line.find('|') == std::string::npos);
  }
  CHECK(has(paragraphs("minutes", event), "- Công đoàn Công ty TNHH MTV Xổ số kiến thiết Bình Dương."));
  // A mark at an end or two in a row leave no empty line.
  Diagnostics more;
  const std::optional<model::Event> marked = load::load_event_from_string(
      R"(<event id="x" kind="agreement" year="2024"><upper name="Liên đoàn Lao động tỉnh Bình Dương"/>
<bloc kind="khoi" name="doanh nghiệp"/><date>2024-03-05</date><place province="Bình Dương"/>
<units><unit id="a" name="| Công đoàn || Công ty A |" role="leader"/></units></event>)",
      "su-kien.xml", "", more);
  REQUIRE(marked.has_value());
  CHECK(marked->units[0].name == "Công đoàn Công ty A");
  CHECK(marked->units[0].name_lines == std::vector<std::string>{"Công đoàn", "Công ty A"});
}

TEST_CASE("'|' breaks the header's bodies and an outside host's signature where marked, and reads as a space elsewhere",
          "[realevents][linebreak]") {
  Diagnostics diags;
  const std::optional<model::Event> event = load::load_event_from_string(
      R"(<event id="x" kind="agreement" year="2024">
<upper name="Công đoàn | Viên chức tỉnh Sóc Trăng" short="Công đoàn Viên chức tỉnh" parent="Liên đoàn Lao động | tỉnh Sóc Trăng"/>
<bloc kind="cum" name="số 3" full="Cụm thi đua Trường học | số 3"/>
<date>2024-03-05</date><time>Sáng</time><place province="Sóc Trăng">Hội trường</place>
<host name="Sở Giáo dục | và Đào tạo tỉnh Sóc Trăng" short="Sở Giáo dục và Đào tạo">
  <signatory name="Lâm Văn Hòa" title="Phó Giám đốc" authority="KT. GIÁM ĐỐC"/></host>
<units><unit id="a" name="Công đoàn Trường A" role="leader"><signatory name="Trần Văn B" title="Chủ tịch"/></unit>
<unit id="c" name="Công đoàn Trường C"/></units></event>)",
      "su-kien.xml", "", diags);
  REQUIRE(event.has_value());
  CHECK(event->upper.parent == "Liên đoàn Lao động tỉnh Sóc Trăng");
  CHECK(event->bloc.full_name == "Cụm thi đua Trường học số 3");
  CHECK(event->host->name == "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng");
  // The header: the upper body's name over the bloc's, each on the lines the marks give (unmarked,
  // they break "CÔNG ĐOÀN VIÊN CHỨC / TỈNH SÓC TRĂNG" and "CỤM THI ĐUA / TRƯỜNG HỌC SỐ 3").
  const std::string header = drawn_text("attendance", *event);
  CHECK(header.find("CÔNG ĐOÀN\nVIÊN CHỨC TỈNH SÓC TRĂNG\n") != std::string::npos);
  CHECK(header.find("CỤM THI ĐUA TRƯỜNG HỌC\nSỐ 3\n") != std::string::npos);
  CHECK(header.find('|') == std::string::npos);
  // The invitations are signed by the outside host, its name on the marked lines (unmarked: "SỞ
  // GIÁO DỤC VÀ ĐÀO TẠO / TỈNH SÓC TRĂNG").
  const std::string letters = drawn_text("invitations", *event);
  CHECK(letters.find("SỞ GIÁO DỤC\nVÀ ĐÀO TẠO TỈNH SÓC TRĂNG\n") != std::string::npos);
  CHECK(letters.find('|') == std::string::npos);
  // Running text reads the names whole.
  const compose::ArticleSentences s = sentences(*event);
  CHECK(s.lead.find("do Sở Giáo dục và Đào tạo đăng cai") != std::string::npos);
  CHECK(s.lead.find('|') == std::string::npos);
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

// ---- The ceremony's papers (programme, MC's script, minutes) of the same events, sentence by sentence.

// Each event's programme, row by row: who leads each step is someone the event names, or a group.
TEST_CASE("real events: the programme's steps and who leads them", "[realevents][ceremony]") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
  {"cum-ldld-huyen-nghe-an.xml", {"1 | 08 giờ 00 | Tuyên bố lý do, giới thiệu đại biểu | Người dẫn chương trình",
    "2 |  | Thông qua chương trình hội nghị | Người dẫn chương trình",
    "3 |  | Thông qua dự thảo giao ước thi đua năm 2024 | Đồng chí Hồ Văn Quang - Chủ tịch Liên đoàn Lao động huyện Diễn Châu",
    "4 |  | Thảo luận, góp ý dự thảo giao ước thi đua | Đại biểu dự hội nghị",
    "5 |  | Ký kết giao ước thi đua năm 2024 | Lãnh đạo các đơn vị thành viên",
    "6 |  | Phát biểu chỉ đạo | Đồng chí Phan Thị Tâm - Phó Chủ tịch LĐLĐ tỉnh",
    "7 |  | Bế mạc hội nghị | Đồng chí Hồ Văn Quang - Chủ tịch Liên đoàn Lao động huyện Diễn Châu"}},
  {"khoi-benh-vien-nam-dinh.xml", {"1 |  | Tuyên bố lý do, giới thiệu đại biểu | Người dẫn chương trình",
    "2 |  | Thông qua chương trình hội nghị | Người dẫn chương trình",
    "3 |  | Thông qua dự thảo giao ước thi đua năm 2024 | Đồng chí Trần Văn Hải - Chủ tịch Công đoàn Bệnh viện Đa khoa tỉnh Nam Định",
    "4 |  | Thảo luận, góp ý dự thảo giao ước thi đua | Đại biểu dự hội nghị",
    "5 |  | Ký kết giao ước thi đua năm 2024 | Lãnh đạo các công đoàn cơ sở thành viên",
    "6 |  | Bế mạc hội nghị | Đồng chí Trần Văn Hải - Chủ tịch Công đoàn Bệnh viện Đa khoa tỉnh Nam Định"}},
  {"phat-dong-truong-hoc-hai-hau.xml", {"1 | 14 giờ 00 | Tuyên bố lý do, giới thiệu đại biểu | Người dẫn chương trình",
    "2 |  | Thông qua chương trình buổi lễ | Người dẫn chương trình",
    "3 |  | Phát động phong trào thi đua năm 2024 | Lãnh đạo Công đoàn Giáo dục huyện Hải Hậu",
    "4 |  | Phát biểu hưởng ứng phong trào thi đua | Đại diện các công đoàn trường học",
    "5 |  | Phát biểu chỉ đạo | Đồng chí Ngô Văn Bình - Chủ tịch LĐLĐ huyện Hải Hậu",
    "6 |  | Bế mạc buổi lễ | Lãnh đạo Công đoàn Giáo dục huyện Hải Hậu"}},
  {"khoi-doanh-nghiep-binh-duong.xml", {"1 | 09 giờ 00 | Tuyên bố lý do, giới thiệu đại biểu | Người dẫn chương trình",
    "2 |  | Thông qua chương trình hội nghị | Người dẫn chương trình",
    "3 |  | Thông qua dự thảo giao ước thi đua năm 2025 | Đồng chí Lê Thị Kim Chi, Chủ tịch Công đoàn Công ty Cổ phần Nước - Môi trường Bình Dương",
    "4 |  | Thảo luận, góp ý dự thảo giao ước thi đua | Đại biểu dự hội nghị",
    "5 |  | Ký kết giao ước thi đua năm 2025 | Lãnh đạo các đơn vị thành viên",
    "6 |  | Bế mạc hội nghị | Đồng chí Lê Thị Kim Chi, Chủ tịch Công đoàn Công ty Cổ phần Nước - Môi trường Bình Dương"}},
  {"khoi-so-nganh-ba-ria-vung-tau.xml", {"1 | 14 giờ 30 | Tuyên bố lý do, giới thiệu đại biểu | Người dẫn chương trình",
    "2 |  | Thông qua chương trình hội nghị | Người dẫn chương trình",
    "3 |  | Thông qua dự thảo giao ước thi đua năm 2024 | Đồng chí Nguyễn Hoàng Phúc, Chủ tịch Công đoàn cơ sở Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu",
    "4 |  | Thảo luận, góp ý dự thảo giao ước thi đua | Đại biểu dự hội nghị",
    "5 |  | Ký kết giao ước thi đua năm 2024 | Lãnh đạo các đơn vị thành viên",
    "6 |  | Phát biểu chỉ đạo | Đồng chí Huỳnh Quốc Vinh - Chủ tịch Công đoàn Viên chức tỉnh",
    "7 |  | Bế mạc hội nghị | Đồng chí Nguyễn Hoàng Phúc, Chủ tịch Công đoàn cơ sở Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu"}},
  {"cum-cong-thuong-chien-dich.xml", {"1 | 08 giờ 30 | Tuyên bố lý do, giới thiệu đại biểu | Người dẫn chương trình",
    "2 |  | Thông qua chương trình hội nghị | Người dẫn chương trình",
    "3 |  | Thông qua dự thảo giao ước thi đua thực hiện chiến dịch | Lãnh đạo Công đoàn ngành Công Thương tỉnh Hà Tĩnh",
    "4 |  | Thảo luận, góp ý dự thảo giao ước thi đua | Đại biểu dự hội nghị",
    "5 |  | Ký kết giao ước thi đua thực hiện chiến dịch | Lãnh đạo các cụm thi đua",
    "6 |  | Phát biểu chỉ đạo | Đồng chí Trần Thị Thu - Phó Chủ tịch LĐLĐ tỉnh",
    "7 |  | Bế mạc hội nghị | Lãnh đạo Công đoàn ngành Công Thương tỉnh Hà Tĩnh"}},
  {"khoi-chua-ro-truong-khoi.xml", {"1 |  | Tuyên bố lý do, giới thiệu đại biểu | Người dẫn chương trình",
    "2 |  | Thông qua chương trình hội nghị | Người dẫn chương trình",
    "3 |  | Thông qua dự thảo giao ước thi đua năm 2024 | Đại diện Ban Tổ chức",
    "4 |  | Thảo luận, góp ý dự thảo giao ước thi đua | Đại biểu dự hội nghị",
    "5 |  | Ký kết giao ước thi đua năm 2024 | Lãnh đạo các đơn vị thành viên",
    "6 |  | Bế mạc hội nghị | Đại diện Ban Tổ chức"}},
  {"khoi-doan-the-quang-tri.xml", {"1 |  | Tuyên bố lý do, giới thiệu đại biểu | Người dẫn chương trình",
    "2 |  | Thông qua chương trình hội nghị | Người dẫn chương trình",
    "3 |  | Thông qua dự thảo giao ước thi đua năm 2025 | Đồng chí Hoàng Thị Thanh - Chủ tịch Công đoàn cơ sở Cơ quan Ủy ban MTTQ Việt Nam tỉnh",
    "4 |  | Thảo luận, góp ý dự thảo giao ước thi đua | Đại biểu dự hội nghị",
    "5 |  | Ký kết giao ước thi đua năm 2025 | Lãnh đạo các đơn vị thành viên",
    "6 |  | Phát biểu chỉ đạo | Đồng chí Phan Văn Sơn - Phó Chủ tịch Công đoàn Viên chức tỉnh",
    "7 |  | Bế mạc hội nghị | Đồng chí Hoàng Thị Thanh - Chủ tịch Công đoàn cơ sở Cơ quan Ủy ban MTTQ Việt Nam tỉnh"}},
  };
  for (const auto& [file, steps] : expected) {
    INFO(file);
    std::vector<std::string> rows;
    for (const std::string& line : paragraphs("programme", load_real_event(file))) {
      if (line.find(" | ") != std::string::npos && !line.starts_with("STT")) rows.push_back(line);
    }
    CHECK(rows == steps);
  }
}

TEST_CASE("script and minutes of district LĐLĐs: guests by their body, members named, lists closed by a period",
          "[realevents][ceremony]") {
  const model::Event event = load_real_event("cum-ldld-huyen-nghe-an.xml");
  const std::vector<std::string> script = paragraphs("script", event);
  CHECK(run_from(script, "Kính thưa các đồng chí đại biểu, kính thưa các đồng chí!", 7) ==
        std::vector<std::string>{
            "Kính thưa các đồng chí đại biểu, kính thưa các đồng chí!",
            "Hôm nay, Cụm thi đua số 2 long trọng tổ chức hội nghị ký kết giao ước thi đua năm 2024. Đó là lý do của "
            "hội nghị hôm nay.",
            "Về dự hội nghị, thay mặt Ban Tổ chức, xin trân trọng giới thiệu:",
            "Về phía Liên đoàn Lao động tỉnh Nghệ An, có:",
            "- Đồng chí Phan Thị Tâm - Phó Chủ tịch LĐLĐ tỉnh.",
            "Cùng dự hội nghị có các đồng chí đại diện lãnh đạo 4 đơn vị thành viên Cụm thi đua số 2: LĐLĐ huyện Diễn "
            "Châu, LĐLĐ huyện Yên Thành, LĐLĐ huyện Quỳnh Lưu và LĐLĐ thị xã Hoàng Mai.",
            "Xin nhiệt liệt chào mừng các đồng chí."});
  CHECK(run_from(script, "Kính thưa các đồng chí, chương trình hội nghị hôm nay gồm các nội dung sau:", 6) ==
        std::vector<std::string>{"Kính thưa các đồng chí, chương trình hội nghị hôm nay gồm các nội dung sau:",
                                 "- Thông qua dự thảo giao ước thi đua năm 2024;",
                                 "- Thảo luận, góp ý dự thảo giao ước thi đua;", "- Ký kết giao ước thi đua năm 2024;",
                                 "- Phát biểu chỉ đạo;", "- Bế mạc hội nghị."});
  CHECK(has(script, "Trân trọng kính mời đồng chí Hồ Văn Quang - Chủ tịch Liên đoàn Lao động huyện Diễn Châu lên "
                    "thông qua dự thảo giao ước thi đua năm 2024."));
  CHECK(has(script, "Tiếp theo chương trình, trân trọng kính mời các đồng chí đại biểu thảo luận, góp ý dự thảo giao "
                    "ước thi đua."));
  CHECK(run_from(script, "1. Liên đoàn Lao động huyện Diễn Châu (Cụm trưởng): đồng chí Hồ Văn Quang - Chủ tịch;", 5) ==
        std::vector<std::string>{"1. Liên đoàn Lao động huyện Diễn Châu (Cụm trưởng): đồng chí Hồ Văn Quang - Chủ tịch;",
                                 "2. Liên đoàn Lao động huyện Yên Thành (Cụm phó): đồng chí Nguyễn Thị Hằng - Chủ tịch;",
                                 "3. Liên đoàn Lao động huyện Quỳnh Lưu: đồng chí Trần Đình Hải - Chủ tịch;",
                                 "4. Liên đoàn Lao động thị xã Hoàng Mai: đồng chí Lê Văn Sơn - Phó Chủ tịch.",
                                 "Xin chúc mừng các đơn vị đã ký kết giao ước thi đua năm 2024."});
  CHECK(has(script, "Trân trọng kính mời đồng chí Phan Thị Tâm - Phó Chủ tịch LĐLĐ tỉnh lên phát biểu chỉ đạo."));

  const std::vector<std::string> minutes = paragraphs("minutes", event);
  CHECK(has(minutes, "Hôm nay, vào lúc 08 giờ 00, Thứ Ba, ngày 12 tháng 3 năm 2024, tại Hội trường Liên đoàn Lao động "
                     "huyện Diễn Châu, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2024."));
  CHECK(run_from(minutes, "1. Đại biểu khách mời", 8) ==
        std::vector<std::string>{"1. Đại biểu khách mời", "- Đồng chí Phan Thị Tâm - Phó Chủ tịch LĐLĐ tỉnh.",
                                 "2. Các đơn vị thành viên", "Có mặt 4/4 đơn vị thành viên Cụm thi đua số 2:",
                                 "- Liên đoàn Lao động huyện Diễn Châu;", "- Liên đoàn Lao động huyện Yên Thành;",
                                 "- Liên đoàn Lao động huyện Quỳnh Lưu;", "- Liên đoàn Lao động thị xã Hoàng Mai."});
  CHECK(has(minutes, "Chủ trì: …………….") );
  CHECK(has(minutes, "Hội nghị đã thống nhất thông qua Giao ước thi đua năm 2024 của Cụm thi đua số 2 (số "
                     "01/GU-CTĐ2), gồm các nội dung chính:"));
  CHECK(has(minutes, "Đại diện lãnh đạo 4 đơn vị có mặt đã ký kết giao ước thi đua năm 2024."));
  CHECK(has(minutes, "Hội nghị kết thúc vào lúc …………… giờ …………… cùng ngày. Biên bản được lập thành 02 bản, đã được "
                     "đọc lại trước hội nghị và được các đại biểu dự họp thống nhất."));
}

TEST_CASE("script and minutes of hospitals: no guests, so no introductions and no '1. Đại biểu'; members by their noun",
          "[realevents][ceremony]") {
  const model::Event event = load_real_event("khoi-benh-vien-nam-dinh.xml");
  const std::vector<std::string> script = paragraphs("script", event);
  CHECK_FALSE(has(script, "Về dự hội nghị, thay mặt Ban Tổ chức, xin trân trọng giới thiệu:"));
  // With no guest before them, the members "Về dự", not "Cùng dự".
  CHECK(has(script, "Về dự hội nghị có các đồng chí đại diện lãnh đạo 4 công đoàn cơ sở thành viên Khối thi đua các "
                    "bệnh viện tuyến tỉnh: Công đoàn Bệnh viện Đa khoa tỉnh, Công đoàn Bệnh viện Phụ sản, Công đoàn "
                    "Bệnh viện Tâm thần và Công đoàn Bệnh viện Y học cổ truyền."));
  CHECK(has(script, "Kính thưa các đồng chí, tiếp theo chương trình là nghi thức ký kết giao ước thi đua năm 2024. Trân "
                    "trọng kính mời đại diện lãnh đạo các công đoàn cơ sở lên ký kết giao ước thi đua:"));
  CHECK(has(script, "Xin chúc mừng các công đoàn cơ sở đã ký kết giao ước thi đua năm 2024."));
  CHECK(std::none_of(script.begin(), script.end(), [](const std::string& p) { return p.find("chỉ đạo") != std::string::npos; }));

  const std::vector<std::string> minutes = paragraphs("minutes", event);
  // Only "chiều" is known: the hour is left for the secretary.
  CHECK(has(minutes, "Hôm nay, vào lúc … giờ …, chiều Thứ Ba, ngày 05 tháng 3 năm 2024, tại Hội trường Bệnh viện Đa khoa "
                     "tỉnh Nam Định, Khối thi đua các bệnh viện tuyến tỉnh tổ chức hội nghị ký kết giao ước thi đua năm "
                     "2024."));
  CHECK_FALSE(has(minutes, "1. Đại biểu khách mời"));
  CHECK(run_from(minutes, "1. Các công đoàn cơ sở thành viên", 2) ==
        std::vector<std::string>{"1. Các công đoàn cơ sở thành viên",
                                 "Có mặt 4/4 công đoàn cơ sở thành viên Khối thi đua các bệnh viện tuyến tỉnh:"});
  CHECK(has(minutes, "2. Chủ trì và thư ký"));
  CHECK(has(minutes, "Đại diện lãnh đạo 4 công đoàn cơ sở có mặt đã ký kết giao ước thi đua năm 2024."));
}

TEST_CASE("script and minutes of a union's movement: its schools counted, 'thuộc' not 'thành viên', the launch recorded",
          "[realevents][ceremony]") {
  const model::Event event = load_real_event("phat-dong-truong-hoc-hai-hau.xml");
  const std::vector<std::string> script = paragraphs("script", event);
  CHECK(has(script, "Hôm nay, Công đoàn Giáo dục huyện Hải Hậu long trọng tổ chức lễ phát động phong trào thi đua năm "
                    "2024. Đó là lý do của buổi lễ hôm nay."));
  CHECK(has(script, "Cùng dự buổi lễ có các đồng chí đại diện lãnh đạo 32 công đoàn trường học thuộc Công đoàn Giáo dục "
                    "huyện Hải Hậu."));
  // No chair of the union is named: its leadership is invited, never a made-up person.
  CHECK(has(script, "Trân trọng kính mời đồng chí đại diện lãnh đạo Công đoàn Giáo dục huyện Hải Hậu lên phát động "
                    "phong trào thi đua năm 2024."));
  CHECK(has(script, "Tiếp theo chương trình, trân trọng kính mời đại diện các công đoàn trường học lên phát biểu hưởng "
                    "ứng phong trào thi đua."));
  CHECK(has(script, "Kính thưa các đồng chí! Buổi lễ đến đây là kết thúc. Thay mặt Ban Tổ chức, xin trân trọng cảm ơn "
                    "các đồng chí đại biểu đã đến dự. Kính chúc các đồng chí sức khỏe, hạnh phúc và thành công."));

  const std::vector<std::string> minutes = paragraphs("minutes", event);
  CHECK(run_from(minutes, "2. Các công đoàn trường học", 2) ==
        std::vector<std::string>{"2. Các công đoàn trường học",
                                 "Có mặt ……/32 công đoàn trường học thuộc Công đoàn Giáo dục huyện Hải Hậu."});
  CHECK(has(minutes, "Buổi lễ đã phát động phong trào thi đua năm 2024 với chủ đề “Dạy tốt, học tốt, xây dựng trường "
                     "học hạnh phúc”."));
  CHECK(has(minutes, "Buổi lễ kết thúc vào lúc …………… giờ …………… cùng ngày. Biên bản được lập thành 02 bản, đã được đọc "
                     "lại trước buổi lễ và được các đại biểu dự họp thống nhất."));
  CHECK(std::none_of(minutes.begin(), minutes.end(), [](const std::string& p) { return p.find("ký kết") != std::string::npos; }));

  // The plan: no signer is named, so the block leaves the dotted line under the authority.
  const std::vector<std::string> plan_lines = drawn_lines("plan", event);
  const auto dotted = std::count(plan_lines.begin(), plan_lines.end(), std::string(compose::kBlankName));
  CHECK(dotted == 1);
}

TEST_CASE("script of company unions: a signatory not known by name gets dots for the MC, never a name", "[realevents][ceremony]") {
  const model::Event event = load_real_event("khoi-doanh-nghiep-binh-duong.xml");
  const std::vector<std::string> script = paragraphs("script", event);
  CHECK(run_from(script, "1. Công đoàn Công ty Cổ phần Nước - Môi trường Bình Dương (Trưởng khối): đồng chí Lê Thị Kim "
                         "Chi - Chủ tịch;", 3) ==
        std::vector<std::string>{
            "1. Công đoàn Công ty Cổ phần Nước - Môi trường Bình Dương (Trưởng khối): đồng chí Lê Thị Kim Chi - Chủ tịch;",
            "2. Công đoàn Tổng Công ty Đầu tư và Phát triển Công nghiệp (Phó khối): đồng chí …………… - Chủ tịch;",
            "3. Công đoàn Công ty TNHH MTV Xổ số kiến thiết Bình Dương."});
  // A title with its own " - " (the company's name) follows the name after a comma.
  CHECK(has(script, "Trân trọng kính mời đồng chí Lê Thị Kim Chi, Chủ tịch Công đoàn Công ty Cổ phần Nước - Môi trường "
                    "Bình Dương lên thông qua dự thảo giao ước thi đua năm 2025."));
  CHECK(has(script, "Về dự hội nghị có các đồng chí đại diện lãnh đạo 3 đơn vị thành viên Khối thi đua doanh nghiệp nhà "
                    "nước: Công đoàn Biwase, Công đoàn Becamex IDC và Công đoàn Xổ số kiến thiết."));
}

TEST_CASE("script and minutes of provincial departments: the directing guest, the long names whole", "[realevents][ceremony]") {
  const model::Event event = load_real_event("khoi-so-nganh-ba-ria-vung-tau.xml");
  const std::vector<std::string> script = paragraphs("script", event);
  CHECK(run_from(script, "Về phía Công đoàn Viên chức tỉnh Bà Rịa - Vũng Tàu, có:", 2) ==
        std::vector<std::string>{"Về phía Công đoàn Viên chức tỉnh Bà Rịa - Vũng Tàu, có:",
                                 "- Đồng chí Huỳnh Quốc Vinh - Chủ tịch Công đoàn Viên chức tỉnh."});
  CHECK(has(script, "3. Công đoàn cơ sở Sở Lao động - Thương binh và Xã hội tỉnh Bà Rịa - Vũng Tàu: đồng chí Đinh Văn "
                    "Tùng - Chủ tịch;"));
  const std::vector<std::string> minutes = paragraphs("minutes", event);
  CHECK(has(minutes, "- Công đoàn cơ sở Ban Dân tộc tỉnh Bà Rịa - Vũng Tàu."));
  CHECK(has(minutes, "Có mặt 4/4 đơn vị thành viên Khối thi đua các sở, ban, ngành tỉnh:"));
}

TEST_CASE("script and minutes of an industry's clusters: 'đ/c' said in full, clusters not 'đơn vị', no year on a campaign",
          "[realevents][ceremony]") {
  const model::Event event = load_real_event("cum-cong-thuong-chien-dich.xml");
  const std::vector<std::string> script = paragraphs("script", event);
  CHECK(run_from(script, "Về phía Liên đoàn Lao động tỉnh Hà Tĩnh, có:", 5) ==
        std::vector<std::string>{
            "Về phía Liên đoàn Lao động tỉnh Hà Tĩnh, có:", "- Đồng chí Trần Thị Thu - Phó Chủ tịch LĐLĐ tỉnh;",
            "Về phía Sở Công Thương tỉnh Hà Tĩnh, có:", "- Đồng chí Võ Quang Minh - Phó Giám đốc Sở Công Thương.",
            "Cùng dự hội nghị có các đồng chí đại diện lãnh đạo 3 cụm thi đua thuộc Công đoàn ngành Công Thương tỉnh "
            "Hà Tĩnh: Cụm I, Cụm II và Cụm III."});
  CHECK(has(script, "Trân trọng kính mời đồng chí Trần Thị Thu - Phó Chủ tịch LĐLĐ tỉnh lên phát biểu chỉ đạo."));
  CHECK(has(script, "Trân trọng kính mời đồng chí đại diện lãnh đạo Công đoàn ngành Công Thương tỉnh Hà Tĩnh lên thông "
                    "qua dự thảo giao ước thi đua thực hiện chiến dịch."));
  CHECK(has(script, "Xin chúc mừng các cụm thi đua đã ký kết giao ước thi đua thực hiện chiến dịch."));
  for (const std::string& line : script) CHECK(line.find("đ/c") == std::string::npos);
  const std::vector<std::string> minutes = paragraphs("minutes", event);
  CHECK(has(minutes, "- Đồng chí Trần Thị Thu - Phó Chủ tịch LĐLĐ tỉnh;"));
  CHECK(has(minutes, "Có mặt 3/3 cụm thi đua thuộc Công đoàn ngành Công Thương tỉnh Hà Tĩnh:"));
  CHECK(has(minutes, "Hội nghị đã thống nhất thông qua Giao ước thi đua thực hiện chiến dịch thi đua cao điểm 60 ngày "
                     "của Công đoàn ngành Công Thương tỉnh Hà Tĩnh, gồm các nội dung chính:"));
  CHECK(has(minutes, "Đại diện lãnh đạo 3 cụm thi đua có mặt đã ký kết giao ước thi đua thực hiện chiến dịch."));
}

TEST_CASE("script and minutes with no leader and no time stated: the organising committee, the hour left blank",
          "[realevents][ceremony]") {
  const model::Event event = load_real_event("khoi-chua-ro-truong-khoi.xml");
  const std::vector<std::string> script = paragraphs("script", event);
  CHECK(has(script, "Trân trọng kính mời đồng chí đại diện Ban Tổ chức lên thông qua dự thảo giao ước thi đua năm 2024."));
  CHECK(has(script, "Trân trọng kính mời đồng chí đại diện Ban Tổ chức lên bế mạc hội nghị."));
  for (const std::string& line : script) {
    CHECK(line.find("Trưởng khối") == std::string::npos);
    CHECK(line.find("giờ") == std::string::npos);
  }
  CHECK(has(script, "1. Công đoàn Sở Văn hóa, Thể thao và Du lịch: đồng chí Bùi Thị Mai - Chủ tịch;"));
  const std::vector<std::string> minutes = paragraphs("minutes", event);
  CHECK(has(minutes, "Hôm nay, vào lúc … giờ …, Thứ Ba, ngày 02 tháng 4 năm 2024, tại Trung tâm Văn hóa tỉnh Thái Bình, "
                     "Khối thi đua Văn hóa - Xã hội tổ chức hội nghị ký kết giao ước thi đua năm 2024."));
  CHECK(has(minutes, "3. Thông qua dự thảo giao ước thi đua năm 2024 (Đại diện Ban Tổ chức)."));
}

TEST_CASE("script and minutes of mass organisations: the leader's chair after the guests from outside, and the chair of "
          "the minutes", "[realevents][ceremony]") {
  const model::Event event = load_real_event("khoi-doan-the-quang-tri.xml");
  const std::vector<std::string> script = paragraphs("script", event);
  CHECK(run_from(script, "Về dự hội nghị, thay mặt Ban Tổ chức, xin trân trọng giới thiệu:", 5) ==
        std::vector<std::string>{
            "Về dự hội nghị, thay mặt Ban Tổ chức, xin trân trọng giới thiệu:",
            "Về phía Công đoàn Viên chức tỉnh Quảng Trị, có:",
            "- Đồng chí Phan Văn Sơn - Phó Chủ tịch Công đoàn Viên chức tỉnh;",
            "Về phía Công đoàn cơ sở Cơ quan Ủy ban MTTQ Việt Nam tỉnh, có:",
            "- Đồng chí Hoàng Thị Thanh - Chủ tịch Công đoàn cơ sở Cơ quan Ủy ban MTTQ Việt Nam tỉnh, Trưởng khối."});
  const std::vector<std::string> minutes = paragraphs("minutes", event);
  // She is no guest of her own bloc: not under "Đại biểu khách mời", but the chair she is.
  CHECK(run_from(minutes, "1. Đại biểu khách mời", 3) ==
        std::vector<std::string>{"1. Đại biểu khách mời", "- Đồng chí Phan Văn Sơn - Phó Chủ tịch Công đoàn Viên chức tỉnh.",
                                 "2. Các đơn vị thành viên"});
  CHECK(has(minutes, "Chủ trì: đồng chí Hoàng Thị Thanh - Chủ tịch Công đoàn cơ sở Cơ quan Ủy ban MTTQ Việt Nam tỉnh, "
                     "Trưởng khối."));
  CHECK(has(minutes, "Thư ký: …………….") );
}

// ---- A ceremony held by a unit that is not the leader (<host>): named, and signing its letters.

TEST_CASE("a member unit hosts the ceremony: it signs the invitations, closes, and the article and papers name it",
          "[realevents][ceremony][host]") {
  const model::Event event = load_real_event("cum-dang-cai-thanh-hoa.xml");
  REQUIRE(event.host.has_value());
  CHECK(event.host_unit() == event.find_unit("nghison"));
  const compose::ArticleSentences s = sentences(event);
  CHECK(s.lead == "Sáng 18/03/2025, tại Hội trường Liên đoàn Lao động thị xã Nghi Sơn, Cụm thi đua số 4 đã tổ chức Hội "
                  "nghị ký kết giao ước thi đua năm 2025, do LĐLĐ thị xã Nghi Sơn đăng cai.");
  // The host's chair signs the letters: she gets none; the leader's letters are not the ones sent.
  const std::vector<compose::Letter> letters = compose::event_letters(event, "", "");
  REQUIRE(letters.size() == 1);
  CHECK(letters[0].to == "Kính gửi: Đồng chí Đỗ Minh Khoa - Phó Chủ tịch LĐLĐ tỉnh");
  // Without guests the host writes to every other unit, the leader included.
  model::Event no_guests = event;
  no_guests.guests.clear();
  const std::vector<compose::Letter> unit_letters = compose::event_letters(no_guests, "", "");
  REQUIRE(unit_letters.size() == 2);
  CHECK(unit_letters[0].to == "Kính gửi: Ban Chấp hành Liên đoàn Lao động huyện Nông Cống");
  CHECK(unit_letters[1].to == "Kính gửi: Ban Chấp hành Liên đoàn Lao động huyện Như Thanh");

  const std::string signature = drawn_text("invitations", event);
  CHECK(signature.find("LIÊN ĐOÀN LAO ĐỘNG\nTHỊ XÃ NGHI SƠN\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nMai Thị Hồng") != std::string::npos);
  CHECK(signature.find("CỤM PHÓ") == std::string::npos);
  CHECK(signature.find("Lê Đình Tuấn") == std::string::npos);

  const std::vector<std::string> script = paragraphs("script", event);
  CHECK(has(script, "Hôm nay, Cụm thi đua số 4 long trọng tổ chức hội nghị ký kết giao ước thi đua năm 2025, do Liên đoàn "
                    "Lao động thị xã Nghi Sơn đăng cai. Đó là lý do của hội nghị hôm nay."));
  // The draft stays the leader's; the host closes.
  CHECK(has(script, "Trân trọng kính mời đồng chí Lê Đình Tuấn - Chủ tịch Liên đoàn Lao động huyện Nông Cống lên thông "
                    "qua dự thảo giao ước thi đua năm 2025."));
  CHECK(has(script, "Trân trọng kính mời đồng chí Mai Thị Hồng - Chủ tịch Liên đoàn Lao động thị xã Nghi Sơn lên bế mạc "
                    "hội nghị."));
  const std::vector<std::string> programme = paragraphs("programme", event);
  CHECK(has(programme, "7 |  | Bế mạc hội nghị | Đồng chí Mai Thị Hồng - Chủ tịch Liên đoàn Lao động thị xã Nghi Sơn"));
  const std::vector<std::string> minutes = paragraphs("minutes", event);
  CHECK(has(minutes, "Hôm nay, vào lúc 08 giờ 30, Thứ Ba, ngày 18 tháng 3 năm 2025, tại Hội trường Liên đoàn Lao động "
                     "thị xã Nghi Sơn, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2025, do Liên đoàn "
                     "Lao động thị xã Nghi Sơn đăng cai."));
  CHECK(has(minutes, "Chủ trì: đồng chí Mai Thị Hồng - Chủ tịch LĐLĐ thị xã Nghi Sơn."));
  render_all(event);
}

TEST_CASE("a body from outside the bloc hosts: named with its signer, or its leadership when none is named",
          "[realevents][ceremony][host]") {
  model::Event event = load_real_event("cum-cong-thuong-chien-dich.xml");
  event.host = model::Host{"", "Sở Công Thương tỉnh Hà Tĩnh", "Sở Công Thương", {}, std::nullopt};
  CHECK(sentences(event).lead.ends_with(", do Sở Công Thương đăng cai."));
  CHECK(has(paragraphs("script", event), "Trân trọng kính mời đồng chí đại diện lãnh đạo Sở Công Thương tỉnh Hà Tĩnh lên "
                                         "bế mạc hội nghị."));
  // Every cluster is written to when no guest is named: none of them sends the letters.
  model::Event no_guests = event;
  no_guests.guests.clear();
  CHECK(compose::event_letters(no_guests, "", "").size() == 3);
  event.host->signatory = model::Signatory{"Võ Quang Minh", "Phó Giám đốc", "KT. GIÁM ĐỐC"};
  CHECK(has(paragraphs("script", event), "Trân trọng kính mời đồng chí Võ Quang Minh - Phó Giám đốc Sở Công Thương tỉnh "
                                         "Hà Tĩnh lên bế mạc hội nghị."));
  // He signs the letters, so he is not invited by them.
  const std::vector<compose::Letter> letters = compose::event_letters(event, "", "");
  REQUIRE(letters.size() == 1);
  CHECK(letters[0].to == "Kính gửi: Đồng chí Trần Thị Thu - Phó Chủ tịch LĐLĐ tỉnh");
  render_all(event);
}

TEST_CASE("<host> names one host, a member unit that exists; quotes only from the event's guests", "[realevents][host]") {
  const auto errors_of = testing::load_messages;
  const std::string head = R"(<event id="x" kind="agreement" year="2024">
  <upper name="Liên đoàn Lao động tỉnh Nam Định"/>
  <bloc kind="khoi" name="các Công đoàn ngành"/>
  <date>2024-03-05</date>
  <place province="Nam Định">Hội trường LĐLĐ tỉnh</place>
)";
  const std::string units = R"(  <units><unit id="yt" name="Công đoàn ngành Y tế" role="leader"/><unit id="gd" name="Công đoàn ngành Giáo dục"/></units>
  <guests><guest id="an" name="Trần An" title="Phó Chủ tịch LĐLĐ tỉnh"/></guests>
)";
  CHECK(errors_of(head + "  <host unit=\"gd\"/>\n" + units + "</event>").find("error") == std::string::npos);
  CHECK(errors_of(head + "  <host/>\n" + units + "</event>").find("su-kien.xml:6:3: error:") != std::string::npos);
  CHECK(errors_of(head + "  <host unit=\"gd\" name=\"Sở Y tế\"/>\n" + units + "</event>").find("su-kien.xml:6:3: error:") !=
        std::string::npos);
  CHECK(errors_of(head + "  <host unit=\"xx\"/>\n" + units + "</event>").find("su-kien.xml:6:9: error:") != std::string::npos);
  // A quote is attributed only to a guest of the event: a unit's id, or nobody's, is refused.
  const std::string news = "  <news><title>T</title><body><quote by=\"yt\">Lời trích.</quote></body></news>\n";
  CHECK(errors_of(head + units + news + "</event>").find("error") != std::string::npos);
  const std::string quoted = "  <news><title>T</title><body><quote by=\"an\">Lời trích.</quote></body></news>\n";
  CHECK(errors_of(head + units + quoted + "</event>").find("error") == std::string::npos);
}

TEST_CASE("the sign-in list's name column is as wide as its longest name needs, so a name is not broken",
          "[realevents][attendance]") {
  model::Event event = load_real_event("cum-ldld-huyen-nghe-an.xml");
  // The column is widened by the layout from the names as the font sets them (<col fit=>).
  const std::string long_name = "Nguyễn Thị Thanh Phương Khang";
  model::Attendee attendee;
  attendee.name = long_name;
  attendee.title = "Phó Chủ tịch Thường trực Liên đoàn Lao động huyện";
  attendee.unit_id = "quynhluu";
  event.attendees.push_back(attendee);
  for (const bool landscape : {false, true}) {
    INFO("landscape: " << landscape);
    documents::OptionValues values;
    if (landscape) values["landscape"] = "true";
    const std::vector<std::string> lines = drawn_lines("attendance", event, values);
    const bool whole = std::find(lines.begin(), lines.end(), long_name) != lines.end();
    CHECK(whole);
  }
}

TEST_CASE("names of only '|' marks are empty, and marks in the kind's words do not double the bloc's name",
          "[realevents][linebreak]") {
  const auto messages = testing::load_messages;
  const auto event_xml = [](const std::string& upper, const std::string& bloc, const std::string& extra) {
    return R"(<event id="x" kind="agreement" year="2024">)" + upper + bloc +
           R"(<date>2024-03-05</date><place province="Nam Định">Hội trường</place>)" + extra +
           R"(<units><unit id="a" name="Công đoàn A" role="leader"/><unit id="b" name="Công đoàn B"/></units></event>)";
  };
  const std::string upper = R"(<upper name="Liên đoàn Lao động tỉnh Nam Định"/>)";
  const std::string bloc = R"(<bloc kind="cum" name="số 3"/>)";
  CHECK(messages(event_xml(R"(<upper name=" | "/>)", bloc, "")).find("attribute 'name' on <upper> is empty") != std::string::npos);
  CHECK(messages(event_xml(upper, R"(<bloc kind="cum" name="|"/>)", "")).find("attribute 'name' on <bloc> is empty") !=
        std::string::npos);
  CHECK(messages(event_xml(upper, R"(<bloc kind="cum" name="số 3" full="||"/>)", "")).find("attribute 'full' on <bloc> is empty") !=
        std::string::npos);
  CHECK(messages(event_xml(upper, bloc, R"(<host name="|"/>)")).find("attribute 'name' on <host> is empty") != std::string::npos);
  CHECK(messages(event_xml(upper, bloc, R"(<compose omit=",,,"/>)")).find("attribute 'omit' on <compose> is empty") !=
        std::string::npos);
  for (const std::string written : {"Cụm thi đua|số 3", "Cụm thi | đua số 3", "Cụm thi đua | số 3"}) {
    INFO(written);
    const model::Event event = testing::load_event_text(event_xml(upper, R"(<bloc kind="cum" name=")" + written + R"("/>)", ""));
    CHECK(event.bloc.name == "số 3");
    CHECK(event.bloc.full_name == "Cụm thi đua số 3");
  }
}
