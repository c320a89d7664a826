// The static news site: article pages at stable permalinks, index and tag pages, feeds, WXR.
#include "html/site.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "compose/article_values.h"
#include "exec/parallel.h"
#include "html/article_page.h"
#include "html/feed_dates.h"
#include "html/media.h"
#include "io/files.h"
#include "html/site_feeds.h"
#include "text/vietnamese.h"
#include "tmpl/escape.h"
#include "i18n/i18n.h"

namespace thidua::html {

namespace fs = std::filesystem;

namespace {

using Data = kainjow::mustache::data;

const std::string& text_of(const Data& data, const std::string& key) { return data.get(key)->string_value(); }

LocalMoment moment_of(const model::Event& event) {
  if (event.news && event.news->published_date) return {*event.news->published_date, event.news->published_time};
  return {event.date, event.start};
}

bool newer(const SiteArticle& a, const SiteArticle& b) {
  const auto key = [](const SiteArticle& e) {
    return std::make_tuple(e.when.date, e.when.time.value_or(text::Time{0, 0}));
  };
  if (key(a) != key(b)) return key(a) > key(b);
  return a.permalink < b.permalink;  // same moment: a stable order all the same
}

// One entry of an index or tag page, with URLs relative to a page at `root`.
Data list_entry(const SiteArticle& article, const std::string& root) {
  Data item;
  item.set("url", tmpl::safe_url(root + article.permalink));
  item.set("entry_title", text_of(article.data, "title"));
  item.set("has_published", true);
  item.set("published_iso", rfc3339(article.when));
  item.set("published_display", text::weekday_date(article.when.date));
  item.set("summary", text_of(article.data, "summary"));
  item.set("has_thumb", article.thumb != nullptr);
  item.set("thumb_src", article.thumb ? tmpl::safe_url(root + article.thumb->path) : std::string());
  item.set("thumb_alt", article.thumb_alt);
  item.set("has_thumb_size", article.thumb && article.thumb->width > 0);
  item.set("thumb_width", article.thumb ? std::to_string(article.thumb->width) : std::string());
  item.set("thumb_height", article.thumb ? std::to_string(article.thumb->height) : std::string());
  return item;
}

// Everything written, by path relative to the output folder, held until every page rendered.
using Files = std::map<std::string, std::string>;

void write_list_pages(const std::vector<const SiteArticle*>& articles, const std::string& folder,
                      const std::string& heading, SiteContext& site, Files& files, Diagnostics& diags) {
  const std::size_t per_page = std::max<std::size_t>(site.options.per_page, 1);
  const std::size_t pages = std::max<std::size_t>((articles.size() + per_page - 1) / per_page, 1);
  const std::size_t depth = static_cast<std::size_t>(std::count(folder.begin(), folder.end(), '/'));
  for (std::size_t page = 1; page <= pages; ++page) {
    // Page 1 is FOLDER/index.html, page N is FOLDER/page/N/index.html.
    const std::string path = folder + (page == 1 ? std::string() : "page/" + std::to_string(page) + "/");
    std::string root;
    for (std::size_t i = 0; i < depth + (page == 1 ? 0 : 2); ++i) root += "../";
    if (root.empty()) root = "./";
    const auto page_url = [&](std::size_t n) {
      return tmpl::safe_url(root + folder + (n == 1 ? std::string() : "page/" + std::to_string(n) + "/"));
    };
    Data data;
    data.set("is_site", true);
    data.set("site_title", site.title);
    data.set("root", root);
    compose::set_text(data, "heading", heading);
    compose::set_text(data, "canonical", tmpl::safe_url(site.options.base_url + path));
    data.set("page_number", std::to_string(page));
    data.set("page_count", std::to_string(pages));
    data.set("has_pages", pages > 1);
    data.set("has_prev", page > 1);
    data.set("prev_url", page > 1 ? page_url(page - 1) : std::string());
    data.set("has_next", page < pages);
    data.set("next_url", page < pages ? page_url(page + 1) : std::string());
    std::vector<Data> entries;
    for (std::size_t i = (page - 1) * per_page; i < std::min(articles.size(), page * per_page); ++i) {
      entries.push_back(list_entry(*articles[i], root));
    }
    data.set("has_entries", !entries.empty());
    data.set("entries", compose::make_list(std::move(entries)));
    files[path + "index.html"] = site.templates.render("site/list", data, diags);
    site.list_pages.push_back(path);
  }
}

}  // namespace

std::string permalink(const model::Event& event) {
  const LocalMoment when = moment_of(event);
  std::string slug = text::slug(event.id);
  if (slug.empty()) slug = "bai-viet";
  const auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  return std::to_string(when.date.year) + "/" + two(when.date.month) + "/" + slug + "/";
}

std::vector<std::string> write_site(const std::vector<const model::Event*>& events, const tmpl::TemplateSet& templates,
                                    const std::string& output_dir, Diagnostics& diags, const SiteOptions& options) {
  const std::size_t errors_before = diags.error_count();
  MediaStore media(output_dir);
  SiteContext site{templates, options, {}, {}};
  site.title = options.title.empty()
                   ? text::squash_spaces(templates.render("site/name", Data{}, diags, tmpl::Escape::none))
                   : options.title;

  // The articles, newest first, each at a permalink no other takes.
  std::vector<SiteArticle> articles;
  std::map<std::string, const model::Event*> taken;
  for (const model::Event* event : events) {
    SiteArticle article{event, moment_of(*event), permalink(*event), Data{}, nullptr, {}};
    if (auto [it, fresh] = taken.emplace(article.permalink, event); !fresh) {
      diags.error({event->source_file}, tr("event '%1$s' has the same permalink (/%2$s) as %3$s", event->id,
                                           article.permalink, it->second->source_file));
      continue;
    }
    articles.push_back(std::move(article));
  }
  std::sort(articles.begin(), articles.end(), newer);

  // The photos first, in article order and one thread, so each missing photo is reported
  // once at the same place whatever the number of threads; the pages then only look them up.
  for (const SiteArticle& article : articles) {
    if (!article.event->news) continue;
    for (const model::Block& block : article.event->news->body) {
      if (block.kind == model::Block::Kind::photo) media.publish(*article.event, block.photo, diags);
    }
  }
  // Each article page, in parallel (its data and HTML depend on its event only); messages
  // are kept per article and reported in article order.
  std::vector<Diagnostics> article_diags(articles.size());
  std::vector<std::string> pages(articles.size());
  exec::parallel_for(articles.size(), options.jobs, [&](std::size_t i) {
    SiteArticle& article = articles[i];
    Diagnostics& local = article_diags[i];
    try {
      const model::Event& event = *article.event;
      PageContext page;
      page.root = "../../../";  // YYYY/MM/SLUG/
      page.is_site = true;
      page.site_title = site.title;
      page.base_url = options.base_url;
      page.canonical = options.base_url + article.permalink;
      article.data = article_page_data(event, templates, page, media, local);
      if (event.news) {
        for (const model::Block& block : event.news->body) {
          if (block.kind != model::Block::Kind::photo) continue;
          article.thumb = media.publish(event, block.photo, local);
          article.thumb_alt = !block.photo.alt.empty() ? block.photo.alt
                              : !block.photo.caption.empty() ? block.photo.caption
                                                             : text_of(article.data, "title");
          break;
        }
      }
      if (local.has_errors()) return;  // go on, to report every event's errors
      article.data.set("jsonld", templates.render("article/jsonld", article.data, local, tmpl::Escape::json));
      pages[i] = templates.render("article/page", article.data, local);
    } catch (const Failure& failure) {
      for (const Diagnostic& d : failure.diagnostics()) local.error(d.where, d.message);
      if (!local.has_errors()) local.error({article.event->source_file}, _("the article could not be made"));
    }
  });
  Files files;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    diags.merge(article_diags[i]);
    if (!article_diags[i].has_errors()) files[articles[i].permalink + "index.html"] = std::move(pages[i]);
  }
  if (diags.error_count() != errors_before) throw Failure(ExitCode::bad_input);

