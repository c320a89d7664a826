// Hostile text in every field of an event: the article, site pages, feeds and export stay intact.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "html/article_page.h"
#include "html/site.h"
#include "load/load_event.h"
#include "support.h"

namespace {

namespace fs = std::filesystem;
using namespace thidua;

// The payload of tests/browser/fixtures/hostile.xml, as written in the XML.
const std::string payload_xml =
    "«&lt;script&gt;window.__pwned=1&lt;/script&gt; &quot;'&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; "
    "&lt;/script&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt; javascript:window.__pwned=4 &lt;!-- \u2028 ]]&gt; "
    "{{x}}»";

const tmpl::TemplateSet& templates() {
  static Diagnostics diags;
  static const tmpl::TemplateSet set = tmpl::TemplateSet::load(std::string(THIDUA_SOURCE_DIR) + "/templates", diags);
  return set;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const fs::path fixture = fs::path(THIDUA_TEST_DIR) / "browser" / "fixtures" / "hostile.xml";

// The hostile event, or (benign) the same event with the payload replaced by plain words.
model::Event hostile_event(bool benign) {
  std::string xml = read(fixture);
  REQUIRE(xml.find(payload_xml) != std::string::npos);
  if (benign) {
    for (std::size_t pos = xml.find(payload_xml); pos != std::string::npos; pos = xml.find(payload_xml, pos)) {
      xml.replace(pos, payload_xml.size(), "chữ thường");
    }
    for (std::size_t pos = xml.find("javascript:"); pos != std::string::npos; pos = xml.find("javascript:", pos)) {
      xml.replace(pos, 11, "chu-");
    }
  }
  return testing::load_event_text(xml, fixture.string(), fixture.parent_path().string());
}

// The markup's skeleton: each tag's name and its attributes' names, in order. Text and
// attribute values are skipped, so injected markup shows up as a difference.
std::vector<std::string> skeleton(const std::string& html) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string::npos) {
    std::size_t i = pos + 1;
    std::string item;
    while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '/' || html[i] == '!' ||
                               html[i] == '?' || html[i] == ':' || html[i] == '-')) {
      item += html[i++];
    }
    while (i < html.size() && html[i] != '>') {
      if (html[i] == '"') {
        i = html.find('"', i + 1);  // a quoted value, whatever it holds
        if (i == std::string::npos) return out;
        ++i;
        continue;
      }
      if (std::isalpha(static_cast<unsigned char>(html[i]))) {
        std::string name;
        while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-' || html[i] == ':')) {
          name += html[i++];
        }
        item += " " + name;
        continue;
      }
      ++i;
    }
    out.push_back(item);
    pos = i;
  }
  return out;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

// Every value of href= and src= attributes.
std::vector<std::string> urls(const std::string& html) {
  std::vector<std::string> out;
  for (const std::string attribute : {" href=\"", " src=\""}) {
    for (std::size_t pos = html.find(attribute); pos != std::string::npos; pos = html.find(attribute, pos + 1)) {
      const std::size_t start = pos + attribute.size();
      out.push_back(html.substr(start, html.find('"', start) - start));
    }
  }
  return out;
}

std::string render_article(const model::Event& event, const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("thidua_escape_" + name);
  fs::remove_all(dir);
  Diagnostics diags;
  html::write_article(event, templates(), (dir / "a.html").string(), diags);
  const std::string page = read(dir / "a.html");
  fs::remove_all(dir);
  return page;
}

void check_page(const std::string& hostile, const std::string& benign) {
  // The only script element is the JSON-LD, and no tag or attribute was injected.
  CHECK(count(lower(hostile), "<script") == count(lower(benign), "<script"));
  CHECK(skeleton(hostile) == skeleton(benign));
  // No link or image points at script.
  for (const std::string& url : urls(hostile)) {
    INFO(url);
    CHECK(lower(url).find("javascript:") == std::string::npos);
  }
}

}  // namespace

