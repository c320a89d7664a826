// Loading an event for a subcommand, with its diagnostics printed to stderr.
#pragma once

#include <optional>
#include <string>

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

}  // namespace thidua::cli
