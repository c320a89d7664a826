// The served folder: every path a client names or an event refers to is resolved inside it, or refused.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::serve {

// A path inside the folder, or why it was refused.
struct Resolved {
  std::filesystem::path path;  // absolute, inside the folder (empty when refused)
  std::string refusal;         // Vietnamese: why the path is refused ("" when accepted)
  // True when the path was accepted.
  explicit operator bool() const { return refusal.empty(); }
};

// The root of everything the server reads or writes.
class Folder {
 public:
  // Creates `root` when it is missing; throws thidua::Failure (exit 3) when it cannot be used.
  explicit Folder(const std::string& root);

  // The folder's canonical path.
  const std::filesystem::path& root() const { return root_; }

  // Resolves `relative` (with '/' between parts): refused when empty, absolute, holding a
  // ".." part, a backslash, a NUL or a control character, or when an existing part of it is
  // a symbolic link that leads outside the folder. The file itself need not exist.
  Resolved resolve(std::string_view relative) const;

  // Resolves `reference` written in an event file at `event_relative` (a csv=, logo or photo
  // path, relative to the event's own folder) by the same rules.
  Resolved resolve_reference(std::string_view event_relative, std::string_view reference) const;

  // The event files: *.xml directly inside the folder, sorted by name.
  std::vector<std::string> event_files() const;

  // Office mode's event files: those of event_files(), then FOLDER/*.xml for every folder
  // inside (one per bloc) except hidden ones and `skip` (the archive), sorted.
  std::vector<std::string> office_event_files(std::string_view skip) const;

  // `absolute` as a path relative to the folder with '/' separators.
  std::string relative(const std::filesystem::path& absolute) const;

 private:
  std::filesystem::path root_;
};

}  // namespace thidua::serve
