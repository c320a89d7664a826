// Checking an archive against its manifest: missing, changed and extra files.
#include "archive/verify.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "archive/manifest.h"
#include "io/files.h"
#include "i18n/i18n.h"

namespace thidua::archive {

namespace fs = std::filesystem;

VerifyReport verify_archive(const std::string& archive_dir, Diagnostics& diags) {
  VerifyReport report;
  const fs::path root(archive_dir);
  if (!fs::is_directory(root)) {
    throw Failure(ExitCode::io_or_internal, SourceLoc{archive_dir, 0, 0}, _("not a folder"));
  }
  const std::string manifest_path = (root / manifest_name).string();
  if (!fs::exists(manifest_path)) {
    diags.error(SourceLoc{manifest_path, 0, 0}, _("the archive has no manifest"));
    return report;
  }
  const Manifest manifest = parse_manifest(io::read_file(manifest_path), manifest_path, diags);
  if (diags.has_errors()) return report;

  std::set<std::string> listed;
  for (const FileEntry& file : manifest.files) {
    listed.insert(file.path);
    const fs::path path = root / file.path;
    std::error_code error;
    if (!fs::is_regular_file(path, error)) {
      report.missing.push_back(file.path);
      continue;
    }
    ++report.checked;
    const std::string bytes = io::read_file(path.string());
    if (bytes.size() != file.size || io::sha256_hex(bytes) != file.sha256) report.changed.push_back(file.path);
  }
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    // A link is named as itself (lexically), never by where it leads; the archive holds no links.
    if (!entry.is_symlink() && !entry.is_regular_file()) continue;
    const std::string relative = entry.path().lexically_relative(root).generic_string();
    if (relative == manifest_name) continue;
    if (!listed.count(relative)) report.extra.push_back(relative);
  }
  std::sort(report.missing.begin(), report.missing.end());
  std::sort(report.changed.begin(), report.changed.end());
  std::sort(report.extra.begin(), report.extra.end());
  return report;
}

}  // namespace thidua::archive
