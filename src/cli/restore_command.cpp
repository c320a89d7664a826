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
  diags.print(std::cerr);
  if (diags.has_errors()) return static_cast<int>(ExitCode::bad_input);
  std::cout << target_dir << ": "
            << trn("%1$d event restored", "%1$d events restored", summary.events, summary.events) << ", "
            << trn("%1$d file", "%1$d files", summary.files, summary.files) << '\n';
  return 0;
}

}  // namespace

Command restore_command() {
  Command command;
  command.name = "restore";
  command.summary = N_("Give back the data folder (events, lists, photos) an archive was built from");
  command.usage = N_("thidua restore ARCHIVE FOLDER [--with-accounts]");
  command.details = N_(
      "Writes every event file of the archive into FOLDER (new or empty) at the path it had in\n"
      "the folder given to 'thidua build', with the lists, logos and photos it names beside it.\n"
      "Every file is checked against the manifest first: if one is missing or changed, nothing\n"
      "is written. 'thidua build FOLDER -o NEW' then makes an archive identical to ARCHIVE.");
  command.declare = [](po::options_description& options, po::options_description& hidden,
                       po::positional_options_description& positional) {
    options.add_options()("with-accounts", _("also give back office mode's accounts, audit log and histories"));
    hidden.add_options()
        ("archive", po::value<std::string>()->required()->value_name(_("ARCHIVE")), _("the archive folder"))
        ("folder", po::value<std::string>()->required()->value_name(_("FOLDER")), _("the data folder to write"));
    positional.add("archive", 1).add("folder", 1);
  };
  command.run = run_restore;
  return command;
}

}  // namespace thidua::cli
