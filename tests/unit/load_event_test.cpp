// The loader on good input: field values, defaults, normalisation, origins, and error collection.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "load/load_event.h"

namespace {

namespace fs = std::filesystem;
using namespace thidua;
using model::Event;

// Loads XML text as if it were the file "mem/event.xml" in tests/bad (for csv= and file=).
std::optional<Event> load_text(const std::string& xml, Diagnostics& diags) {
  return load::load_event_from_string(xml, "mem/event.xml", std::string(THIDUA_TEST_DIR) + "/bad", diags);
}

// A small valid agreement with `extra` inserted before </event>.
std::string agreement(const std::string& extra = "", const std::string& units_role = "leader") {
  return "<?xml version=\"1.0\"?>\n"
         "<event id=\"t\" kind=\"agreement\">\n"
         "  <upper name=\"Liên đoàn Lao động tỉnh Khánh Hòa\"/>\n"
         "  <bloc kind=\"cum\" name=\"số 3\"/>\n"
         "  <date>2020-06-09</date>\n"
         "  <place province=\"Sóc Trăng\"/>\n"
         "  <units>\n"
         "    <unit id=\"mttq\" name=\"Công đoàn Ủy ban MTTQ Việt Nam tỉnh\" role=\"" + units_role + "\">\n"
         "      <signatory name=\"Khưu Đăng Phượng\" title=\"Chủ tịch\"/>\n"
         "    </unit>\n"
         "  </units>\n" +
         extra + "</event>\n";
}

const Event::Origin* find_origin(const Event& event, const std::string& field) {
  const auto found = std::find_if(event.origins.begin(), event.origins.end(),
                                  [&](const Event::Origin& o) { return o.field == field; });
  return found == event.origins.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("the Khánh Hòa sample loads with its values", "[load]") {
  Diagnostics diags;
  const std::string path = std::string(THIDUA_SOURCE_DIR) + "/samples/2022-khanh-hoa-khoi-nganh-i.xml";
  const std::optional<Event> event = load::load_event(path, diags);
  INFO([&] { std::ostringstream out; diags.print(out); return out.str(); }());
  REQUIRE(event);
  CHECK_FALSE(diags.has_errors());
  CHECK(event->id == "khanh-hoa-khoi-nganh-i-2022");
  CHECK(event->kind == model::EventKind::agreement);
  CHECK(event->year == 2022);
  CHECK(event->date == text::Date{2022, 2, 16});
  CHECK_FALSE(event->start);  // the report says only "Sáng"
  CHECK(event->part_of_day == "Sáng");
  CHECK(event->province == "Khánh Hòa");
  CHECK(event->bloc.kind == model::BlocKind::khoi);
  CHECK(event->bloc.full_name == "Khối thi đua Công đoàn Ngành I");  // composed: no full=
  REQUIRE(event->leader() != nullptr);
  CHECK(event->leader()->id == "cdvc");
  REQUIRE(event->leader()->signatory);
  CHECK(event->leader()->signatory->name == "Nguyễn Thanh Phong");
  REQUIRE(event->find_guest("thanh") != nullptr);
  CHECK(event->find_guest("thanh")->role == model::GuestRole::director);
  CHECK(event->find_guest("thanh")->honorific == "đồng chí");
  CHECK(event->source_file == path);
  CHECK(event->source_dir == std::string(THIDUA_SOURCE_DIR) + "/samples");
  const Event::Origin* origin = find_origin(*event, "unit 'cdvc' signatory name");
  REQUIRE(origin != nullptr);
  CHECK(origin->value == "Nguyễn Thanh Phong");
  CHECK(origin->where.file == path);
  CHECK(origin->where.line > 0);
  CHECK(origin->where.column > 0);
}

TEST_CASE("every sample loads without errors", "[load]") {
  int samples = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(fs::path(THIDUA_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".xml") continue;
    ++samples;
    Diagnostics diags;
    const std::optional<Event> event = load::load_event(entry.path().string(), diags);
    std::ostringstream out;
    diags.print(out);
    INFO(entry.path().filename().string() << "\n" << out.str());
    CHECK(event);
  }
  CHECK(samples >= 1);
}

TEST_CASE("text is NFC and its white space squashed; origins point at the value", "[load]") {
  // "Khối" with o + circumflex + acute as combining marks (NFD), a line break and a run of spaces.
  const std::string nfd_name = "Kho\xCC\x82\xCC\x81i thi \n    \xC4\x91ua";
  std::string xml = agreement("  <guests>\n    <guest name=\"Lê  Văn\tA\" title=\"" + nfd_name + "\"/>\n  </guests>\n");
  Diagnostics diags;
  const std::optional<Event> event = load_text(xml, diags);
  REQUIRE(event);
  REQUIRE(event->guests.size() == 1);
  CHECK(event->guests[0].name == "Lê Văn A");
  CHECK(event->guests[0].title == "Khối thi đua");
  const Event::Origin* origin = find_origin(*event, "guest 1 title");
  REQUIRE(origin != nullptr);
  CHECK(origin->value == "Khối thi đua");
  CHECK(origin->where.file == "mem/event.xml");
  CHECK(origin->where.line == 13);
  CHECK(origin->where.column == 29);  // the attribute's name: 4 spaces, <guest name="Lê  Văn\tA" = 24 characters
}

TEST_CASE("defaults: year from the date, short name from the name, bloc full name", "[load]") {
  Diagnostics diags;
  const std::optional<Event> event = load_text(agreement(), diags);
  REQUIRE(event);
  CHECK(event->year == 2020);
  CHECK(event->bloc.full_name == "Cụm thi đua số 3");
  CHECK(event->units[0].short_name == event->units[0].name);
  CHECK(event->units[0].role == model::UnitRole::leader);
  CHECK(event->place.empty());

  std::string xml = agreement();
  const std::string bloc = "<bloc kind=\"cum\" name=\"số 3\"/>";
  xml.replace(xml.find(bloc), bloc.size(),
              "<bloc kind=\"union\" name=\"Công đoàn cơ sở Văn phòng UBND tỉnh\"/>");
  Diagnostics union_diags;
  const std::optional<Event> union_event = load_text(xml, union_diags);
  REQUIRE(union_event);
  CHECK(union_event->bloc.full_name == "Công đoàn cơ sở Văn phòng UBND tỉnh");
}

TEST_CASE("the agreement, news and list punctuation are read", "[load]") {
  const std::string extra =
      "  <guests><guest id=\"thuy\" name=\"Nguyễn Ngọc Thủy\" title=\"Chủ tịch\" role=\"chair\"/></guests>\n"
      "  <agreement number=\"05\" symbol=\"GU-CTĐ\">\n"
      "    <basis>Căn cứ Hướng dẫn số 1723/HD-TLĐ;</basis>\n"
      "    <section title=\"Nội dung\">\n"
      "      <p>Các đơn vị thống nhất:</p>\n"
      "      <item>Vận động sáng kiến <point>a) đăng ký;</point>\n"
      "        <target party=\"mttq\" qualifier=\"ít nhất\" quantity=\"1.000\" measure=\"sáng kiến\"/>\n"
      "        <target>Hoàn thành trước ngày 31-5</target>\n"
      "      </item>\n"
      "    </section>\n"
      "    <period from=\"2020-06-09\" to=\"2020-12-31\"/>\n"
      "    <recipients><to>- Lưu: VT.</to></recipients>\n"
      "  </agreement>\n"
      "  <news><title>Tin</title><published>2020-06-10T08:56</published>\n"
      "    <body><quote by=\"thuy\">Phải giám sát.</quote></body><tag>thi đua</tag></news>\n";
  Diagnostics diags;
  const std::optional<Event> event = load_text(agreement(extra), diags);
  std::ostringstream out;
  diags.print(out);
  INFO(out.str());
  REQUIRE(event);
  const model::Agreement& a = *event->agreement;
  CHECK(a.number == "05");
  CHECK(a.bases == std::vector<std::string>{"Căn cứ Hướng dẫn số 1723/HD-TLĐ"});
  REQUIRE(a.sections.size() == 1);
  CHECK(a.sections[0].paragraphs == std::vector<std::string>{"Các đơn vị thống nhất:"});
  REQUIRE(a.sections[0].items.size() == 1);
  const model::Item& item = a.sections[0].items[0];
  CHECK(item.text == "Vận động sáng kiến");
  CHECK(item.points == std::vector<std::string>{"a) đăng ký;"});
  REQUIRE(item.targets.size() == 2);
  CHECK(item.targets[0].party_id == "mttq");
  CHECK(item.targets[0].quantity == "1.000");
  CHECK(item.targets[1].text == "Hoàn thành trước ngày 31-5");
  CHECK(a.period_to == text::Date{2020, 12, 31});
  CHECK(a.recipients == std::vector<std::string>{"Lưu: VT"});
  REQUIRE(event->news);
  CHECK(event->news->published_date == text::Date{2020, 6, 10});
  CHECK(event->news->published_time == text::Time{8, 56});
  REQUIRE(event->news->body.size() == 1);
  CHECK(event->news->body[0].speaker == "Nguyễn Ngọc Thủy");
  CHECK(event->news->tags == std::vector<std::string>{"thi đua"});
  CHECK(find_origin(*event, "agreement section 1 item 1 target 2") != nullptr);
}

TEST_CASE("independent errors are all reported, and nothing is returned", "[load]") {
  std::string xml = agreement("  <guests><guest name=\"A\" title=\"B\" unit=\"khong\" rol=\"chair\"/></guests>\n");
  xml.replace(xml.find("2020-06-09"), 10, "2020-02-30");
  Diagnostics diags;
  const std::optional<Event> event = load_text(xml, diags);
  CHECK_FALSE(event);
  REQUIRE(diags.error_count() == 3);
  CHECK(diags.all()[0].format() == "mem/event.xml:5:9: error: date '2020-02-30' does not exist");
  CHECK(diags.all()[1].format() ==
        "mem/event.xml:12:50: error: unknown attribute 'rol' on <guest>; did you mean 'role'?");
  CHECK(diags.all()[2].format() == "mem/event.xml:12:37: error: unknown unit 'khong' in attribute 'unit'");
}

TEST_CASE("warnings do not stop loading", "[load]") {
  std::string xml = agreement("  <agreement/>\n");
  Diagnostics diags;
  const std::optional<Event> event = load_text(xml, diags);
  REQUIRE(event);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].severity == Severity::warning);
  CHECK(diags.all()[0].format() ==
        "mem/event.xml:12:3: warning: the agreement has no <recipients>; its \"Nơi nhận\" list will be empty");
}

