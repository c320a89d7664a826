// `thidua restore`: gives back the data folder an archive was built from.
#include <iostream>

#include "archive/restore.h"
#include "cli/commands.h"
#include "i18n/i18n.h"

namespace thidua::cli {

int run_restore(const po::variables_map& options) {
  const std::string archive_dir = options["archive"].as<std::string>();
  const std::string target_dir = options["folder"].as<std::string>();
  Diagnostics diags;
  const archive::RestoreSummary summary =
      archive::restore_archive(archive_dir, target_dir, diags, options.count("with-accounts") > 0);
  print_diagnostics_or_fail(diags);
  std::cout << target_dir << ": "
            << trn("%1$d event restored", "%1$d events restored", summary.events, summary.events) << ", "
            << trn("%1$d file", "%1$d files", summary.files, summary.files) << '\n';
  return 0;
}

void declare_restore_options(po::options_description& options) {
  options.add_options()("with-accounts", _("also give back office mode's accounts, audit log and histories"));
}

}  // namespace thidua::cli
