// `thidua restore`: gives back the data folder an archive was built from.
#include <iostream>

#include "archive/restore.h"
#include "cli/command.h"
#include "i18n/i18n.h"

namespace thidua::cli {

namespace {

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

}  // namespace

Command restore_command() {
  return {.name = "restore",
          .summary = N_("Give back the data folder (events, lists, photos) an archive was built from"),
          .usage = N_("thidua restore ARCHIVE FOLDER [--with-accounts]"),
          .details = N_("Writes every event file of the archive into FOLDER (new or empty) at the path it had in\n"
                        "the folder given to 'thidua build', with the lists, logos and photos it names beside it.\n"
                        "Every file is checked against the manifest first: if one is missing or changed, nothing\n"
                        "is written. 'thidua build FOLDER -o NEW' then makes an archive identical to ARCHIVE."),
          .arguments = {{"archive"}, {"folder"}},
          .declare = [](po::options_description& options) {
            options.add_options()("with-accounts", _("also give back office mode's accounts, audit log and histories"));
          },
          .run = run_restore};
}

}  // namespace thidua::cli
