// The article page of each sample, compared with its golden HTML (THIDUA_UPDATE=1 rewrites them).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "golden.h"
#include "html/article_page.h"
#include "io/files.h"
#include "load/load_event.h"
#include "support.h"

namespace {

using thidua::testing::load_sample;

namespace fs = std::filesystem;
using namespace thidua;

const char* const samples[] = {"2022-khanh-hoa-khoi-nganh-i", "2023-cdvc-viet-nam-khoi-ii", "2020-soc-trang-cum-3",
                               "2012-van-phong-ubnd-phat-dong", "2022-kien-giang-chien-dich-sang-kien"};

const tmpl::TemplateSet& templates() {
  static Diagnostics diags;
  static const tmpl::TemplateSet set = tmpl::TemplateSet::load(std::string(THIDUA_SOURCE_DIR) + "/templates", diags);
  return set;
}

std::string read(const fs::path& path) { return io::read_file(path.string()); }

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("thidua_news_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Every value of attribute `name` in `html`.
std::vector<std::string> attribute_values(const std::string& html, const std::string& tag, const std::string& name) {
  std::vector<std::string> values;
  const std::regex element("<" + tag + "\\b[^>]*>");
  const std::regex attribute("\\s" + name + "=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), element); it != std::sregex_iterator(); ++it) {
    std::smatch match;
    const std::string text = it->str();
    if (std::regex_search(text, match, attribute)) values.push_back(match[1]);
    else values.push_back("<missing>");
  }
  return values;
}

std::string json_ld(const std::string& html) {
  const std::string open = "<script type=\"application/ld+json\">";
  const std::size_t start = html.find(open);
  REQUIRE(start != std::string::npos);
  const std::size_t stop = html.find("</script>", start);
  return html.substr(start + open.size(), stop - start - open.size());
}

// The page split at its inline style sheet: the sheet (the site/style partial, the same in
// every article) and the page with the sheet's text replaced by a note where it was.
struct SplitPage {
  std::string style;
  std::string rest;
};

SplitPage split_style(const std::string& page) {
  const std::string open = "<style>\n";
  const std::size_t start = page.find(open);
  REQUIRE(start != std::string::npos);
  const std::size_t stop = page.find("</style>", start);
  REQUIRE(stop != std::string::npos);
  const std::size_t text = start + open.size();
  return {page.substr(text, stop - text),
          page.substr(0, text) + "/* golden/html/article-style.css */\n" + page.substr(stop)};
}

}  // namespace

TEST_CASE("each sample's article page matches its golden file", "[news]") {
  // The style sheet is compared once, not in each sample's golden file.
  const fs::path golden_dir = fs::path(THIDUA_TEST_DIR) / "golden" / "html";
  for (const char* stem : samples) {
    SECTION(stem) {
      const model::Event event = load_sample(stem);
      const fs::path dir = fresh_dir(stem);
      Diagnostics diags;
      html::write_article(event, templates(), (dir / "article.html").string(), diags);
      CHECK_FALSE(diags.has_errors());
      const std::string page = read(dir / "article.html");
      const SplitPage split = split_style(page);
      CHECK(testing::golden_difference(golden_dir / "article-style.css", split.style) == "");
      CHECK(testing::golden_difference(golden_dir / (std::string(stem) + ".html"), split.rest) == "");

      // Every image is beside the page, and has alt text.
      for (const std::string& src : attribute_values(page, "img", "src")) CHECK(fs::is_regular_file(dir / src));
      for (const std::string& alt : attribute_values(page, "img", "alt")) {
        CHECK(alt != "<missing>");
        CHECK_FALSE(alt.empty());
      }
      // The JSON-LD is valid JSON describing a NewsArticle.
      const nlohmann::json ld = nlohmann::json::parse(json_ld(page));
      CHECK(ld["@type"] == "NewsArticle");
      CHECK(ld["headline"] == event.news->title);
      CHECK(ld["inLanguage"] == "vi");
      fs::remove_all(dir);
    }
  }
}

TEST_CASE("the page is written twice the same way", "[news]") {
  const model::Event event = load_sample("2023-cdvc-viet-nam-khoi-ii");
  const fs::path dir = fresh_dir("twice");
  Diagnostics diags;
  const auto first = html::write_article(event, templates(), (dir / "a.html").string(), diags);
  const auto second = html::write_article(event, templates(), (dir / "b.html").string(), diags);
  REQUIRE(first.size() == 5);
  CHECK(first[0] == "a.html");
  CHECK(second[0] == "b.html");
  CHECK(std::vector<std::string>(first.begin() + 1, first.end()) == std::vector<std::string>(second.begin() + 1, second.end()));
  for (const std::string& path : first) CHECK(fs::is_regular_file(dir / path));
  CHECK(read(dir / "a.html") == read(dir / "b.html"));
  // Three photos and the logo, each copied once into media/ although the page was written twice.
  std::set<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir / "media")) files.insert(entry.path().filename().string());
  CHECK(files.size() == 4);
  fs::remove_all(dir);
}

TEST_CASE("a missing photo is an error at the photo, and nothing is written", "[news]") {
  model::Event event = load_sample("2022-khanh-hoa-khoi-nganh-i");
  for (model::Block& block : event.news->body) {
    if (block.kind == model::Block::Kind::photo) block.photo.file = "photos/nowhere.png";
  }
  const fs::path dir = fresh_dir("missing_photo");
  Diagnostics diags;
  CHECK_THROWS_AS(html::write_article(event, templates(), (dir / "a.html").string(), diags), Failure);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].message.find("photo file not found: ") == 0);
  CHECK(diags.all()[0].where.line > 0);
  CHECK(fs::is_empty(dir));
  fs::remove_all(dir);
}
