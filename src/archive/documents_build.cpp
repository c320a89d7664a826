// `thidua build` of the real documents: every kind of the registry that applies, and the news site.
#include "archive/builder.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "load/load_event.h"

namespace thidua::archive {

std::vector<DocumentWriter> registry_writers(const documents::Toolbox& tools, bool docx) {
  std::vector<DocumentWriter> writers;
  for (const documents::DocumentKind& kind : documents::registry()) {
    DocumentWriter writer;
    writer.name = kind.name;
    writer.applies = kind.applies;
    writer.write = [&tools, &kind, docx](const model::Event& event, const std::string& folder, Diagnostics& diags) {
      return documents::write_into_folder(tools, kind, event, folder, diags, docx);
    };
    writers.push_back(std::move(writer));
  }
  return writers;
}

BuildSummary build_archive(const BuildOptions& options, const documents::Toolbox& tools,
                           const html::SiteOptions& site) {
  const SiteWriter site_writer = [&tools, site](const std::vector<const model::Event*>& events,
                                                const std::string& folder, Diagnostics& diags) {
    return html::write_site(events, tools.templates(), folder, diags, site);
  };
  BuildOptions with_check = options;
  // A folder may hold a previous site (feed.xml, sitemap.xml): only <event> files are events.
  if (!with_check.not_an_event) with_check.not_an_event = load::not_an_event_file;
  return build_archive(
      with_check, [](const std::string& path, Diagnostics& diags) { return load::load_event(path, diags); },
      registry_writers(tools, options.docx), site_writer);
}

}  // namespace thidua::archive
