// `thidua publish`: one event's article as a WordPress post, its photos in the media library.
#pragma once

#include <map>
#include <string>

#include "diag/diagnostic.h"
#include "model/event.h"
#include "publish/wordpress.h"
#include "tmpl/template_set.h"

namespace thidua::publish {

// How posts are published.
struct PublishOptions {
  std::string status = "draft";  // the post's status once its media are in place: draft, pending, publish
  std::string category = "Thi đua";  // the post's category, created when missing
};

// What publishing one event did.
struct PublishReport {
  bool created = false;     // a new post, else the event's post updated
  long post_id = 0;
  std::string status;       // as WordPress has it now: draft, publish, future, …
  std::string link;         // the post's address
  int media_uploaded = 0;   // photos new to the media library
  int media_found = 0;      // photos found there by their content
};

// Publishes events' articles to one site; keeps the ids of terms and media it has seen.
class Publisher {
 public:
  Publisher(WordPressSite& site, const tmpl::TemplateSet& templates, PublishOptions options);

  // Publishes `event`: its photos uploaded unless the library has them (found by content hash),
  // their caption and alt text set; then the post created as a draft (or the event's post found
  // through the state file beside the event, else by its slug, and updated) with title, content,
  // excerpt, date, tags, category and featured image; then its status set. Bad event data is
  // reported to `diags` and throws Failure(bad_input) before anything is sent; the site's
  // refusals throw SiteError.
  PublishReport publish(const model::Event& event, Diagnostics& diags);

 private:
  struct Media {
    long id = 0;
    std::string url;
    int width = 0;
    int height = 0;
  };
  long term_id(const std::string& taxonomy, const std::string& name);
  Media media_for(const std::string& sha256, const std::string& name, const std::string& mime_type,
                  const std::string& bytes, PublishReport& report);

  WordPressSite& site_;
  const tmpl::TemplateSet& templates_;
  PublishOptions options_;
  std::map<std::string, long> terms_;   // "tags/slug" -> id
  std::map<std::string, Media> media_;  // SHA-256 -> media
};

// The state file of an event: "EVENT.wordpress.json" beside "EVENT.xml", holding the post's id
// per site, so a post survives an editor changing its slug.
std::string state_file_of(const model::Event& event);

}  // namespace thidua::publish
