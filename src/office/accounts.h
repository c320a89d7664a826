// The office's accounts: who may sign in, with which role over which folders, and their
// passwords as Argon2id hashes (libsodium), kept in DATA/.thidua/accounts.json (mode 0600).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::office {

// What an account may do.
enum class Role {
  admin,   // every folder; accounts are managed on the server; builds the archive
  editor,  // reads and saves the events of its folders
  reader,  // reads the events of its folders, saves nothing
};

// "admin", "editor", "reader".
const char* role_name(Role role);
// Parses a role name; false when it is none.
bool parse_role(std::string_view text, Role& out);

// One account.
struct Account {
  std::string name;                  // a-z 0-9 . _ -, starting with a letter or digit
  Role role = Role::reader;
  std::vector<std::string> folders;  // folder names in the data folder (an admin's is empty: all)
  std::string hash;                  // crypto_pwhash_str's "$argon2id$…"
};

// True for a valid account name (1-32 of a-z 0-9 . _ -, first a letter or digit).
bool valid_account_name(std::string_view name);
// True for a valid folder name: one path part, not starting with '.', of letters, digits, . _ -.
bool valid_folder_name(std::string_view name);

// The hidden folder of the service's own files inside the data folder.
constexpr const char* service_folder = ".thidua";

// The accounts file of a data folder.
class AccountStore {
 public:
  explicit AccountStore(std::string data_folder);

  // The accounts, sorted by name; none when the file does not exist. Throws Failure (exit 1)
  // for a damaged file, (exit 3) when it cannot be read.
  std::vector<Account> load() const;
  // Writes every account atomically (a temporary file, then renamed), readable only by its
  // owner (0600); when run as root, the file and its folder are given to the data folder's
  // owner, so the service (user thidua) reads what the administrator wrote.
  void store(const std::vector<Account>& accounts) const;
  // The file's path.
  const std::string& path() const { return path_; }

 private:
  std::string data_folder_;
  std::string path_;
};

// The account named `name` in `accounts`, or nullptr.
const Account* find_account(const std::vector<Account>& accounts, std::string_view name);

// An Argon2id hash of `password` (libsodium's crypto_pwhash_str, interactive limits).
std::string hash_password(std::string_view password);
// True when `password` matches `hash`; false for a wrong password or a malformed hash.
bool verify_password(const std::string& hash, std::string_view password);
// True when `hash` was made with weaker limits than today's (to rehash on the next login).
bool needs_rehash(const std::string& hash);

}  // namespace thidua::office
