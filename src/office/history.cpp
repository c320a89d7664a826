// Kept versions of event files and the audit log's lines.
#include "office/history.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <iostream>
#include <nlohmann/json.hpp>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"
#include "io/files.h"
#include "load/read_file.h"
#include "office/accounts.h"
#include "text/calendar.h"

namespace thidua::office {

namespace fs = std::filesystem;

namespace {

constexpr const char* history_name = ".thidua-history";
constexpr const char* unknown_user = "_";  // never an account name (those start with a letter or digit)

std::string stamp(std::time_t when, unsigned millis) {
  char ms[8];
  std::snprintf(ms, sizeof ms, "%03uZ", millis % 1000);
  return text::format_time(when, "%Y%m%dT%H%M%S", text::Clock::utc) + ms;
}

std::string iso_time(std::time_t when) { return text::format_time(when, "%Y-%m-%dT%H:%M:%SZ", text::Clock::utc); }

// "20261207T001502123Z-lan" → its parts; false when the name is not one we made.
bool parse_id(std::string_view id, std::string& when, std::string& user) {
  if (id.size() < 21 || id[8] != 'T' || id[18] != 'Z' || id[19] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 9u, 10u, 11u, 12u, 13u, 14u, 15u, 16u, 17u}) {
    if (!std::isdigit(static_cast<unsigned char>(id[i]))) return false;
  }
  const std::string_view who = id.substr(20);
  const std::size_t dash = who.find('~');  // a second save in the same millisecond: "-lan~2"
  const std::string_view name = who.substr(0, dash);
  if (name != unknown_user && !valid_account_name(name)) return false;
  user = name == unknown_user ? std::string() : std::string(name);
  when = std::string(id.substr(0, 4)) + "-" + std::string(id.substr(4, 2)) + "-" + std::string(id.substr(6, 2)) + "T" +
         std::string(id.substr(9, 2)) + ":" + std::string(id.substr(11, 2)) + ":" + std::string(id.substr(13, 2)) + "Z";
  return true;
}

}  // namespace

fs::path history_folder(const fs::path& event_file) {
  return event_file.parent_path() / history_name / event_file.filename();
}

std::string keep_version(const fs::path& event_file, std::string_view user, std::time_t when, std::string_view bytes) {
  const fs::path folder = history_folder(event_file);
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  const unsigned millis = static_cast<unsigned>(std::chrono::duration_cast<std::chrono::milliseconds>(now).count() % 1000);
  const std::string base = stamp(when, millis) + "-" + (user.empty() ? std::string(unknown_user) : std::string(user));
  std::string id = base;
  std::error_code ec;
  for (int n = 2; fs::exists(folder / (id + ".xml"), ec); ++n) id = base + "~" + std::to_string(n);
  io::write_file_atomic((folder / (id + ".xml")).string(), bytes, io::MissingFolders::create);
  return id;
}

void keep_original(const fs::path& event_file) {
  std::error_code ec;
  if (!fs::is_regular_file(event_file, ec)) return;
  const fs::path folder = history_folder(event_file);
  if (fs::exists(folder, ec) && !fs::is_empty(folder, ec)) return;
  struct stat st{};
  const std::time_t when = ::stat(event_file.c_str(), &st) == 0 ? st.st_mtime : std::time(nullptr);
  keep_version(event_file, "", when, io::read_file(event_file.string()));
}

std::vector<Version> list_versions(const fs::path& event_file) {
  std::vector<Version> versions;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(history_folder(event_file), ec)) {
    const fs::path& p = entry.path();
    if (p.extension() != ".xml" || !entry.is_regular_file(ec)) continue;
    Version v;
    v.id = p.stem().string();
    if (!parse_id(v.id, v.when, v.user)) continue;
    v.bytes = static_cast<std::size_t>(entry.file_size(ec));
    versions.push_back(std::move(v));
  }
  std::sort(versions.begin(), versions.end(), [](const Version& a, const Version& b) { return a.id > b.id; });
  return versions;
}

std::optional<std::string> read_version(const fs::path& event_file, std::string_view id) {
  std::string when, user;
  if (!parse_id(id, when, user)) return std::nullopt;
  const load::FileBytes file = load::read_file_bytes((history_folder(event_file) / (std::string(id) + ".xml")).string());
  if (!file.bytes) return std::nullopt;
  return *file.bytes;
}

AuditLog::AuditLog(const fs::path& data_folder) : path_(data_folder / service_folder / "audit.log") {}

void AuditLog::record(std::string_view user, std::string_view address, std::string_view action, std::string_view path,
                      std::string_view result) {
  const nlohmann::json line{{"time", iso_time(std::time(nullptr))}, {"user", user},    {"address", address},
                            {"action", action},                    {"path", path},    {"result", result}};
  const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard lock(mutex_);
  std::error_code ec;
  fs::create_directories(path_.parent_path(), ec);
  // O_APPEND: each line is one write at the end, never over an earlier one.
  const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0 || ::write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
    std::cerr << "thidua: " << path_.string() << ": " << i18n::system_error_text(errno) << '\n';
  }
  if (fd >= 0) ::close(fd);
}

}  // namespace thidua::office
