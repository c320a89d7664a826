// `thidua verify`: checks an archive's files against its manifest.
#include <iostream>

#include "archive/verify.h"
#include "cli/commands.h"
#include "i18n/i18n.h"

namespace thidua::cli {

int run_verify(const po::variables_map& options) {
  const std::string archive_dir = options["archive"].as<std::string>();
  Diagnostics diags;
  const archive::VerifyReport report = archive::verify_archive(archive_dir, diags);
  print_diagnostics_or_fail(diags);
  auto list = [&](const std::vector<std::string>& paths, const char* what) {
    for (const std::string& path : paths) {
      std::cerr << Diagnostic{Severity::error, {archive_dir + '/' + path}, what}.format() << '\n';
    }
  };
  list(report.missing, _("missing (listed in the manifest, not in the archive)"));
  list(report.changed, _("changed (its SHA-256 or size differs from the manifest)"));
  list(report.extra, _("extra (in the archive, not in the manifest)"));
  std::cout << archive_dir << ": "
            << trn("%1$d file checked, %2$d changed, %3$d missing, %4$d extra",
                   "%1$d files checked, %2$d changed, %3$d missing, %4$d extra", report.checked, report.checked,
                   report.changed.size(), report.missing.size(), report.extra.size())
            << '\n';
  return report.clean() ? 0 : static_cast<int>(ExitCode::bad_input);
}

}  // namespace thidua::cli
