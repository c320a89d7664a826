// Loading an event for a subcommand, with its diagnostics printed to stderr.
#include "cli/event_input.h"

#include <iostream>

#include "cli/command.h"
#include "cli/pipeline.h"
#include "load/load_event.h"

namespace thidua::cli {

LoadedEvent load_event_reporting(const std::string& path) {
  LoadedEvent loaded;
  Diagnostics diags;
  try {
    loaded.event = load::load_event(path, diags);
  } catch (const Failure& failure) {
    diags.print(std::cerr);
    for (const Diagnostic& d : failure.diagnostics()) std::cerr << d.format() << '\n';
    loaded.failure = failure.code();
    loaded.event.reset();
    return loaded;
  }
  diags.print(std::cerr);
  if (diags.has_errors() || !loaded.event) {
    loaded.event.reset();
    loaded.failure = ExitCode::bad_input;
  }
  return loaded;
}

int run_event_document(const po::variables_map& options, const std::string& template_folder, const DocumentJob& job) {
  const std::string output = options["output"].as<std::string>();
  LoadedEvent loaded = load_event_reporting(options["event"].as<std::string>());
  if (!loaded.event) return static_cast<int>(loaded.failure);
  const Toolbox tools(option_or_empty(options, "templates"), option_or_empty(options, "fonts"), {template_folder});
  Diagnostics diags;
  std::string report;
  try {
    report = job(tools, *loaded.event, output, diags);
  } catch (const Failure&) {
    diags.print(std::cerr);
    throw;
  }
  diags.print(std::cerr);
  std::cout << output << ": " << report << '\n';
  return 0;
}

std::string pages_report(int pages) { return std::to_string(pages) + (pages == 1 ? " page" : " pages"); }

}  // namespace thidua::cli
