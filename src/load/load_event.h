// The loader: one event XML file (and the CSV files it names) to a checked model::Event.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/event.h"

namespace thidua::load {

// Reads and validates one event file; errors and warnings go to `diags`, every one located
// as FILE:LINE:COL. Returns nullopt when any error was found (bad content: exit code 1).
// Throws thidua::Failure with ExitCode::io_or_internal (exit code 3) and the message
// "cannot read file: <reason>" when `path` is missing, a directory, unreadable or too large.
// A CSV file named by the XML that cannot be read is bad content instead: an error at csv=.
std::optional<model::Event> load_event(const std::string& path, Diagnostics& diags);

// Same, from bytes already in memory: `display_name` names the file in messages (CSV and
// image paths in messages are joined to its directory), and relative paths are opened from
// `base_dir`. Never throws for bad content.
std::optional<model::Event> load_event_from_string(std::string_view bytes, const std::string& display_name,
                                                   const std::string& base_dir, Diagnostics& diags);

}  // namespace thidua::load
