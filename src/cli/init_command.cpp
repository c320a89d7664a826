// `thidua init`: a new event to start from — the XML skeleton and the three list workbooks.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/init_skeleton.h"
#include "i18n/i18n.h"
#include "io/files.h"
#include "workbook/writer.h"

namespace thidua::cli {

namespace fs = std::filesystem;

int run_init(const po::variables_map& options) {
  const std::string folder = options.count("folder") != 0 ? options["folder"].as<std::string>() : ".";
  const std::string kind = options["kind"].as<std::string>();
  if (kind != "agreement" && kind != "movement" && kind != "campaign") {
    throw UsageError(tr("unknown kind '%1$s' for --kind; use agreement, movement or campaign", kind));
  }
  const std::vector<std::pair<std::string, workbook::SheetSpec>> lists = list_skeletons(kind);
  std::vector<std::string> names = {"su-kien.xml"};
  for (const auto& [name, sheet] : lists) names.push_back(name);
  // Never overwrite: a second init in a folder must not wipe lists staff have filled in.
  std::error_code ec;
  for (const std::string& name : names) {
    if (fs::exists(fs::path(folder) / name, ec)) {
      throw Failure(ExitCode::bad_input, SourceLoc((fs::path(folder) / name).string()),
                    _("the file already exists, and thidua init never overwrites: choose an empty folder"));
    }
  }
  fs::create_directories(folder, ec);
  if (ec) {
    throw Failure(ExitCode::io_or_internal, SourceLoc(folder), tr("cannot create the folder: %1$s", i18n::system_error_text(ec)));
  }
  for (const auto& [name, sheet] : lists) {
    const std::string path = (fs::path(folder) / name).string();
    const std::string temporary = io::temporary_path_for(path);
    const std::string error = workbook::write_xlsx(temporary, {sheet});
    if (!error.empty()) {
      io::discard_temporary(temporary);
      throw Failure(ExitCode::io_or_internal, SourceLoc(path), tr("cannot write the workbook: %1$s", error));
    }
    io::commit_temporary(temporary, path);
  }
  io::write_file_atomic((fs::path(folder) / "su-kien.xml").string(), event_skeleton(kind));
  const std::string shown = folder == "." ? "" : folder + "/";
  std::cout << tr("Created %1$ssu-kien.xml and the lists %2$s.", shown, [&] {
    std::string joined;
    for (std::size_t i = 1; i < names.size(); ++i) joined += (i > 1 ? ", " : "") + shown + names[i];
    return joined;
  }()) << '\n'
            << tr("Fill in the empty fields (the comments say what to write), then run: thidua check %1$ssu-kien.xml", shown)
            << '\n';
  return 0;
}

void declare_init_options(po::options_description& options) {
  const char* const default_kind = "agreement";  // not shown
  options.add_options()("kind", po::value<std::string>()->default_value(default_kind)->value_name(_("KIND")),
                        _("agreement (signing an emulation agreement), movement (launching a movement) or campaign"));
}

}  // namespace thidua::cli
