// Golden files for the unit tests: one comparison, one update switch (THIDUA_UPDATE=1 rewrites them).
#include "golden.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

#include "io/files.h"
#include "support.h"

namespace thidua::testing {

namespace {

// "" when equal, else the first differing line of each.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected);
  std::istringstream a(actual);
  std::string le;
  std::string la;
  for (int line = 1;; ++line) {
    const bool more_e = static_cast<bool>(std::getline(e, le));
    const bool more_a = static_cast<bool>(std::getline(a, la));
    if (!more_e && !more_a) return expected == actual ? "" : "the files differ in their last line break";
    if (!more_e || !more_a || le != la) {
      return "line " + std::to_string(line) + ": expected [" + (more_e ? le : "<end>") + "] got [" +
             (more_a ? la : "<end>") + "]";
    }
  }
}

}  // namespace

bool updating_golden_files() {
  const char* update = std::getenv("THIDUA_UPDATE");
  return update != nullptr && std::string(update) == "1";
}

std::string golden_difference(const std::filesystem::path& path, const std::string& actual) {
  if (updating_golden_files()) {
    io::write_file_atomic(path.string(), actual);
    return "";
  }
  if (!std::filesystem::is_regular_file(path)) {
    return "missing golden file " + path.string() + "; run with THIDUA_UPDATE=1 to create it";
  }
  const std::string difference = first_difference(io::read_file(path.string()), actual);
  if (difference.empty()) return "";
  return path.string() + " (THIDUA_UPDATE=1 rewrites it), " + difference;
}

void check_golden_trace(const std::string& kind, const std::string& name, const std::string& trace) {
  const std::filesystem::path golden = std::filesystem::path(source_dir()) / "tests/golden" / kind / (name + ".trace");
  if (updating_golden_files()) std::filesystem::create_directories(golden.parent_path());
  const std::string difference = golden_difference(golden, trace);
  INFO(difference);
  CHECK(difference.empty());
}

}  // namespace thidua::testing
