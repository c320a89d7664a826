// `thidua restore`: the data folder an archive was built from, given back from the archive.
#include "archive/restore.h"

#include <filesystem>
#include <map>

#include "archive/builder.h"
#include "archive/manifest.h"
#include "i18n/i18n.h"
#include "io/files.h"

namespace thidua::archive {

namespace fs = std::filesystem;

namespace {

// A relative path that stays inside the folder it is joined to (the manifest may be hostile).
bool safe_relative(const std::string& path) {
  const fs::path normal = fs::path(path).lexically_normal();
  return !path.empty() && !normal.is_absolute() && !normal.empty() && *normal.begin() != ".." &&
         normal.generic_string() == path;
}

// One file to write: where it comes from in the archive and what it must hold.
struct Planned {
  std::string archive_path;
  const FileEntry* entry = nullptr;
};

}  // namespace

RestoreSummary restore_archive(const std::string& archive_dir, const std::string& target_dir, Diagnostics& diags,
                               bool with_accounts) {
  const fs::path root(archive_dir);
  const std::string manifest_path = (root / manifest_name).string();
  const Manifest manifest = parse_manifest(io::read_file(manifest_path), manifest_path, diags);
  if (diags.has_errors()) return {};
  std::error_code error;
  if (fs::exists(target_dir, error) && !(fs::is_directory(target_dir, error) && fs::is_empty(target_dir, error))) {
    throw Failure(ExitCode::bad_input, SourceLoc{target_dir, 0, 0},
                  _("the folder to restore into is not empty: give a new or empty folder, so nothing is overwritten"));
  }

  std::map<std::string, const FileEntry*> files;
  for (const FileEntry& file : manifest.files) files[file.path] = &file;
  const SourceLoc where{manifest_path, 0, 0};
  std::map<std::string, Planned> plan;  // by path in the target folder
  auto add = [&](const std::string& target, const std::string& archived) {
    auto file = files.find(archived);
    if (file == files.end()) {
      diags.error(where, tr("'%1$s' is not listed among the manifest's files", archived));
      return;
    }
    auto [slot, added] = plan.emplace(target, Planned{archived, file->second});
    if (!added && slot->second.entry->sha256 != file->second->sha256) {
      diags.error(where,
                  tr("two events name '%1$s' with different contents ('%2$s' and '%3$s'); restore them into separate folders by hand",
                     target, slot->second.archive_path, archived));
    }
  };
  for (const EventEntry& event : manifest.events) {
    if (!safe_relative(event.source_name) || !safe_relative(event.source_copy)) {
      diags.error(where, tr("event '%1$s' has an unsafe path in the manifest", event.id));
      continue;
    }
    add(event.source_name, event.source_copy);
    const fs::path event_dir = fs::path(event.source_name).parent_path();
    for (const std::string& input : event.inputs) {
      if (!safe_relative(input) || !safe_relative(event.folder)) {
        diags.error(where, tr("event '%1$s' has an unsafe path in the manifest", event.id));
        continue;
      }
      add((event_dir / input).generic_string(), event.folder + "/" + input);
    }
  }
  std::size_t office_files = 0;
  if (with_accounts) {
    const std::string prefix = std::string(accounts_folder) + "/";
    for (const FileEntry& file : manifest.files) {
      if (file.path.rfind(prefix, 0) != 0) continue;
      const std::string target = file.path.substr(prefix.size());
      if (!safe_relative(target)) {
        diags.error(where, tr("'%1$s' is not listed among the manifest's files", file.path));
        continue;
      }
      add(target, file.path);
      ++office_files;
    }
    if (office_files == 0) {
      diags.error(where, _("the archive holds no accounts: it was built without --with-accounts"));
    }
  }
  for (const std::string& failed : manifest.failed) {
    diags.warning(where, tr("'%1$s' failed to build, so the archive holds no copy of it; it is not restored", failed));
  }
  // Every file is read and checked before anything is written.
  std::map<std::string, std::string> contents;
  for (const auto& [target, planned] : plan) {
    const fs::path source = root / planned.archive_path;
    if (fs::is_symlink(source, error) || !fs::is_regular_file(source, error)) {
      diags.error(SourceLoc{source.string(), 0, 0}, _("missing from the archive (or not a regular file)"));
      continue;
    }
    std::string bytes = io::read_file(source.string());
    if (bytes.size() != planned.entry->size || io::sha256_hex(bytes) != planned.entry->sha256) {
      diags.error(SourceLoc{source.string(), 0, 0},
                  _("changed since the archive was built (its SHA-256 differs from the manifest); nothing restored"));
      continue;
    }
    contents[target] = std::move(bytes);
  }
  if (diags.has_errors()) return {};
  fs::create_directories(target_dir, error);
  if (error) {
    throw Failure(ExitCode::io_or_internal, SourceLoc{target_dir, 0, 0},
                  tr("cannot create folder: %1$s", i18n::system_error_text(error)));
  }
  for (const auto& [target, bytes] : contents) {
    const fs::path path = fs::path(target_dir) / target;
    io::write_file_atomic(path.string(), bytes);
    if (*fs::path(target).begin() == ".thidua") fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, error);
  }
  RestoreSummary summary;
  for (const EventEntry& event : manifest.events) summary.events += contents.count(event.source_name);
  summary.files = contents.size();
  return summary;
}

}  // namespace thidua::archive
