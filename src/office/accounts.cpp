// The accounts file (JSON, 0600, written atomically) and the Argon2id password hashes.
#include "office/accounts.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"
#include "io/files.h"

namespace thidua::office {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

void ensure_sodium() {
  static const int ready = sodium_init();
  if (ready < 0) throw Failure(ExitCode::io_or_internal, SourceLoc{}, _("libsodium could not be initialised"));
}

// Gives `path` to the owner of the data folder when we run as root (the administrator's shell).
void give_to_data_owner(const std::string& path, const std::string& data_folder) {
  if (::geteuid() != 0) return;
  struct stat data{};
  if (::stat(data_folder.c_str(), &data) != 0) return;
  if (::chown(path.c_str(), data.st_uid, data.st_gid) != 0) {
    throw Failure(ExitCode::io_or_internal, SourceLoc(path), i18n::system_error_text(errno));
  }
}

}  // namespace

const char* role_name(Role role) {
  switch (role) {
    case Role::admin: return "admin";
    case Role::editor: return "editor";
    case Role::reader: return "reader";
  }
  return "reader";
}

bool parse_role(std::string_view text, Role& out) {
  for (Role r : {Role::admin, Role::editor, Role::reader}) {
    if (text == role_name(r)) {
      out = r;
      return true;
    }
  }
  return false;
}

bool valid_account_name(std::string_view name) {
  if (name.empty() || name.size() > 32) return false;
  if (!std::isalnum(static_cast<unsigned char>(name.front()))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

bool valid_folder_name(std::string_view name) {
  if (name.empty() || name.size() > 100 || name.front() == '.') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
  });
}

AccountStore::AccountStore(std::string data_folder)
    : data_folder_(std::move(data_folder)),
      path_((fs::path(data_folder_) / service_folder / "accounts.json").string()) {}

std::vector<Account> AccountStore::load() const {
  std::error_code ec;
  if (!fs::exists(path_, ec)) return {};
  const std::string text = io::read_file(path_);
  std::vector<Account> accounts;
  try {
    const json doc = json::parse(text);
    for (const json& entry : doc.at("accounts")) {
      Account account;
      account.name = entry.at("name").get<std::string>();
      if (!parse_role(entry.at("role").get<std::string>(), account.role) || !valid_account_name(account.name)) {
        throw Failure(ExitCode::bad_input, SourceLoc(path_), tr("account '%1$s' is damaged", account.name));
      }
      for (const json& folder : entry.value("folders", json::array())) account.folders.push_back(folder.get<std::string>());
      account.hash = entry.at("hash").get<std::string>();
      accounts.push_back(std::move(account));
    }
  } catch (const json::exception& error) {
    throw Failure(ExitCode::bad_input, SourceLoc(path_), tr("the accounts file is damaged: %1$s", error.what()));
  }
  std::sort(accounts.begin(), accounts.end(), [](const Account& a, const Account& b) { return a.name < b.name; });
  return accounts;
}

void AccountStore::store(const std::vector<Account>& accounts) const {
  json list = json::array();
  for (const Account& a : accounts) {
    list.push_back(json{{"name", a.name}, {"role", role_name(a.role)}, {"folders", a.folders}, {"hash", a.hash}});
  }
  const std::string text = json{{"accounts", list}}.dump(2) + "\n";
  const fs::path folder = fs::path(path_).parent_path();
  std::error_code ec;
  if (!fs::exists(folder, ec)) {
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
      throw Failure(ExitCode::io_or_internal, SourceLoc(folder.string()), i18n::system_error_text(errno));
    }
    give_to_data_owner(folder.string(), data_folder_);
  }
  // The temporary is created 0600 before a byte is written: the hashes are never readable by others.
  const std::string temporary = io::temporary_path_for(path_);
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) throw Failure(ExitCode::io_or_internal, SourceLoc(temporary), i18n::system_error_text(errno));
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      io::discard_temporary(temporary);
      throw Failure(ExitCode::io_or_internal, SourceLoc(temporary), i18n::system_error_text(error));
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    io::discard_temporary(temporary);
    throw Failure(ExitCode::io_or_internal, SourceLoc(temporary), i18n::system_error_text(errno));
  }
  give_to_data_owner(temporary, data_folder_);
  if (::rename(temporary.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    io::discard_temporary(temporary);
    throw Failure(ExitCode::io_or_internal, SourceLoc(path_), i18n::system_error_text(error));
  }
}

const Account* find_account(const std::vector<Account>& accounts, std::string_view name) {
  for (const Account& a : accounts) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

std::string hash_password(std::string_view password) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw Failure(ExitCode::io_or_internal, SourceLoc{}, _("not enough memory to hash the password"));
  }
  return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
  ensure_sodium();
  if (hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool needs_rehash(const std::string& hash) {
  ensure_sodium();
  return crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

}  // namespace thidua::office