  std::vector<const SiteArticle*> all;
  std::map<std::string, std::pair<std::string, std::vector<const SiteArticle*>>> tags;  // slug -> (name, articles)
  for (const SiteArticle& article : articles) {
    all.push_back(&article);
    if (!article.event->news) continue;
    for (const std::string& tag : article.event->news->tags) {
      auto& entry = tags[text::slug(tag)];
      if (entry.first.empty()) entry.first = tag;
      if (std::find(entry.second.begin(), entry.second.end(), &article) == entry.second.end()) {
        entry.second.push_back(&article);
      }
    }
  }
  write_list_pages(all, "", "", site, files, diags);
  for (const auto& [slug, tag] : tags) {
    if (slug.empty()) continue;
    write_list_pages(tag.second, "tag/" + slug + "/", tag.first, site, files, diags);
  }
  files["feed.xml"] = atom_feed(articles, site, diags);
  files["sitemap.xml"] = sitemap(articles, site, diags);
  files["wordpress.xml"] = wordpress_export(articles, site, media, diags);

  media.flush();
  std::vector<std::string> written = media.paths();
  for (const auto& [path, bytes] : files) {
    io::write_file_atomic((fs::path(output_dir) / path).string(), bytes);
    written.push_back(path);
  }
  std::sort(written.begin(), written.end());
  return written;
}

std::vector<std::string> write_site(const std::vector<model::Event>& events, const tmpl::TemplateSet& templates,
                                    const std::string& output_dir, Diagnostics& diags, const SiteOptions& options) {
  std::vector<const model::Event*> pointers;
  for (const model::Event& event : events) pointers.push_back(&event);
  return write_site(pointers, templates, output_dir, diags, options);
}

}  // namespace thidua::html
