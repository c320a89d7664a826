// Nothing lost: every saved version of an event file with who and when
// (FOLDER/.thidua-history/FILE/TIMESTAMP-USER.xml), and the append-only audit log.
#pragma once

#include <ctime>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::office {

// One kept version of an event file.
struct Version {
  std::string id;     // "20261207T001502123Z-lan": the file name without .xml
  std::string user;   // who saved it ("" when not known: the file as it was before its first save here)
  std::string when;   // UTC, ISO 8601: "2026-12-07T00:15:02Z"
  std::size_t bytes = 0;
};

// The history folder of `event_file`: its folder's .thidua-history/NAME/.
std::filesystem::path history_folder(const std::filesystem::path& event_file);

// Keeps `bytes` as the version `user` saved at `when`; returns its id. Throws Failure (exit 3).
std::string keep_version(const std::filesystem::path& event_file, std::string_view user, std::time_t when,
                         std::string_view bytes);
// Before a save: when `event_file` exists and has no history yet, keeps it as it is (user
// unknown, its modification time), so the version the first save replaces is not lost.
void keep_original(const std::filesystem::path& event_file);
// Every kept version of `event_file`, newest first.
std::vector<Version> list_versions(const std::filesystem::path& event_file);
// The bytes of version `id`, or nullopt when there is no such version (or `id` is not one).
std::optional<std::string> read_version(const std::filesystem::path& event_file, std::string_view id);

// The audit log: one JSON object a line (time, user, address, action, path, result), appended.
class AuditLog {
 public:
  // DATA/.thidua/audit.log.
  explicit AuditLog(const std::filesystem::path& data_folder);
  // Appends one line; a failure to write is reported on stderr (the journal), never thrown.
  void record(std::string_view user, std::string_view address, std::string_view action, std::string_view path,
              std::string_view result);
  // The file's path.
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  std::mutex mutex_;
};

}  // namespace thidua::office
