// Golden files for the unit tests: one comparison, one update switch (THIDUA_UPDATE=1 rewrites them).
#pragma once

#include <filesystem>
#include <string>

namespace thidua::testing {

// True when THIDUA_UPDATE=1: golden files are rewritten instead of compared.
bool updating_golden_files();

// Compares `actual` with the golden file at `path`, or rewrites the file when updating.
// Returns "" when they match (or the file was rewritten); otherwise what differs: the golden
// file's name and the first differing line, or that the file is missing.
std::string golden_difference(const std::filesystem::path& path, const std::string& actual);

// Checks `trace` against tests/golden/KIND/NAME.trace, the golden trace of document KIND for sample NAME.
void check_golden_trace(const std::string& kind, const std::string& name, const std::string& trace);

}  // namespace thidua::testing
