// Loading the events a subcommand is given, with their diagnostics printed to stderr, and the exit code they make.
#pragma once

#include <optional>
#include <string>
#include <vector>

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

// Event files' outcome: the events that loaded, in order, and the exit code of the worst failure (ok when none).
struct LoadedEvents {
  std::vector<model::Event> events;
  ExitCode worst = ExitCode::ok;
};

// Loads every file of `paths` with load_event_reporting().
LoadedEvents load_events_reporting(const std::vector<std::string>& paths);

// The more serious of two exit codes: `worst = worse(worst, code)` keeps the worst of a run.
ExitCode worse(ExitCode a, ExitCode b);

}  // namespace thidua::cli
