// The article page: one event's news as a standalone HTML5 page, or as a page of the site.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <kainjow/mustache.hpp>

#include "compose/article.h"
#include "diag/diagnostic.h"
#include "html/media.h"
#include "model/event.h"
#include "tmpl/template_set.h"

namespace thidua::html {

// Where a page sits and what surrounds it.
struct PageContext {
  std::string root = "./";  // the output root relative to the page: "./", "../../../"
  bool is_site = false;     // a page of the site: site header, tag links, feed link
  std::string site_title;   // the site's name (site pages)
  std::string canonical;    // the page's absolute URL; empty when unknown (a standalone page)
  std::string base_url;     // the output root's absolute URL, ending in "/"; empty when unknown
};

// A resolver that publishes photos through `media` and refers to them as `url_prefix` + their
// path in the output ("../../media/x.png", "https://site/media/x.png"); problems go to `diags`.
compose::PhotoResolver media_resolver(const model::Event& event, const std::string& url_prefix, MediaStore& media,
                                      Diagnostics& diags);

// The article page's template data: the composed article (compose::article_data) plus the
// page's own values: root, canonical URL, description, OpenGraph image, JSON-LD. Photos are
// published through `media`; a photo that cannot be published is an error in `diags`.
kainjow::mustache::data article_page_data(const model::Event& event, const tmpl::TemplateSet& templates,
                                          const PageContext& page, MediaStore& media, Diagnostics& diags);

// What a WordPress post of an article holds (export or REST).
struct ArticleContent {
  std::string title;  // plain text
  std::string lead;   // plain text: the excerpt (the lead, else the first paragraph, else the title)
  std::string body;   // HTML: the article below its title (template article/body)
  // For each photo of the news body, in order: its caption and credit as HTML (template
  // article/caption) and its alt text (plain).
  std::vector<std::pair<std::string, std::string>> photo_captions;
};

// The article's post: the article below its title with its photos where `photos` puts them.
// Tags are plain text, not links. Throws Failure(bad_input) after reporting to `diags` when the
// photos or the templates have errors.
ArticleContent render_article_content(const model::Event& event, const tmpl::TemplateSet& templates,
                                      const compose::PhotoResolver& photos, Diagnostics& diags);

// Renders the page (template article/page). Throws Failure(bad_input) after reporting to
// `diags` when the event's photos or the templates have errors.
std::string render_article_page(const model::Event& event, const tmpl::TemplateSet& templates,
                                const PageContext& page, MediaStore& media, Diagnostics& diags);

// `thidua article`: writes one standalone page to `output_html`, its photos (and the event's
// logo) copied into media/ in the same folder, each once, named by content. Returns the paths
// written, relative to that folder: the page's file name, then "media/…" sorted. Files that
// already hold the same bytes are left untouched. Nothing is written when the event's data or
// the templates have errors (Failure(bad_input)); Failure(io_or_internal) when writing fails.
std::vector<std::string> write_article(const model::Event& event, const tmpl::TemplateSet& templates,
                                       const std::string& output_html, Diagnostics& diags);

}  // namespace thidua::html
