// What many unit tests share: paths, the toolbox, loaded samples and scratch folders.
#include "support.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "diag/diagnostic.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "load/load_event.h"
#include "layout/layout.h"
#include "markup/markup.h"

namespace thidua::testing {

const std::string& source_dir() {
  static const std::string dir = THIDUA_SOURCE_DIR;
  return dir;
}

const documents::Toolbox& toolbox() {
  static const documents::Toolbox tools(source_dir() + "/templates", "");
  return tools;
}

const layout::FontSet& fonts() { return toolbox().fonts(); }

model::Event load_event_file(const std::filesystem::path& path) {
  Diagnostics diags;
  std::optional<model::Event> event = load::load_event(path.string(), diags);
  std::ostringstream messages;
  diags.print(messages);
  INFO(path.string() << '\n' << messages.str());
  REQUIRE(event.has_value());
  REQUIRE_FALSE(diags.has_errors());
  return *std::move(event);
}

model::Event load_sample(const std::string& name) {
  const bool has_extension = name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0;
  return load_event_file(source_dir() + "/samples/" + name + (has_extension ? "" : ".xml"));
}

model::Event load_event_text(const std::string& xml, const std::string& name, const std::string& folder) {
  Diagnostics diags;
  std::optional<model::Event> event = load::load_event_from_string(xml, name, folder, diags);
  std::ostringstream messages;
  diags.print(messages);
  INFO("the test event does not load:\n" << messages.str());
  REQUIRE(event.has_value());
  return *std::move(event);
}

std::string load_messages(const std::string& xml) {
  Diagnostics diags;
  (void)load::load_event_from_string(xml, "su-kien.xml", "", diags);
  std::string all;
  for (const Diagnostic& d : diags.all()) all += d.format() + "\n";
  return all;
}

double right_of(const layout::TraceOp& op) { return op.x + fonts().width(op.style, op.size, op.text); }

layout::TraceCanvas render_markup(const std::string& xml) {
  Diagnostics diags;
  const markup::Document doc = markup::parse_markup(xml, "t.xml", diags);
  layout::TraceCanvas canvas;
  layout::render(doc, fonts(), canvas, {}, diags);
  return canvas;
}

layout::TraceCanvas render_document(const std::string& kind, const model::Event& event) {
  const documents::DocumentKind* document = documents::find_kind(kind);
  INFO(kind << " of " << event.source_file);
  REQUIRE(document != nullptr);
  layout::TraceCanvas canvas;
  Diagnostics diags;
  documents::render(toolbox(), *document, event, {}, canvas, diags);
  REQUIRE_FALSE(diags.has_errors());
  return canvas;
}

serve::HttpRequest http_request(std::string method, std::string target,
                                std::vector<std::pair<std::string, std::string>> headers, std::string body) {
  serve::HttpRequest r;
  r.method = std::move(method);
  r.target = std::move(target);
  r.headers = std::move(headers);
  r.body = std::move(body);
  r.remote = "127.0.0.1";
  return r;
}

std::filesystem::path kept_output_dir(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::read_symlink("/proc/self/exe").parent_path() / name;
  std::filesystem::create_directories(dir);
  return dir;
}

std::filesystem::path write_kept_file(const std::string& dir, const std::string& name, const void* data, std::size_t size) {
  const std::filesystem::path path = kept_output_dir(dir) / name;
  std::ofstream(path, std::ios::binary).write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

std::filesystem::path scratch_dir(const std::string& name) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("thidua-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace thidua::testing
