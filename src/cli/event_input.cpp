// Loading an event for a subcommand, with its diagnostics printed to stderr.
#include "cli/event_input.h"

#include <iostream>

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

LoadedEvents load_events_reporting(const std::vector<std::string>& paths) {
  LoadedEvents loaded;
  for (const std::string& path : paths) {
    LoadedEvent one = load_event_reporting(path);
    if (one.event) loaded.events.push_back(std::move(*one.event));
    else loaded.worst = worse(loaded.worst, one.failure);
  }
  return loaded;
}

ExitCode worse(ExitCode a, ExitCode b) { return static_cast<int>(b) > static_cast<int>(a) ? b : a; }

}  // namespace thidua::cli
