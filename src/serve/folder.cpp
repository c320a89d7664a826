// Confinement of paths to the served folder: no "..", no absolute path, no symbolic link leading out.
#include "serve/folder.h"

#include <algorithm>
#include <system_error>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"

namespace fs = std::filesystem;

namespace thidua::serve {

namespace {

Resolved refuse(std::string why) { return Resolved{{}, std::move(why)}; }

bool inside(const fs::path& root, const fs::path& candidate) {
  auto r = root.begin();
  auto c = candidate.begin();
  for (; r != root.end(); ++r, ++c) {
    if (c == candidate.end() || *r != *c) return false;
  }
  return true;
}

}  // namespace

Folder::Folder(const std::string& root) {
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec || !fs::is_directory(root)) {
    throw Failure(ExitCode::io_or_internal, SourceLoc{root, 0, 0},
                  ec ? tr("cannot use the folder: %1$s", i18n::system_error_text(ec)) : std::string(_("cannot use the folder: it is not a folder")));
  }
  root_ = fs::canonical(root, ec);
  if (ec) throw Failure(ExitCode::io_or_internal, SourceLoc{root, 0, 0}, tr("cannot use the folder: %1$s", i18n::system_error_text(ec)));
}

Resolved Folder::resolve(std::string_view relative) const {
  if (relative.empty()) return refuse(_("The file name is missing."));
  if (relative.size() > 1024) return refuse(_("The file name is too long."));
  for (char c : relative) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '\\' || c == 0x7f) {
      return refuse(_("The file name holds a character that is not allowed."));
    }
  }
  if (relative.front() == '/') return refuse(_("The path must stay inside the open folder; it may not start with '/'."));
  const fs::path path(relative);
  for (const fs::path& part : path) {
    if (part == "..") return refuse(_("The path may not hold '..': use only files in the open folder."));
  }
  const fs::path joined = (root_ / path).lexically_normal();
  // weakly_canonical resolves every symbolic link of the parts that exist.
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(joined, ec);
  if (ec) return refuse(tr("Cannot read the path: %1$s.", i18n::system_error_text(ec)));
  if (!inside(root_, real)) return refuse(_("The path leads out of the open folder."));
  return Resolved{real, {}};
}

Resolved Folder::resolve_reference(std::string_view event_relative, std::string_view reference) const {
  const fs::path dir = fs::path(event_relative).parent_path();
  if (!reference.empty() && reference.front() == '/') {
    return refuse(_("The path must be relative to the event file; it may not start with '/'."));
  }
  return resolve(dir.empty() ? std::string(reference) : (dir / fs::path(reference)).generic_string());
}

std::vector<std::string> Folder::event_files() const {
  std::vector<std::string> files;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(root_, ec)) {
    const fs::path& p = entry.path();
    if (p.extension() != ".xml" || !entry.is_regular_file(ec)) continue;
    if (!resolve(p.filename().string())) continue;  // a link leading out is not listed
    files.push_back(p.filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> Folder::office_event_files(std::string_view skip) const {
  std::vector<std::string> files = event_files();
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(root_, ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_directory(ec) || name.empty() || name.front() == '.' || name == skip) continue;
    for (const fs::directory_entry& inner : fs::directory_iterator(entry.path(), ec)) {
      const fs::path& p = inner.path();
      if (p.extension() != ".xml" || !inner.is_regular_file(ec)) continue;
      const std::string relative = name + "/" + p.filename().string();
      if (resolve(relative)) files.push_back(relative);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string Folder::relative(const fs::path& absolute) const {
  return absolute.lexically_relative(root_).generic_string();
}

}  // namespace thidua::serve
