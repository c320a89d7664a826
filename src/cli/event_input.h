// Loading an event for a subcommand, with its diagnostics printed to stderr.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <boost/program_options/variables_map.hpp>

#include "diag/diagnostic.h"
#include "model/event.h"

namespace thidua::cli {

// An event file's outcome: the event, or the exit code its failure calls for.
struct LoadedEvent {
  std::optional<model::Event> event;
  ExitCode failure = ExitCode::ok;
};

// Loads `path`, printing its warnings and errors to stderr; never throws for bad input.
LoadedEvent load_event_reporting(const std::string& path);

class Toolbox;

// Writes one document of an event to `output`; returns what to report ("6 pages", "written").
using DocumentJob = std::function<std::string(const Toolbox& tools, const model::Event& event,
                                              const std::string& output, Diagnostics& diags)>;

// Runs a single-event document command: loads the event named by the "event" option, loads the
// fonts and the templates of `template_folder` (--templates, --fonts), runs `job` for the
// "output" option, prints its diagnostics and "OUTPUT: <report>". Returns the exit code;
// throws Failure after reporting.
int run_event_document(const boost::program_options::variables_map& options, const std::string& template_folder,
                       const DocumentJob& job);

// "1 page" or "N pages".
std::string pages_report(int pages);

}  // namespace thidua::cli
