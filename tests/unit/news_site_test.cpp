// The news site of the five samples: permalinks, index order and pages, tags, Atom, sitemap, WXR, media.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "html/feed_dates.h"
#include "html/site.h"
#include "load/load_event.h"

namespace {

namespace fs = std::filesystem;
using namespace thidua;

const tmpl::TemplateSet& templates() {
  static Diagnostics diags;
  static const tmpl::TemplateSet set = tmpl::TemplateSet::load(std::string(THIDUA_SOURCE_DIR) + "/templates", diags);
  return set;
}

std::vector<model::Event> all_samples() {
  std::vector<model::Event> events;
  for (const char* stem : {"2022-khanh-hoa-khoi-nganh-i", "2023-cdvc-viet-nam-khoi-ii", "2020-soc-trang-cum-3",
                           "2012-van-phong-ubnd-phat-dong", "2022-kien-giang-chien-dich-sang-kien"}) {
    Diagnostics diags;
    auto event = load::load_event(std::string(THIDUA_SOURCE_DIR) + "/samples/" + stem + ".xml", diags);
    REQUIRE(event.has_value());
    events.push_back(std::move(*event));
  }
  return events;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("thidua_site_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Writes the news site of all the samples into fresh_dir(`name`) and returns that folder.
fs::path sample_site(const std::string& name, const html::SiteOptions& options = {}) {
  const fs::path dir = fresh_dir(name);
  Diagnostics diags;
  html::write_site(all_samples(), templates(), dir.string(), diags, options);
  return dir;
}

std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files[fs::relative(entry.path(), dir).generic_string()] = read(entry.path());
  }
  return files;
}

// The article links of an index page, in order.
std::vector<std::string> entry_links(const std::string& html) {
  std::vector<std::string> links;
  const std::string marker = "<h2><a href=\"";
  for (std::size_t pos = html.find(marker); pos != std::string::npos; pos = html.find(marker, pos + 1)) {
    const std::size_t start = pos + marker.size();
    links.push_back(html.substr(start, html.find('"', start) - start));
  }
  return links;
}

pugi::xml_document parse_xml(const std::string& text) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result = doc.load_string(text.c_str());
  INFO(result.description() << " at " << result.offset);
  REQUIRE(result);
  return doc;
}

}  // namespace