TEST_CASE("a missing file or a directory is an I/O failure, not bad content", "[load]") {
  Diagnostics diags;
  try {
    (void)load::load_event(std::string(THIDUA_TEST_DIR) + "/bad/no-such-file.xml", diags);
    FAIL("no exception");
  } catch (const Failure& failure) {
    CHECK(failure.code() == ExitCode::io_or_internal);
    REQUIRE(failure.diagnostics().size() == 1);
    CHECK(failure.diagnostics()[0].message == "cannot read file: No such file or directory");
  }
  CHECK_THROWS_AS(load::load_event(THIDUA_TEST_DIR, diags), Failure);
  CHECK(diags.all().empty());
}

TEST_CASE("kinds: a movement needs <movement>, a campaign needs no leader", "[load]") {
  std::string xml = agreement("  <campaign programme=\"01 triệu sáng kiến\" days=\"40\"/>\n", "member");
  xml.replace(xml.find("kind=\"agreement\""), 16, "kind=\"campaign\"");
  Diagnostics diags;
  const std::optional<Event> event = load_text(xml, diags);
  REQUIRE(event);
  CHECK(event->campaign->days == 40);
  CHECK(event->leader() == nullptr);

  std::string movement = xml;
  movement.replace(movement.find("kind=\"campaign\""), 15, "kind=\"movement\"");
  Diagnostics movement_diags;
  CHECK_FALSE(load_text(movement, movement_diags));
  REQUIRE(movement_diags.error_count() == 2);
  CHECK(movement_diags.all()[0].message == "missing required element <movement> in <event> (kind=\"movement\")");
  CHECK(movement_diags.all()[1].message == "<campaign> is only allowed in an event of kind=\"campaign\"");
}

