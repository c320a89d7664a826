// The registry entry of the news article (bài viết): an HTML page with its photos.
#include "documents/kinds.h"
#include "documents/toolbox.h"
#include "html/article_page.h"
#include "i18n/i18n.h"

namespace thidua::documents {

DocumentKind article_kind() {
  return DocumentKind{
      .name = "article",
      .title = "Bài viết",
      .archive_name = "bai-viet/index.html",
      .template_folder = "article",
      .template_name = "article/page",
      .outputs = {Output::html},
      .summary = N_("Write the HTML news article of an event"),
      .usage = N_("thidua article EVENT.xml -o FILE.html [--templates DIR]"),
      .details =
          N_("One standalone page written like the published reports (lead, guests, members, contents,\n"
          "speeches, photos, signing, byline), with its photos copied into media/ beside it."),
      .applies = [](const model::Event& event) { return event.news.has_value(); },
      .why_not = N_("the event has no <news>; the article is composed from the event's facts alone"),
      // Without <news> the article still tells the event's facts (`thidua article` always writes
      // it); `build` publishes only the events that have news.
      .when_missing = WhenMissing::proceed,
      .render_html = [](const Toolbox& tools, const model::Event& event, const OptionValues&,
                        html::MediaStore& media, Diagnostics& diags) {
        return html::render_article_page(event, tools.templates(), html::PageContext{}, media, diags);
      },
  };
}

}  // namespace thidua::documents
