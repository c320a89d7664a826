// `thidua restore`: the data folder an archive was built from, given back from the archive.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace thidua::archive {

// What a restore wrote.
struct RestoreSummary {
  std::size_t events = 0;
  std::size_t files = 0;
};

// Writes into `target_dir` (new or empty) every event file of the archive at its path in the
// data folder it was built from, with the lists and photos it names beside it, so that
// `thidua build TARGET_DIR` makes the same archive again. Every file is checked against the
// manifest first; problems (a changed or missing file, an unsafe path, two events naming the
// same file with different contents) are reported to `diags` and then nothing is written.
// Throws Failure for a target that is not empty or cannot be written.
// With `with_accounts`, office mode's accounts, audit log and histories the archive keeps
// (built with --with-accounts) are put back too, the files of .thidua/ readable by the owner only.
RestoreSummary restore_archive(const std::string& archive_dir, const std::string& target_dir, Diagnostics& diags,
                               bool with_accounts = false);

}  // namespace thidua::archive
