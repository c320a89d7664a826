// `thidua build`: all documents of every event and the news site into a verifiable archive.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <thread>

#include "archive/builder.h"
#include "cli/commands.h"
#include "documents/toolbox.h"
#include "i18n/i18n.h"

namespace thidua::cli {

int run_build(const po::variables_map& options) {
  archive::BuildOptions build;
  build.inputs = options["input"].as<std::vector<std::string>>();
  build.archive_dir = options["output"].as<std::string>();
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  build.jobs = options.count("jobs") ? options["jobs"].as<unsigned>() : cores;
  if (build.jobs == 0) throw UsageError(_("--jobs must be at least 1"));
  build.progress = ::isatty(STDERR_FILENO) == 1 && !options.count("quiet");
  if (options.count("with-accounts")) {
    std::error_code error;
    if (build.inputs.size() != 1 || !std::filesystem::is_directory(build.inputs.front(), error)) {
      throw UsageError(_("--with-accounts takes one input: the data folder of the office service"));
    }
    build.accounts_from = build.inputs.front();
  }
  build.docx = options.count("docx") > 0;
  html::SiteOptions site = site_options(options);
  site.jobs = build.jobs;
  // One set of fonts and templates for every document writer and the site, in every thread.
  const documents::Toolbox tools(option_or_empty(options, "templates"), std::string());
  const archive::BuildSummary summary = archive::build_archive(build, tools, site);
  std::cout << build.archive_dir << ": "
            << tr("%1$d of %2$d events built (%3$d already current)", summary.events - summary.failed, summary.events,
                  summary.skipped_unchanged)
            << ", " << trn("%1$d file in the manifest", "%1$d files in the manifest", summary.files, summary.files);
  if (summary.removed > 0) {
    std::cout << "; " << trn("%1$d file of events no longer given deleted",
                             "%1$d files of events no longer given deleted", summary.removed, summary.removed);
  }
  std::cout << '\n';
  return summary.failed == 0 ? 0 : static_cast<int>(ExitCode::bad_input);
}

void declare_build_options(po::options_description& options) {
  options.add_options()
      ("output,o", po::value<std::string>()->required()->value_name(_("ARCHIVE")), _("the archive folder"))
      ("jobs,j", po::value<unsigned>()->value_name("N"), _("events built in parallel (default: the number of cores)"))
      ("templates", po::value<std::string>()->value_name(_("DIR")), _("use the templates in DIR"))
      ("docx", _("also write each document as a Word file (.docx) beside its PDF"))
      ("quiet,q", _("no progress bar"))
      ("with-accounts", _("also keep office mode's accounts, audit log and histories (readable by the owner only)"));
  add_site_options(options);
}

}  // namespace thidua::cli
