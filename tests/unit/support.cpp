// What many unit tests share: paths, the toolbox, loaded samples and scratch folders.
#include "support.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "diag/diagnostic.h"
#include "load/load_event.h"

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

std::filesystem::path scratch_dir(const std::string& name) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("thidua-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace thidua::testing
