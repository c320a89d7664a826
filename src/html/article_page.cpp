// Building, rendering and writing the article page.
#include "html/article_page.h"

#include <filesystem>
#include <vector>

#include "compose/article.h"
#include "compose/article_values.h"
#include "io/files.h"
#include "tmpl/escape.h"

namespace thidua::html {

namespace fs = std::filesystem;

namespace {

using Data = kainjow::mustache::data;

// The photos of the news body, in order.
std::vector<const model::Photo*> body_photos(const model::Event& event) {
  std::vector<const model::Photo*> photos;
  if (!event.news) return photos;
  for (const model::Block& block : event.news->body) {
    if (block.kind == model::Block::Kind::photo) photos.push_back(&block.photo);
  }
  return photos;
}

}  // namespace

compose::PhotoResolver media_resolver(const model::Event& event, const std::string& url_prefix, MediaStore& media,
                                      Diagnostics& diags) {
  return [&event, url_prefix, &media, &diags](const model::Photo& photo) {
    compose::PhotoRef ref;
    if (const MediaFile* file = media.publish(event, photo, diags)) {
      ref.src = tmpl::safe_url(url_prefix + file->path);
      ref.width = file->width;
      ref.height = file->height;
    }
    return ref;
  };
}

Data article_page_data(const model::Event& event, const tmpl::TemplateSet& templates, const PageContext& page,
                       MediaStore& media, Diagnostics& diags) {
  Data data = compose::article_data(event, templates, media_resolver(event, page.root, media, diags), diags);
  data.set("root", tmpl::safe_url(page.root));
  data.set("is_site", page.is_site);
  data.set("site_title", page.site_title);
  compose::set_text(data, "canonical", page.canonical.empty() ? std::string() : tmpl::safe_url(page.canonical));
  data.set("description", data.get("summary")->string_value());

  // Images for OpenGraph and JSON-LD: absolute when the site's address is known.
  std::vector<Data> images;
  bool first = true;
  for (const model::Photo* photo : body_photos(event)) {
    const MediaFile* file = media.publish(event, *photo, diags);
    if (file == nullptr) continue;
    const std::string url = tmpl::safe_url((page.base_url.empty() ? page.root : page.base_url) + file->path);
    if (first) {
      data.set("og_image", url);
      data.set("og_image_alt", !photo->alt.empty() ? photo->alt : !photo->caption.empty() ? photo->caption
                                                                                           : data.get("title")->string_value());
      data.set("has_og_image_size", file->width > 0 && file->height > 0);
      data.set("og_image_width", std::to_string(file->width));
      data.set("og_image_height", std::to_string(file->height));
      first = false;
    }
    images.push_back(Data{"url", url});
  }
  data.set("has_og_image", !first);
  if (first) {
    data.set("og_image", "");
    data.set("og_image_alt", "");
    data.set("has_og_image_size", false);
    data.set("og_image_width", "");
    data.set("og_image_height", "");
  }
  data.set("has_images", !images.empty());
  data.set("images", compose::make_list(std::move(images)));
  return data;
}

ArticleContent render_article_content(const model::Event& event, const tmpl::TemplateSet& templates,
                                      const compose::PhotoResolver& photos, Diagnostics& diags) {
  const std::size_t errors_before = diags.error_count();
  Data data = compose::article_data(event, templates, photos, diags);
  if (diags.error_count() != errors_before) throw Failure(ExitCode::bad_input);
  data.set("root", "");
  data.set("is_site", false);
  ArticleContent content;
  content.title = data.get("title")->string_value();
  // The lead, else (its lead switched off) the first paragraph, else the title: never empty.
  content.lead = data.get("summary")->string_value();
  content.body = templates.render("article/body", data, diags);
  for (const Data& block : data.get("body")->list_value()) {
    const Data* photo = block.get("photo");
    if (photo == nullptr || !photo->is_object()) continue;
    content.photo_captions.emplace_back(templates.render("article/caption", *photo, diags),
                                        photo->get("alt")->string_value());
  }
  return content;
}

std::string render_article_page(const model::Event& event, const tmpl::TemplateSet& templates,
                                const PageContext& page, MediaStore& media, Diagnostics& diags) {
  const std::size_t errors_before = diags.error_count();
  Data data = article_page_data(event, templates, page, media, diags);
  if (diags.error_count() != errors_before) throw Failure(ExitCode::bad_input);
  data.set("jsonld", templates.render("article/jsonld", data, diags, tmpl::Escape::json));
  return templates.render("article/page", data, diags);
}

std::vector<std::string> write_article(const model::Event& event, const tmpl::TemplateSet& templates,
                                       const std::string& output_html, Diagnostics& diags) {
  const fs::path target(output_html);
  MediaStore media(target.has_parent_path() ? target.parent_path().string() : std::string("."));
  PageContext page;
  const std::string html = render_article_page(event, templates, page, media, diags);
  media.flush();  // the photos first, so the page never refers to a missing image
  io::write_file_atomic(output_html, html);
  std::vector<std::string> written{target.filename().string()};
  for (const std::string& path : media.paths()) written.push_back(path);
  return written;
}

}  // namespace thidua::html