TEST_CASE("hostile text is escaped for each context of the article page", "[news]") {
  const model::Event event = hostile_event(false);
  const std::string page = render_article(event, "hostile");
  const std::string plain = render_article(hostile_event(true), "benign");
  check_page(page, plain);

  // Shown as text: the payload's markup arrives entity-escaped in the title.
  CHECK(page.find("<h1>Tiêu đề «&lt;script&gt;window.__pwned=1&lt;/script&gt; &quot;&#39;&gt;&lt;img src=x") !=
        std::string::npos);
  // In the JSON-LD, nothing can end the script element, and the values survive intact.
  const std::size_t open = page.find("<script type=\"application/ld+json\">");
  REQUIRE(open != std::string::npos);
  const std::size_t start = open + 35;
  const std::string ld_text = page.substr(start, page.find("</script>", start) - start);
  CHECK(ld_text.find('<') == std::string::npos);
  const nlohmann::json ld = nlohmann::json::parse(ld_text);
  CHECK(ld["headline"] == event.news->title);
  CHECK(ld["keywords"][1] == "javascript:window.__pwned=5");
  // The tag "javascript:…" is text, not a link (a standalone page has no tag pages).
  CHECK(page.find("<li>javascript:window.__pwned=5</li>") != std::string::npos);
}

TEST_CASE("hostile text leaves the site's pages, feed, sitemap and export well-formed", "[news]") {
  const fs::path hostile_dir = fs::temp_directory_path() / "thidua_escape_site_hostile";
  const fs::path benign_dir = fs::temp_directory_path() / "thidua_escape_site_benign";
  fs::remove_all(hostile_dir);
  fs::remove_all(benign_dir);
  Diagnostics diags;
  html::write_site(std::vector<model::Event>{hostile_event(false)}, templates(), hostile_dir.string(), diags);
  html::write_site(std::vector<model::Event>{hostile_event(true)}, templates(), benign_dir.string(), diags);
  CHECK_FALSE(diags.has_errors());

  const std::string article = html::permalink(hostile_event(false)) + "index.html";
  check_page(read(hostile_dir / article), read(benign_dir / article));
  check_page(read(hostile_dir / "index.html"), read(benign_dir / "index.html"));
  // The tag "javascript:…" gets a page under its slug, linked by a relative URL.
  CHECK(fs::is_regular_file(hostile_dir / "tag" / "javascript-window-pwned-5" / "index.html"));

  for (const char* file : {"feed.xml", "sitemap.xml", "wordpress.xml"}) {
    INFO(file);
    pugi::xml_document doc;
    const std::string text = read(hostile_dir / file);
    CHECK(doc.load_string(text.c_str()));
  }
  // The post content in the export is the article's HTML, intact inside its CDATA section.
  pugi::xml_document wxr;
  const std::string wxr_text = read(hostile_dir / "wordpress.xml");
  REQUIRE(wxr.load_string(wxr_text.c_str()));
  const std::string content = wxr.child("rss").child("channel").child("item").child_value("content:encoded");
  CHECK(content.find("<p class=\"lead\">") == 0);
  CHECK(count(lower(content), "<script") == 0);
  // WordPress shows the title, excerpt and tag names as HTML: they arrive entity-escaped inside
  // their CDATA, so "<script>" in a title shows as text on the site.
  const pugi::xml_node item = wxr.child("rss").child("channel").child("item");
  const std::string title = item.child_value("title");
  CHECK(title.find("&lt;script&gt;window.__pwned=1&lt;/script&gt;") != std::string::npos);
  CHECK(title.find('<') == std::string::npos);
  CHECK(std::string(item.child_value("excerpt:encoded")).find('<') == std::string::npos);
  for (const pugi::xml_node tag : wxr.child("rss").child("channel").children("wp:tag")) {
    CHECK(std::string(tag.child_value("wp:tag_name")).find('<') == std::string::npos);
  }
  fs::remove_all(hostile_dir);
  fs::remove_all(benign_dir);
}
