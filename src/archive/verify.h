// Checking an archive against its manifest: missing, changed and extra files.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace thidua::archive {

// What `verify` found; every list holds paths relative to the archive root, sorted.
struct VerifyReport {
  std::size_t checked = 0;
  std::vector<std::string> missing;
  std::vector<std::string> changed;
  std::vector<std::string> extra;
  bool clean() const { return missing.empty() && changed.empty() && extra.empty(); }
};

// Verifies `archive_dir`; an unreadable or malformed manifest is reported to `diags`.
VerifyReport verify_archive(const std::string& archive_dir, Diagnostics& diags);

}  // namespace thidua::archive
