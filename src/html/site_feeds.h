// The site's machine-read files: the Atom feed, the sitemap and the WordPress export (WXR).
#pragma once

#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "diag/diagnostic.h"
#include "html/feed_dates.h"
#include "html/media.h"
#include "html/site.h"
#include "model/event.h"
#include "tmpl/template_set.h"

namespace thidua::html {

// One article of the site, as the index, tag and feed writers see it.
struct SiteArticle {
  const model::Event* event = nullptr;
  LocalMoment when;                // published, else the event's date
  std::string permalink;           // "2022/02/slug/", relative to the root
  kainjow::mustache::data data;    // the article page's template data
  const MediaFile* thumb = nullptr;  // the first photo, if any
  std::string thumb_alt;
};

// What every site writer shares.
struct SiteContext {
  const tmpl::TemplateSet& templates;
  const SiteOptions& options;
  std::string title;                    // the site's name
  std::vector<std::string> list_pages;  // index and tag pages written, relative folders ("", "tag/x/")
};

// feed.xml: Atom (RFC 4287), newest first; entry ids are tag: URIs from the site's host, the
// event's year and its id, so they survive a change of title or date of publication.
std::string atom_feed(const std::vector<SiteArticle>& articles, const SiteContext& site, Diagnostics& diags);
// sitemap.xml: every article, index and tag page, with the article's date as lastmod.
std::string sitemap(const std::vector<SiteArticle>& articles, const SiteContext& site, Diagnostics& diags);
// wordpress.xml: WXR 1.2 with one post per article (content with absolute image URLs), its
// tags, and one attachment per image for the importer to fetch.
std::string wordpress_export(const std::vector<SiteArticle>& articles, const SiteContext& site, MediaStore& media,
                             Diagnostics& diags);

// The host of an absolute URL, without user or port: "http://localhost:8000/" -> "localhost".
std::string url_host(const std::string& url);

}  // namespace thidua::html
