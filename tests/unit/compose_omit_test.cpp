// <compose omit="…">: each composed part switched off for one event disappears from every output
// that composes it (article page, WordPress post body, script and minutes as PDF and DOCX), and
// nothing else changes; an unknown part name is a located error with the valid names.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "documents/pipeline.h"
#include "documents/registry.h"
#include "compose/article.h"
#include "compose/ceremony.h"
#include "html/article_page.h"
#include "io/files.h"
#include "load/load_event.h"
#include "support.h"
#include "workbook/parts.h"

namespace {

namespace fs = std::filesystem;
using namespace thidua;

const std::string kEventFile = "cum-dang-cai-thanh-hoa.xml";

// The test event with `element` put in before </event>, written to a scratch folder and loaded.
model::Event event_with(const std::string& element, const std::string& folder) {
  std::string xml = io::read_file(std::string(THIDUA_TEST_DIR) + "/events/" + kEventFile);
  const std::size_t end = xml.rfind("</event>");
  REQUIRE(end != std::string::npos);
  xml.insert(end, element.empty() ? std::string() : "  " + element + "\n");
  const fs::path dir = testing::scratch_dir(folder);
  io::write_file_atomic((dir / kEventFile).string(), xml);
  return testing::load_event_file(dir / kEventFile);
}

// Every output that composes a part, as text: the article page, the post body WordPress gets,
// and the script's and the minutes' PDF (its layout trace) and Word file.
struct Outputs {
  std::string page;
  std::string post;
  std::string script_pdf;
  std::string minutes_pdf;
  std::string script_docx;
  std::string minutes_docx;
};

// The text of a trace with its lines joined by spaces (a sentence may wrap).
std::string trace_words(const std::string& kind, const model::Event& event) {
  Diagnostics diags;
  const documents::DocumentKind& entry = *documents::find_kind(kind);
  const std::string trace = documents::trace_text(testing::toolbox(), entry, event, documents::default_values(entry), diags);
  REQUIRE_FALSE(diags.has_errors());
  // Each text drawing call of the trace is one line: `text "…"`; keep only what is drawn.
  std::string words;
  for (std::size_t at = trace.find(" \""); at != std::string::npos; at = trace.find(" \"", at)) {
    const std::size_t end = trace.find("\"\n", at + 2);
    if (end == std::string::npos) break;
    words += trace.substr(at + 2, end - at - 2) + " ";
    at = end;
  }
  return words;
}

std::string docx_text(const std::string& kind, const model::Event& event) {
  Diagnostics diags;
  const documents::DocumentKind& entry = *documents::find_kind(kind);
  const std::string bytes = documents::docx_bytes(testing::toolbox(), entry, event, documents::default_values(entry), diags);
  REQUIRE_FALSE(diags.has_errors());
  const workbook::Limits limits;
  workbook::detail::ZipArchive zip(bytes, limits);
  return zip.read("word/document.xml");
}

Outputs outputs(const model::Event& event, const std::string& folder) {
  Outputs out;
  Diagnostics diags;
  const fs::path dir = testing::scratch_dir(folder + "-page");
  html::write_article(event, testing::toolbox().templates(), (dir / "article.html").string(), diags);
  REQUIRE_FALSE(diags.has_errors());
  out.page = io::read_file((dir / "article.html").string());
  const auto no_photos = [](const model::Photo& photo) { return compose::PhotoRef{photo.file, 0, 0}; };
  out.post = html::render_article_content(event, testing::toolbox().templates(), no_photos, diags).body;
  out.script_pdf = trace_words("script", event);
  out.minutes_pdf = trace_words("minutes", event);
  out.script_docx = docx_text("script", event);
  out.minutes_docx = docx_text("minutes", event);
  return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("compose omit: each part is left out of every output that composes it, and only it", "[compose-omit]") {
  const Outputs whole = outputs(event_with("", "omit-none"), "omit-none");
  // What each part writes, as found in the outputs of the event without <compose>.
  struct Case {
    std::string part;
    std::vector<std::string> article;  // in the page and in the WordPress post body
    std::vector<std::string> script;   // in the script's PDF
    std::vector<std::string> minutes;  // in the minutes' PDF
  };
  const std::vector<Case> cases = {
      {"lead", {"<p class=\"lead\">"}, {"Đó là lý do"}, {}},
      {"host", {"do LĐLĐ thị xã Nghi Sơn đăng cai"}, {"do Liên đoàn Lao động thị xã Nghi Sơn đăng cai"},
       {"do Liên đoàn Lao động thị xã Nghi Sơn đăng cai"}},
      {"guests", {"Tham dự và chỉ đạo hội nghị có"}, {"xin trân trọng giới thiệu"}, {}},
      {"members", {"Cụm thi đua số 4 có 3"}, {"có các đồng chí đại diện lãnh đạo"}, {}},
      {"leader", {"Năm 2025 Cụm trưởng cụm thi đua là"}, {}, {}},
      {"signing", {"Tại hội nghị đã diễn ra lễ ký kết"}, {"Xin chúc mừng các"}, {"có mặt đã ký kết"}},
      {"closing", {}, {"đến đây là kết thúc"}, {}},
  };
  REQUIRE(cases.size() == model::composed_part_names().size());
  for (const Case& c : cases) {
    SECTION(c.part) {
      // The case's words in every output that composes them: all there, or none.
      const auto check_words = [&c](const Outputs& out, bool present) {
        for (const std::string& words : c.article) {
          CHECK(contains(out.page, words) == present);
          CHECK(contains(out.post, words) == present);
        }
        for (const std::string& words : c.script) {
          CHECK(contains(out.script_pdf, words) == present);
          CHECK(contains(out.script_docx, words) == present);
        }
        for (const std::string& words : c.minutes) {
          CHECK(contains(out.minutes_pdf, words) == present);
          CHECK(contains(out.minutes_docx, words) == present);
        }
      };
      // Present without the switch, so that its absence below means something.
      check_words(whole, true);
      const model::Event event = event_with("<compose omit=\"" + c.part + "\"/>", "omit-" + c.part);
      REQUIRE(event.omitted.size() == 1);
      const Outputs cut = outputs(event, "omit-" + c.part);
      check_words(cut, false);
      // The parts not switched off stay: every other case's words are still there.
      for (const Case& other : cases) {
        if (other.part == c.part) continue;
        // The host's clause is said inside the lead (article) and the reason (script): it goes with them.
        if (c.part == "lead" && other.part == "host") continue;
        for (const std::string& words : other.article) CHECK(contains(cut.post, words));
        for (const std::string& words : other.script) CHECK(contains(cut.script_pdf, words));
      }
    }
  }
}

TEST_CASE("compose omit: the composed members sentence goes and the leader's stays, and the reverse", "[compose-omit]") {
  Diagnostics diags;
  const model::Event members_off = event_with("<compose omit=\"members\"/>", "omit-members-only");
  const compose::ArticleSentences a = compose::compose_sentences(members_off, testing::toolbox().templates(), diags);
  CHECK(a.members == "Năm 2025 Cụm trưởng cụm thi đua là LĐLĐ huyện Nông Cống, Cụm phó là LĐLĐ thị xã Nghi Sơn.");
  const model::Event both_off = event_with("<compose omit=\"members, leader\"/>", "omit-members-leader");
  const compose::ArticleSentences b = compose::compose_sentences(both_off, testing::toolbox().templates(), diags);
  CHECK(b.members.empty());
  CHECK(both_off.omitted.size() == 2);
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("compose omit: without its lead the page's description is the first paragraph, and a given lead stays",
          "[compose-omit]") {
  const model::Event event = event_with("<compose omit=\"lead\"/>", "omit-lead-description");
  const Outputs out = outputs(event, "omit-lead-description");
  CHECK_FALSE(contains(out.page, "<meta name=\"description\" content=\"\">"));
  CHECK(contains(out.page, "<meta name=\"description\" content=\""));
  model::Event given = event;
  given.news->lead = "Sa-pô do người viết tự viết.";
  const Outputs with_lead = outputs(given, "omit-lead-given");
  CHECK(contains(with_lead.post, "<p class=\"lead\">Sa-pô do người viết tự viết.</p>"));
}

TEST_CASE("compose omit: an unknown part is an error at the attribute that lists the valid names", "[compose-omit]") {
  std::string xml = io::read_file(std::string(THIDUA_TEST_DIR) + "/events/" + kEventFile);
  xml.insert(xml.rfind("</event>"), "  <compose omit=\"lead membrs\"/>\n");
  const fs::path dir = testing::scratch_dir("omit-unknown");
  io::write_file_atomic((dir / kEventFile).string(), xml);
  Diagnostics diags;
  const std::optional<model::Event> event = load::load_event((dir / kEventFile).string(), diags);
  CHECK_FALSE(event.has_value());
  REQUIRE(diags.error_count() == 1);
  const std::string message = diags.all().front().format();
  INFO(message);
  CHECK(contains(message, "membrs"));
  CHECK(contains(message, "lead, host, guests, members, leader, signing"));
  CHECK(contains(message, "'members'"));
  CHECK(diags.all().front().where.line > 1);
}

TEST_CASE("compose omit: the MC's first step is named for what is left to say", "[compose-omit]") {
  const auto first_step = [](const std::string& omit, const std::string& folder) {
    const model::Event event = event_with(omit.empty() ? "" : "<compose omit=\"" + omit + "\"/>", folder);
    return compose::programme_lines(event).front().title;
  };
  CHECK(first_step("", "step-all") == "Tuyên bố lý do, giới thiệu đại biểu");
  CHECK(first_step("guests", "step-guests") == "Tuyên bố lý do, giới thiệu đại biểu");
  CHECK(first_step("guests members", "step-intro") == "Tuyên bố lý do");
  CHECK(first_step("lead", "step-lead") == "Giới thiệu đại biểu");
  CHECK(first_step("lead guests members", "step-none") == "Chào mừng đại biểu");
}

TEST_CASE("compose omit: without the guests the members are not said to come 'too', and the excerpt is never empty",
          "[compose-omit]") {
  const model::Event guests_off = event_with("<compose omit=\"guests\"/>", "omit-guests-attend");
  CHECK(compose::script_data(guests_off).get("units_attend")->string_value() == "Về dự");
  CHECK(compose::script_data(event_with("", "omit-none-attend")).get("units_attend")->string_value() == "Cùng dự");
  // WordPress's excerpt: the lead, else the first paragraph of the body.
  Diagnostics diags;
  const auto no_photos = [](const model::Photo& photo) { return compose::PhotoRef{photo.file, 0, 0}; };
  const model::Event lead_off = event_with("<compose omit=\"lead\"/>", "omit-lead-excerpt");
  const html::ArticleContent content = html::render_article_content(lead_off, testing::toolbox().templates(), no_photos, diags);
  CHECK_FALSE(content.lead.empty());
}
