// `thidua verify`: checks an archive's files against its manifest.
#include <iostream>

#include "archive/verify.h"
#include "cli/command.h"

namespace thidua::cli {

namespace {

int run_verify(const po::variables_map& options) {
  const std::string archive_dir = options["archive"].as<std::string>();
  Diagnostics diags;
  const archive::VerifyReport report = archive::verify_archive(archive_dir, diags);
  diags.print(std::cerr);
  if (diags.has_errors()) return static_cast<int>(ExitCode::bad_input);
  auto list = [&](const std::vector<std::string>& paths, const char* what) {
    for (const std::string& path : paths) std::cerr << archive_dir << '/' << path << ": error: " << what << '\n';
  };
  list(report.missing, "missing (listed in the manifest, not in the archive)");
  list(report.changed, "changed (its SHA-256 or size differs from the manifest)");
  list(report.extra, "extra (in the archive, not in the manifest)");
  std::cout << archive_dir << ": " << report.checked << " files checked, " << report.changed.size() << " changed, "
            << report.missing.size() << " missing, " << report.extra.size() << " extra\n";
  return report.clean() ? 0 : static_cast<int>(ExitCode::bad_input);
}

}  // namespace

Command verify_command() {
  Command command;
  command.name = "verify";
  command.summary = "Check every file of an archive against its manifest";
  command.usage = "thidua verify ARCHIVE";
  command.details =
      "Reports each file that is missing, changed (SHA-256 or size) or extra, and exits 1 when\n"
      "anything is; 0 means every file is exactly as built.";
  command.declare = [](po::options_description&, po::options_description& hidden,
                       po::positional_options_description& positional) {
    hidden.add_options()("archive", po::value<std::string>()->required()->value_name("ARCHIVE"),
                          "the archive folder");
    positional.add("archive", 1);
  };
  command.run = run_verify;
  return command;
}

}  // namespace thidua::cli
