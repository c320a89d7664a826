// `thidua site`: a static news site of many events: index pages, article pages, tags, Atom, sitemap, WXR.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/event.h"
#include "tmpl/template_set.h"

namespace thidua::html {

// How the site is published.
struct SiteOptions {
  std::string title;  // the site's name; empty: the template site/name
  // The site root's absolute URL (ending in "/"): the feed, the sitemap, canonical links and
  // the WordPress export need absolute addresses.
  std::string base_url = "http://localhost:8000/";
  std::size_t per_page = 10;  // articles per index page
  unsigned jobs = 1;          // articles prepared in parallel (the output does not depend on it)
};

// Writes the site of `events` into `output_dir`:
//   index.html, page/N/index.html    newest first, `per_page` to a page
//   YYYY/MM/SLUG/index.html          one per event (date of publication, else of the event;
//                                    SLUG from the event id, so the permalink is stable)
//   tag/SLUG/index.html              one per tag
//   media/…                          every image once, named by content
//   feed.xml (Atom), sitemap.xml, wordpress.xml (WXR 1.2 import file)
// Output is deterministic. Returns the paths written, relative to `output_dir`, sorted.
// Reports to `diags` and throws Failure(bad_input) when an event's photos or the templates
// have errors, or two events share a permalink; Failure(io_or_internal) when writing fails.
std::vector<std::string> write_site(const std::vector<const model::Event*>& events, const tmpl::TemplateSet& templates,
                                    const std::string& output_dir, Diagnostics& diags,
                                    const SiteOptions& options = {});

// The same for events held by value.
std::vector<std::string> write_site(const std::vector<model::Event>& events, const tmpl::TemplateSet& templates,
                                    const std::string& output_dir, Diagnostics& diags,
                                    const SiteOptions& options = {});

// The permalink of an event's article, relative to the site root: "2022/02/khanh-hoa-khoi-nganh-i-2022/".
std::string permalink(const model::Event& event);

}  // namespace thidua::html
