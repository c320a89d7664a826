// The documents an event produces, as archive writers, shared by `build` and the single-document commands.
#include "cli/documents.h"

#include <memory>

#include "cli/pipeline.h"

namespace thidua::cli {

namespace {

// A writer of one PDF named `file_name` when `applies` holds.
archive::DocumentWriter pdf_writer(std::shared_ptr<const Toolbox> tools, std::string name, std::string file_name,
                                   std::function<bool(const model::Event&)> applies,
                                   int (*write)(const Toolbox&, const model::Event&, const std::string&, Diagnostics&)) {
  archive::DocumentWriter writer;
  writer.name = std::move(name);
  writer.applies = std::move(applies);
  writer.write = [tools, file_name, write](const model::Event& event, const std::string& folder, Diagnostics& diags) {
    write(*tools, event, folder + "/" + file_name, diags);
    return std::vector<std::string>{file_name};
  };
  return writer;
}

}  // namespace

std::vector<archive::DocumentWriter> document_writers(const DocumentSettings& settings) {
  auto tools = std::make_shared<const Toolbox>(settings.templates_dir, settings.fonts_dir);
  std::vector<archive::DocumentWriter> writers;
  writers.push_back(pdf_writer(tools, "agreement", "giao-uoc-thi-dua.pdf",
                               [](const model::Event& event) { return event.agreement.has_value(); },
                               write_agreement));
  return writers;
}

archive::SiteWriter site_writer(const DocumentSettings&) { return nullptr; }

}  // namespace thidua::cli
