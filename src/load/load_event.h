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
// The name of the top-level element of XML text (after a BOM, the XML declaration,
// comments, processing instructions and a DOCTYPE), or nullopt when `head` does not start
// like XML or ends before the element. Reads only as far as the first element's name.
std::optional<std::string> xml_root_name(std::string_view head);

// Why a file found in a folder is not an event file ("its top-level element is <rss>"), or
// empty when it is one or cannot be told (then loading it reports what is wrong). Reads only
// the first 64 KB, so a big feed or export is not read whole.
std::string not_an_event_file(const std::string& path);

std::optional<model::Event> load_event_from_string(std::string_view bytes, const std::string& display_name,
                                                   const std::string& base_dir, Diagnostics& diags);

}  // namespace thidua::load