TEST_CASE("hostile input ends with errors, never a crash or a hang", "[load]") {
  const std::vector<std::string> inputs = {
      std::string("\xEF\xBB\xBF"),                     // a BOM and nothing else
      "   \n",                                          // white space only
      "<event",                                        // cut in a tag
      "<a><b></a>",                                    // mismatch
      "<event>" + std::string(100000, '<'),            // a flood of '<'
      std::string(50000, '>'),                         // no element at all
      "<event " + std::string(20000, 'a') + "=\"1\"/>",  // a huge attribute name
      "<event id=\"&#xD800;\"/>",                       // a reference to a surrogate
      "<!DOCTYPE event [<!ENTITY e \"x\">]><event>&e;</event>",
  };
  for (const std::string& input : inputs) {
    Diagnostics diags;
    CHECK_FALSE(load_text(input, diags));
    CHECK(diags.has_errors());
  }
}

TEST_CASE("mixed text: child elements separate words, comments and CDATA do not", "[load]") {
  const std::string extra =
      "  <agreement>\n"
      "    <preamble>Khánh<!-- a note --> Hòa, ngày <![CDATA[16]]>/02</preamble>\n"
      "    <section title=\"I\"><item>Đầu<point>a</point>cuối</item></section>\n"
      "    <recipients><to>Lưu: VT</to></recipients>\n"
      "  </agreement>\n";
  Diagnostics diags;
  const std::optional<Event> event = load_text(agreement(extra), diags);
  REQUIRE(event);
  CHECK(event->agreement->preamble == std::vector<std::string>{"Khánh Hòa, ngày 16/02"});
  CHECK(event->agreement->sections[0].items[0].text == "Đầu cuối");
}

