// Atom feed, sitemap and WordPress export of the site, rendered from the site/* templates.
#include "html/site_feeds.h"

#include <algorithm>
#include <map>

#include "compose/article_values.h"
#include "exec/parallel.h"
#include "html/article_page.h"
#include "text/calendar.h"
#include "text/vietnamese.h"
#include "tmpl/escape.h"

namespace thidua::html {

namespace {

using Data = kainjow::mustache::data;

const std::string& text_of(const Data& data, const std::string& key) { return data.get(key)->string_value(); }

std::string entry_id(const SiteArticle& article, const SiteContext& site) {
  // RFC 4151 tag URI: tag:HOST,YEAR:SPECIFIC. The id must never change once published.
  return "tag:" + url_host(site.options.base_url) + "," + std::to_string(article.event->year) + ":" +
         text::slug(article.event->id);
}

// Plain text for a WXR field that WordPress treats as HTML (titles, excerpts, term and display
// names): escaped, so "<script>" in a title shows as text on the site, then put in CDATA.
std::string wordpress_text(const std::string& text) { return tmpl::xml_cdata(tmpl::html_escape(text)); }

Data tag_list(const model::Event& event) {
  std::vector<Data> tags;
  if (event.news) {
    for (const std::string& tag : event.news->tags) {
      Data item;
      item.set("tag", tag);
      item.set("tag_slug", text::slug(tag));
      item.set("tag_cdata", wordpress_text(tag));
      tags.push_back(std::move(item));
    }
  }
  return compose::make_list(std::move(tags));
}

std::string author_of(const model::Event& event) { return event.news ? event.news->author : std::string(); }

// The WordPress login for an author: a slug, or the upper body's when the news names nobody.
std::string login_of(const model::Event& event) {
  const std::string author = author_of(event);
  return text::slug(author.empty() ? event.upper.name : author);
}

}  // namespace

std::string url_host(const std::string& url) {
  std::size_t start = url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  std::size_t end = url.find_first_of("/?#", start);
  std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (const std::size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  if (const std::size_t colon = host.rfind(':'); colon != std::string::npos && host.find(']') == std::string::npos) {
    host = host.substr(0, colon);
  }
  return host;
}

std::string atom_feed(const std::vector<SiteArticle>& articles, const SiteContext& site, Diagnostics& diags) {
  Data data;
  data.set("site_title", site.title);
  data.set("base_url", tmpl::safe_url(site.options.base_url));
  data.set("feed_url", tmpl::safe_url(site.options.base_url + "feed.xml"));
  std::string updated = "1970-01-01T00:00:00+00:00";
  std::vector<Data> entries;
  for (const SiteArticle& article : articles) {
    Data item;
    item.set("entry_title", text_of(article.data, "title"));
    item.set("entry_id", entry_id(article, site));
    item.set("url", tmpl::safe_url(site.options.base_url + article.permalink));
    item.set("published", rfc3339(article.when));
    updated = std::max(updated, rfc3339(article.when));
    compose::set_text(item, "author", author_of(*article.event));
    item.set("summary", text_of(article.data, "summary"));
    item.set("tags", tag_list(*article.event));
    entries.push_back(std::move(item));
  }
  // The newest entry's date, not the time of the run: the same input gives the same feed.
  data.set("updated", updated);
  data.set("entries", compose::make_list(std::move(entries)));
  return site.templates.render("site/feed", data, diags);
}

std::string sitemap(const std::vector<SiteArticle>& articles, const SiteContext& site, Diagnostics& diags) {
  std::vector<std::pair<std::string, std::string>> urls;  // (loc, lastmod)
  std::string newest;
  for (const SiteArticle& article : articles) {
    urls.emplace_back(site.options.base_url + article.permalink, text::iso_date(article.when.date));
    newest = std::max(newest, text::iso_date(article.when.date));
  }
  for (const std::string& page : site.list_pages) urls.emplace_back(site.options.base_url + page, newest);
  std::sort(urls.begin(), urls.end());
  std::vector<Data> items;
  for (const auto& [loc, lastmod] : urls) {
    Data item;
    item.set("loc", tmpl::safe_url(loc));
    compose::set_text(item, "lastmod", lastmod);
    items.push_back(std::move(item));
  }
  Data data;
  data.set("urls", compose::make_list(std::move(items)));
  return site.templates.render("site/sitemap", data, diags);
}

std::string wordpress_export(const std::vector<SiteArticle>& articles, const SiteContext& site, MediaStore& media,
                             Diagnostics& diags) {
  const std::string& base = site.options.base_url;
  // Post ids from the oldest article up, so adding a newer article keeps the older ids.
  std::vector<const SiteArticle*> oldest_first;
  for (const SiteArticle& article : articles) oldest_first.push_back(&article);
  std::reverse(oldest_first.begin(), oldest_first.end());

  std::map<std::string, std::string> authors;  // login -> display name
  std::map<std::string, std::string> tags;     // slug -> name
  std::vector<Data> items;
  std::vector<Data> attachments;
  // The post contents (the article below its title, with absolute image addresses), in
  // parallel: each depends on its event only. Messages are reported in post order.
  std::vector<std::string> contents(oldest_first.size());
  std::vector<Diagnostics> content_diags(oldest_first.size());
  exec::parallel_for(oldest_first.size(), site.options.jobs, [&](std::size_t i) {
    try {
      const model::Event& event = *oldest_first[i]->event;
      contents[i] = render_article_content(event, site.templates, media_resolver(event, base, media, content_diags[i]),
                                           content_diags[i]).body;
    } catch (const Failure& failure) {
      for (const Diagnostic& d : failure.diagnostics()) content_diags[i].error(d.where, d.message);
    }
  });
  for (const Diagnostics& d : content_diags) diags.merge(d);

  std::size_t attachment_id = oldest_first.size();
  for (std::size_t i = 0; i < oldest_first.size(); ++i) {
    const SiteArticle& article = *oldest_first[i];
    const model::Event& event = *article.event;
    const std::string post_id = std::to_string(i + 1);
    const std::string& content = contents[i];

    const std::string login = login_of(event);
    authors.emplace(login, author_of(event).empty() ? event.upper.name : author_of(event));
    if (event.news) {
      for (const std::string& tag : event.news->tags) tags.emplace(text::slug(tag), tag);
    }
    Data item;
    item.set("title_cdata", wordpress_text(text_of(article.data, "title")));
    item.set("url", tmpl::safe_url(base + article.permalink));
    item.set("pub_date", rfc822(article.when));
    item.set("creator_cdata", tmpl::xml_cdata(login));
    item.set("guid", entry_id(article, site));
    item.set("content_cdata", tmpl::xml_cdata(content));
    item.set("excerpt_cdata", wordpress_text(text_of(article.data, "summary")));
    item.set("post_id", post_id);
    item.set("post_date", wordpress_local(article.when));
    item.set("post_date_gmt", wordpress_gmt(article.when));
    item.set("post_name", text::slug(event.id));
    item.set("tags", tag_list(event));
    items.push_back(std::move(item));

    if (!event.news) continue;
    for (const model::Block& block : event.news->body) {
      if (block.kind != model::Block::Kind::photo) continue;
      const MediaFile* file = media.publish(event, block.photo, diags);
      if (file == nullptr) continue;
      Data attachment;
      attachment.set("post_id", std::to_string(++attachment_id));
      attachment.set("parent_id", post_id);
      attachment.set("title_cdata", wordpress_text(block.photo.caption.empty() ? file->path : block.photo.caption));
      attachment.set("attachment_url", tmpl::safe_url(base + file->path));
      attachment.set("pub_date", rfc822(article.when));
      attachment.set("post_date", wordpress_local(article.when));
      attachment.set("post_date_gmt", wordpress_gmt(article.when));
      attachment.set("creator_cdata", tmpl::xml_cdata(login));
      attachment.set("post_name", post_id + "-" + std::to_string(attachment_id));
      attachments.push_back(std::move(attachment));
    }
  }
  std::vector<Data> author_items;
  std::size_t author_id = 0;
  for (const auto& [login, name] : authors) {
    Data item;
    item.set("author_id", std::to_string(++author_id));
    item.set("login_cdata", tmpl::xml_cdata(login));
    item.set("display_cdata", wordpress_text(name));
    author_items.push_back(std::move(item));
  }
  std::vector<Data> tag_items;
  std::size_t term_id = 0;
  for (const auto& [slug, name] : tags) {
    Data item;
    item.set("term_id", std::to_string(++term_id));
    item.set("tag_slug", slug);
    item.set("tag_cdata", wordpress_text(name));
    tag_items.push_back(std::move(item));
  }
  Data data;
  data.set("site_title", site.title);
  data.set("base_url", tmpl::safe_url(base));
  data.set("authors", compose::make_list(std::move(author_items)));
  data.set("tag_terms", compose::make_list(std::move(tag_items)));
  data.set("items", compose::make_list(std::move(items)));
  data.set("attachments", compose::make_list(std::move(attachments)));
  return site.templates.render("site/wxr", data, diags);
}

}  // namespace thidua::html