TEST_CASE("the site has an index, stable permalinks, tag pages, feeds and each image once", "[news]") {
  const std::vector<model::Event> events = all_samples();
  const fs::path dir = fresh_dir("all");
  Diagnostics diags;
  const std::vector<std::string> written = html::write_site(events, templates(), dir.string(), diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(std::is_sorted(written.begin(), written.end()));
  for (const std::string& path : written) CHECK(fs::is_regular_file(dir / path));

  // Permalinks from the date of publication and the event id.
  CHECK(html::permalink(events[0]) == "2022/02/khanh-hoa-khoi-nganh-i-2022/");
  for (const model::Event& event : events) CHECK(fs::is_regular_file(dir / html::permalink(event) / "index.html"));

  // Newest first.
  CHECK(entry_links(read(dir / "index.html")) ==
        std::vector<std::string>{"./2023/02/cdvc-viet-nam-khoi-ii-2023/", "./2022/05/kien-giang-chien-dich-sang-kien-2022/",
                                 "./2022/02/khanh-hoa-khoi-nganh-i-2022/", "./2020/06/soc-trang-cum-3-2020/",
                                 "./2012/01/van-phong-ubnd-phat-dong-2012/"});

  // Nine photos in the samples and the logo four of them share, each copied once.
  std::size_t media = 0;
  for (const auto& entry : fs::directory_iterator(dir / "media")) media += entry.is_regular_file() ? 1 : 0;
  CHECK(media == 10);

  // "Giao ước thi đua" tags three articles.
  const std::string tag_page = read(dir / "tag/giao-uoc-thi-dua/index.html");
  CHECK(entry_links(tag_page) == std::vector<std::string>{"../../2023/02/cdvc-viet-nam-khoi-ii-2023/",
                                                          "../../2022/05/kien-giang-chien-dich-sang-kien-2022/",
                                                          "../../2022/02/khanh-hoa-khoi-nganh-i-2022/",
                                                          "../../2020/06/soc-trang-cum-3-2020/"});
  // An article links its tags and the site root relatively.
  const std::string article = read(dir / "2022/02/khanh-hoa-khoi-nganh-i-2022/index.html");
  CHECK(article.find("<a href=\"../../../tag/giao-uoc-thi-dua/\" rel=\"tag\">Giao ước thi đua</a>") != std::string::npos);
  CHECK(article.find("<link rel=\"canonical\" href=\"http://localhost:8000/2022/02/khanh-hoa-khoi-nganh-i-2022/\">") !=
        std::string::npos);
  CHECK(article.find("<img src=\"../../../media/") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("the Atom feed has stable ids and the newest date as its own", "[news]") {
  const fs::path dir = sample_site("atom");
  const pugi::xml_document feed = parse_xml(read(dir / "feed.xml"));
  const pugi::xml_node root = feed.child("feed");
  CHECK(std::string(root.attribute("xmlns").value()) == "http://www.w3.org/2005/Atom");
  CHECK(std::string(root.child_value("updated")) == "2023-02-20T09:34:00+07:00");
  std::vector<std::string> ids;
  for (pugi::xml_node entry : root.children("entry")) {
    ids.push_back(entry.child_value("id"));
    CHECK(entry.child("title"));
    CHECK(entry.child("link").attribute("href").value() != std::string());
    CHECK(entry.child("updated"));
  }
  CHECK(ids == std::vector<std::string>{"tag:localhost,2023:cdvc-viet-nam-khoi-ii-2023",
                                        "tag:localhost,2022:kien-giang-chien-dich-sang-kien-2022",
                                        "tag:localhost,2022:khanh-hoa-khoi-nganh-i-2022",
                                        "tag:localhost,2020:soc-trang-cum-3-2020",
                                        "tag:localhost,2012:van-phong-ubnd-phat-dong-2012"});
  // An id does not depend on the title or the date of publication.
  std::vector<model::Event> events = all_samples();
  events[0].news->title = "Tiêu đề khác";
  events[0].news->published_date = text::Date{2022, 3, 1};
  const fs::path again = fresh_dir("atom2");
  Diagnostics diags;
  html::write_site(events, templates(), again.string(), diags);
  CHECK(read(again / "feed.xml").find("<id>tag:localhost,2022:khanh-hoa-khoi-nganh-i-2022</id>") != std::string::npos);
  fs::remove_all(dir);
  fs::remove_all(again);
}

TEST_CASE("the sitemap lists every page by absolute URL", "[news]") {
  const fs::path dir = fresh_dir("sitemap");
  Diagnostics diags;
  const auto written = html::write_site(all_samples(), templates(), dir.string(), diags);
  const pugi::xml_document doc = parse_xml(read(dir / "sitemap.xml"));
  std::size_t pages = 0;
  for (const std::string& path : written) pages += path.ends_with("index.html") ? 1 : 0;
  std::size_t urls = 0;
  for (pugi::xml_node url : doc.child("urlset").children("url")) {
    ++urls;
    const std::string loc = url.child_value("loc");
    CHECK(loc.rfind("http://localhost:8000/", 0) == 0);
    CHECK(fs::is_regular_file(dir / loc.substr(22) / "index.html"));
  }
  CHECK(urls == pages);
  fs::remove_all(dir);
}

TEST_CASE("the WordPress export has one post per article and one attachment per image", "[news]") {
  const fs::path dir = sample_site("wxr");
  const pugi::xml_document doc = parse_xml(read(dir / "wordpress.xml"));
  const pugi::xml_node channel = doc.child("rss").child("channel");
  CHECK(std::string(channel.child_value("wp:wxr_version")) == "1.2");
  std::size_t posts = 0;
  std::size_t attachments = 0;
  for (pugi::xml_node item : channel.children("item")) {
    const std::string type = item.child_value("wp:post_type");
    if (type == "post") {
      ++posts;
      const std::string content = item.child_value("content:encoded");
      CHECK(content.find("<p class=\"lead\">") == 0);
      if (content.find("<img") != std::string::npos) CHECK(content.find("<img src=\"http://localhost:8000/media/") != std::string::npos);
    } else if (type == "attachment") {
      ++attachments;
      CHECK(std::string(item.child_value("wp:attachment_url")).rfind("http://localhost:8000/media/", 0) == 0);
    }
  }
  CHECK(posts == 5);
  CHECK(attachments == 9);
  // Posts are numbered from the oldest up; the newest (post 5), posted at 09:34 in Vietnam, is 02:34 GMT.
  pugi::xml_node post5;
  for (pugi::xml_node item : channel.children("item")) {
    if (std::string(item.child_value("wp:post_id")) == "5") post5 = item;
  }
  REQUIRE(post5);
  CHECK(std::string(post5.child_value("title")) == "Khối thi đua II Công đoàn Viên chức Việt Nam ký kết giao ước thi đua");
  CHECK(std::string(post5.child_value("wp:post_date_gmt")) == "2023-02-20 02:34:00");
  CHECK(std::string(post5.child_value("pubDate")) == "Mon, 20 Feb 2023 09:34:00 +0700");
  fs::remove_all(dir);
}

TEST_CASE("feed dates cross midnight to GMT", "[news]") {
  const html::LocalMoment early{{2022, 3, 1}, text::Time{6, 5}};
  CHECK(html::wordpress_gmt(early) == "2022-02-28 23:05:00");
  CHECK(html::wordpress_gmt({{2024, 1, 1}, std::nullopt}) == "2023-12-31 17:00:00");
  CHECK(html::rfc3339(early) == "2022-03-01T06:05:00+07:00");
}

TEST_CASE("index pages hold per_page articles, linked both ways", "[news]") {
  html::SiteOptions options;
  options.per_page = 2;
  const fs::path dir = sample_site("pages", options);
  CHECK(entry_links(read(dir / "index.html")).size() == 2);
  const std::string second = read(dir / "page/2/index.html");
  CHECK(entry_links(second) == std::vector<std::string>{"../../2022/02/khanh-hoa-khoi-nganh-i-2022/",
                                                        "../../2020/06/soc-trang-cum-3-2020/"});
  CHECK(second.find("<a rel=\"prev\" href=\"../../\">") != std::string::npos);
  CHECK(second.find("<a rel=\"next\" href=\"../../page/3/\">") != std::string::npos);
  CHECK(entry_links(read(dir / "page/3/index.html")).size() == 1);
  CHECK_FALSE(fs::exists(dir / "page/4"));
  fs::remove_all(dir);
}

TEST_CASE("the site is the same byte for byte when written again", "[news]") {
  const fs::path a = sample_site("det_a");
  const fs::path b = fresh_dir("det_b");
  Diagnostics diags;
  std::vector<model::Event> reversed = all_samples();
  std::reverse(reversed.begin(), reversed.end());  // the order of the inputs does not matter either
  html::write_site(reversed, templates(), b.string(), diags);
  CHECK(snapshot(a) == snapshot(b));
  fs::remove_all(a);
  fs::remove_all(b);
}

TEST_CASE("two events with the same permalink are an error", "[news]") {
  std::vector<model::Event> events = all_samples();
  events.push_back(events[0]);
  const fs::path dir = fresh_dir("clash");
  Diagnostics diags;
  CHECK_THROWS_AS(html::write_site(events, templates(), dir.string(), diags), Failure);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].message.find("has the same permalink (/2022/02/khanh-hoa-khoi-nganh-i-2022/)") !=
        std::string::npos);
  CHECK(fs::is_empty(dir));
  fs::remove_all(dir);
}