TEST_CASE("a file on one long line loads in linear time", "[load]") {
  // Editors and generators may write a whole event on one line; locations and entity
  // checks must not rescan the line for every value.
  std::string attendees = "<attendees>";
  for (int i = 0; i < 20000; ++i) {  // the most attendees an event may have
    attendees += "<attendee name=\"Đại biểu " + std::to_string(i) + "\" unit=\"mttq\" title=\"Chủ tịch\"/>";
  }
  attendees += "</attendees>";
  std::string xml = agreement(attendees);
  std::replace(xml.begin(), xml.end(), '\n', ' ');
  Diagnostics diags;
  const auto start = std::chrono::steady_clock::now();
  const std::optional<Event> event = load_text(xml, diags);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(event);
  REQUIRE(event->attendees.size() == 20000);
  CHECK(event->attendees.back().where.line == 1);
  CHECK(event->attendees.back().where.column > 1200000);  // ~62 characters per attendee
  // The quadratic version took minutes even in a Release build; the bound is loose because the
  // sanitizer build on a busy CI machine is ten times slower than Release (it took 6 s there).
  CHECK(seconds < 60.0);
}

TEST_CASE("xml_root_name finds the top-level element past a BOM, declaration, comments and DOCTYPE", "[load]") {
  using thidua::load::xml_root_name;
  CHECK(xml_root_name("<?xml version=\"1.0\"?>\n<!-- a comment <x> -->\n<event id=\"a\">") == "event");
  CHECK(xml_root_name("\xEF\xBB\xBF<feed xmlns=\"http://www.w3.org/2005/Atom\">") == "feed");
  CHECK(xml_root_name("<!DOCTYPE urlset [ <!ENTITY a \"b\"> ]>\n<urlset>") == "urlset");
  CHECK(xml_root_name("<rss/>") == "rss");
  CHECK(xml_root_name("") == std::nullopt);
  CHECK(xml_root_name("not xml") == std::nullopt);
  CHECK(xml_root_name("<!-- never closed") == std::nullopt);
  CHECK(xml_root_name("<?xml version=\"1.0\"?><even") == std::nullopt);  // cut off before the name ends
}
