// Publishing one event: media by content hash, terms created when missing, the post drafted, then its status.
#include "publish/publisher.h"

#include <climits>
#include <cstdint>
#include <filesystem>
#include <optional>

#include "html/article_page.h"
#include "html/feed_dates.h"
#include "html/media.h"
#include "i18n/i18n.h"
#include "io/files.h"
#include "text/vietnamese.h"
#include "tmpl/escape.h"

namespace thidua::publish {

namespace fs = std::filesystem;

namespace {

using nlohmann::json;

// The media slug that finds a photo again by its content, whatever its file was called.
std::string media_slug(const std::string& sha256) { return "thidua-" + sha256.substr(0, 32); }

std::string trim(const std::string& text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return {};
  return text.substr(start, text.find_last_not_of(" \t\r\n") - start + 1);
}

// A field WordPress holds as HTML and returns as {"raw": …} in the edit context.
std::string raw_of(const json& object, const char* field) {
  const auto found = object.find(field);
  if (found == object.end()) return {};
  if (found->is_string()) return *found;
  if (found->is_object() && found->contains("raw") && (*found)["raw"].is_string()) return (*found)["raw"];
  return {};
}

// WordPress keeps a term's name in 200 characters (wp_terms.name is varchar(200)).
constexpr std::size_t term_name_limit = 200;

std::size_t code_points(const std::string& utf8) {
  std::size_t count = 0;
  for (const char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

// The first `limit` bytes of `utf8`, never ending inside a character.
std::string utf8_prefix(const std::string& utf8, std::size_t limit) {
  if (utf8.size() <= limit) return utf8;
  while (limit > 0 && (static_cast<unsigned char>(utf8[limit]) & 0xC0) == 0x80) --limit;
  return utf8.substr(0, limit) + "…";
}

long id_of(const json& object) {
  // WordPress ids are positive integers; anything else (a string, 0, a number past long) is no id.
  const auto found = object.find("id");
  if (found == object.end() || !found->is_number_integer() || (found->is_number_unsigned() && found->get<std::uint64_t>() > LONG_MAX) ||
      found->get<long>() <= 0) {
    throw SiteError(_("WordPress answered without an id"));
  }
  return found->get<long>();
}

// A size in pixels of a media item's details; 0 (unknown) when it is missing or not a small whole number.
int pixels_of(const json& details, const char* field) {
  const auto found = details.find(field);
  if (found == details.end() || !found->is_number_integer()) return 0;
  const long long value = found->is_number_unsigned() && found->get<std::uint64_t>() > 1'000'000 ? 0 : found->get<long long>();
  return value > 0 && value <= 1'000'000 ? static_cast<int>(value) : 0;
}

std::string string_of(const json& object, const char* field) {
  const auto found = object.find(field);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

// The post's moment as WordPress's date_gmt: the event's time is Vietnam's (UTC+7), and
// WordPress shows the post at that moment in the site's own time zone.
std::string date_gmt(const model::Event& event) {
  html::LocalMoment when{event.date, event.start};
  if (event.news && event.news->published_date) when = {*event.news->published_date, event.news->published_time};
  std::string gmt = html::wordpress_gmt(when);  // "2022-02-16 08:23:00"
  gmt[10] = 'T';
  return gmt;
}

// The photos the article shows: the news body's, then the logo (in the facts box).
std::vector<model::Photo> article_photos(const model::Event& event) {
  std::vector<model::Photo> photos;
  if (event.news) {
    for (const model::Block& block : event.news->body) {
      if (block.kind == model::Block::Kind::photo) photos.push_back(block.photo);
    }
  }
  if (!event.logo.empty()) {
    model::Photo logo;
    logo.file = event.logo;
    logo.where = {event.source_file, 0, 0};
    photos.push_back(logo);
  }
  return photos;
}

// The post id stored for `site` in the event's state file; 0 when none.
long stored_post_id(const std::string& state_file, const std::string& site) {
  std::error_code error;
  if (!fs::is_regular_file(state_file, error)) return 0;
  try {
    const std::optional<json> state = parse_answer(io::read_file(state_file));
    if (!state || !state->is_object()) return 0;
    const auto entry = state->find(site);
    if (entry == state->end() || !entry->is_object()) return 0;
    const auto id = entry->find("post");
    return id != entry->end() && id->is_number_integer() ? id->get<long>() : 0;
  } catch (const Failure&) {
    return 0;  // unreadable: the post is found by its slug instead
  }
}

void store_post_id(const std::string& state_file, const std::string& site, const PublishReport& report,
                   Diagnostics& diags) {
  json state = json::object();
  std::error_code error;
  if (fs::is_regular_file(state_file, error)) {
    try {
      if (std::optional<json> old = parse_answer(io::read_file(state_file)); old && old->is_object()) state = *old;
    } catch (const Failure&) {
    }
  }
  state[site] = {{"post", report.post_id}, {"link", report.link}};
  try {
    io::write_file_atomic(state_file, state.dump(2, ' ', false, json::error_handler_t::replace) + "\n",
                          io::MissingFolders::fail);
  } catch (const Failure& failure) {
    const std::string why = failure.diagnostics().empty() ? std::string() : failure.diagnostics()[0].message;
    diags.warning({state_file, 0, 0}, tr("cannot record the post's id (later runs find the post by its slug): %1$s", why));
  }
}

}  // namespace

std::string state_file_of(const model::Event& event) {
  fs::path path(event.source_file);
  return path.replace_extension(".wordpress.json").string();
}

Publisher::Publisher(WordPressSite& site, const tmpl::TemplateSet& templates, PublishOptions options)
    : site_(site), templates_(templates), options_(std::move(options)) {}

long Publisher::term_id(const std::string& taxonomy, const std::string& name) {
  std::string slug = text::slug(name);
  if (slug.empty()) slug = "chu-de";
  const std::string key = taxonomy + "/" + slug;
  if (const auto found = terms_.find(key); found != terms_.end()) return found->second;
  const json existing = site_.get(taxonomy, {{"slug", slug}, {"context", "view"}});
  long id = 0;
  if (existing.is_array() && !existing.empty()) {
    id = id_of(existing[0]);
  } else {
    // Term names are HTML to WordPress: escaped, "<b>" stays text.
    id = id_of(site_.post(taxonomy, {{"name", tmpl::html_escape(name)}, {"slug", slug}}));
  }
  terms_[key] = id;
  return id;
}

Publisher::Media Publisher::media_for(const std::string& sha256, const std::string& name, const std::string& mime_type,
                                      const std::string& bytes, PublishReport& report) {
  if (const auto found = media_.find(sha256); found != media_.end()) return found->second;
  const std::string slug = media_slug(sha256);
  json item;
  const json existing = site_.get("media", {{"slug", slug}, {"context", "edit"}});
  if (existing.is_array() && !existing.empty()) {
    item = existing[0];
    ++report.media_found;
  } else {
    item = site_.upload(name, mime_type, bytes, {{"slug", slug}, {"title", name}});
    ++report.media_uploaded;
  }
  Media media;
  media.id = id_of(item);
  media.url = string_of(item, "source_url");
  if (const auto details = item.find("media_details"); details != item.end() && details->is_object()) {
    media.width = pixels_of(*details, "width");
    media.height = pixels_of(*details, "height");
  }
  if (media.url.empty()) throw SiteError(tr("WordPress gave no address for the uploaded photo %1$s", name));
  media_[sha256] = media;
  return media;
}

PublishReport Publisher::publish(const model::Event& event, Diagnostics& diags) {
  PublishReport report;
  // 1. Every photo read and checked before anything is sent.
  const std::size_t errors_before = diags.error_count();
  std::map<std::string, html::PhotoFile> files;  // the photo's file as written in the event -> its bytes
  for (const model::Photo& photo : article_photos(event)) {
    if (files.count(photo.file) != 0) continue;
    if (std::optional<html::PhotoFile> file = html::read_photo(event, photo, diags)) files.emplace(photo.file, std::move(*file));
  }
  if (event.news) {
    for (const std::string& tag : event.news->tags) {
      if (code_points(tmpl::html_escape(tag)) > term_name_limit) {
        diags.error({event.source_file, 0, 0},
                    tr("the tag '%1$s' is too long for WordPress (at most %2$d characters, markup counted as entities)",
                       utf8_prefix(tag, 60), term_name_limit));
      }
    }
  }
  if (diags.error_count() != errors_before) throw Failure(ExitCode::bad_input);

  // 2. The photos in the media library (found again by content, else uploaded), and the article
  //    composed around their WordPress addresses.
  std::map<std::string, Media> placed;  // photo file -> media
  for (const auto& [file_name, file] : files) {
    placed[file_name] = media_for(file.sha256, file.name, file.mime_type, file.bytes, report);
  }
  const compose::PhotoResolver resolve = [&](const model::Photo& photo) {
    compose::PhotoRef ref;
    if (const auto found = placed.find(photo.file); found != placed.end()) {
      ref.src = tmpl::safe_url(found->second.url);
      ref.width = found->second.width;
      ref.height = found->second.height;
    }
    return ref;
  };
  const html::ArticleContent content = html::render_article_content(event, templates_, resolve, diags);

  // 3. Each body photo's caption (with its credit) and alt text on its media item.
  long featured = 0;
  std::size_t caption_index = 0;
  if (event.news) {
    for (const model::Block& block : event.news->body) {
      if (block.kind != model::Block::Kind::photo || caption_index >= content.photo_captions.size()) continue;
      const auto& [caption, alt] = content.photo_captions[caption_index++];
      const Media& media = placed.at(block.photo.file);
      if (featured == 0) featured = media.id;
      const json item = site_.get("media/" + std::to_string(media.id), {{"context", "edit"}});
      const std::string wanted_caption = trim(caption);
      if (raw_of(item, "caption") != wanted_caption || string_of(item, "alt_text") != alt) {
        site_.post("media/" + std::to_string(media.id), {{"caption", wanted_caption}, {"alt_text", alt}});
      }
    }
  }

  // 4. Tags and the category, created when missing.
  json tags = json::array();
  if (event.news) {
    for (const std::string& tag : event.news->tags) tags.push_back(term_id("tags", tag));
  }
  const json categories = json::array({term_id("categories", options_.category)});

  // 5. The post: the one recorded for this site, else the one with the event's slug, else a new draft.
  std::string slug = text::slug(event.id);
  if (slug.empty()) slug = "bai-viet";
  const std::string state_file = state_file_of(event);
  std::optional<json> post;
  if (const long stored = stored_post_id(state_file, site_.url()); stored > 0) {
    post = site_.get_if_exists("posts/" + std::to_string(stored), {{"context", "edit"}});
    if (post && string_of(*post, "status") == "trash") post.reset();
  }
  if (!post) {
    const json found = site_.get("posts", {{"slug", slug}, {"status", "publish,future,draft,pending,private"},
                                           {"context", "edit"}});
    if (found.is_array() && !found.empty()) post = found[0];
  }
  json fields = {{"title", tmpl::html_escape(content.title)},  // WordPress shows the title as HTML
                 {"content", content.body},
                 {"excerpt", tmpl::html_escape(content.lead)},
                 {"slug", slug},
                 {"date_gmt", date_gmt(event)},
                 {"tags", tags},
                 {"categories", categories},
                 {"featured_media", featured},
                 {"comment_status", "closed"},
                 {"ping_status", "closed"}};
  json saved;
  if (post) {
    // The media are in place already: the update may set the status at once.
    fields["status"] = options_.status;
    saved = site_.post("posts/" + std::to_string(id_of(*post)), fields);
  } else {
    // A new post is a draft until it is complete, then gets its status: a failure halfway
    // never leaves a published post with missing parts.
    fields["status"] = "draft";
    saved = site_.post("posts", fields);
    report.created = true;
    if (options_.status != "draft") saved = site_.post("posts/" + std::to_string(id_of(saved)), {{"status", options_.status}});
  }
  report.post_id = id_of(saved);
  report.status = string_of(saved, "status");
  report.link = string_of(saved, "link");
  store_post_id(state_file, site_.url(), report, diags);
  return report;
}

}  // namespace thidua::publish
