// `thidua user add|remove|passwd|list`: the office's accounts, managed on the server by its administrator.
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "i18n/i18n.h"
#include "office/accounts.h"
#include "office/config.h"

namespace thidua::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* default_config = "/etc/thidua/thidua.conf";
constexpr std::size_t minimum_password = 8;

// The data folder: --data, else the one the configuration names (--config, else the service's).
std::string data_folder(const po::variables_map& options) {
  if (options.count("data")) return options["data"].as<std::string>();
  std::string config = option_or_empty(options, "config");
  std::error_code ec;
  if (config.empty() && fs::exists(default_config, ec)) config = default_config;
  if (config.empty()) {
    throw UsageError(_("give the data folder with --data DIR (or --config FILE); there is no /etc/thidua/thidua.conf"));
  }
  Diagnostics diags;
  const office::Config settings = office::read_config(config, diags);
  print_diagnostics_or_fail(diags);
  return settings.data;
}

// One line from `in`, without its end of line.
std::string read_line(std::istream& in) {
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// A line typed on the terminal with the echo off.
std::string read_hidden(const std::string& prompt) {
  std::cerr << prompt << std::flush;
  termios saved{};
  const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
  if (terminal) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  const std::string line = read_line(std::cin);
  if (terminal) {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::cerr << '\n';
  }
  return line;
}

// The new password: from --password-file (its first line; '-' is standard input), typed twice
// on the terminal, or the first line of standard input when that is not a terminal. Never argv.
std::string new_password(const po::variables_map& options) {
  std::string password;
  const std::string file = option_or_empty(options, "password-file");
  if (file == "-" || (file.empty() && !::isatty(STDIN_FILENO))) {
    password = read_line(std::cin);
  } else if (!file.empty()) {
    std::ifstream in(file);
    if (!in) throw Failure(ExitCode::io_or_internal, SourceLoc(file), i18n::system_error_text(errno));
    password = read_line(in);
  } else {
    password = read_hidden(_("New password: "));
    if (read_hidden(_("The same password again: ")) != password) {
      throw Failure(ExitCode::bad_input, SourceLoc{}, _("the two passwords differ; nothing changed"));
    }
  }
  if (password.size() < minimum_password) {
    throw Failure(ExitCode::bad_input, SourceLoc{},
                  tr("the password is too short: give at least %1$d characters", static_cast<int>(minimum_password)));
  }
  return password;
}

std::string folders_text(const office::Account& account) {
  if (account.role == office::Role::admin) return _("all folders");
  std::string text;
  for (const std::string& f : account.folders) text += (text.empty() ? "" : ", ") + f;
  return text;
}

// Makes the folders an account is given, owned like the data folder (the service writes them).
void make_folders(const std::string& data, const std::vector<std::string>& folders) {
  struct stat owner{};
  const bool have_owner = ::stat(data.c_str(), &owner) == 0;
  for (const std::string& name : folders) {
    const fs::path path = fs::path(data) / name;
    std::error_code ec;
    if (fs::is_directory(path, ec)) continue;
    if (::mkdir(path.c_str(), 0750) != 0) throw Failure(ExitCode::io_or_internal, SourceLoc(path.string()), i18n::system_error_text(errno));
    if (have_owner && ::geteuid() == 0 && ::chown(path.c_str(), owner.st_uid, owner.st_gid) != 0) {
      throw Failure(ExitCode::io_or_internal, SourceLoc(path.string()), i18n::system_error_text(errno));
    }
    std::cout << tr("folder %1$s made", path.string()) << '\n';
  }
}

// The role and folders of the options, checked together, into `account` (what is not given stays).
void set_role_and_folders(const po::variables_map& options, office::Account& account) {
  if (options.count("role") && !office::parse_role(options["role"].as<std::string>(), account.role)) {
    throw UsageError(_("give --role admin, --role editor or --role reader"));
  }
  if (options.count("folder")) account.folders = options["folder"].as<std::vector<std::string>>();
  else if (account.role == office::Role::admin) account.folders.clear();  // made administrator: every folder
  for (const std::string& f : account.folders) {
    if (!office::valid_folder_name(f)) throw UsageError(tr("'%1$s' is not a folder name of the data folder", f));
  }
  if (account.role != office::Role::admin && account.folders.empty()) {
    throw UsageError(_("an editor or reader needs at least one --folder (the bloc's folder in the data folder)"));
  }
  if (account.role == office::Role::admin && !account.folders.empty()) {
    throw UsageError(_("an administrator has every folder: leave out --folder"));
  }
}

}  // namespace

int run_user(const po::variables_map& options) {
  const std::string action = options["action"].as<std::string>();
  const std::string name = option_or_empty(options, "name");
  if (action != "add" && action != "set" && action != "remove" && action != "passwd" && action != "list") {
    throw UsageError(tr("unknown action '%1$s': give add, set, remove, passwd or list", action));
  }
  if (action != "list" && name.empty()) throw UsageError(tr("missing argument; usage: %1$s", "thidua user " + action + " NAME"));
  if (action != "list" && !office::valid_account_name(name)) {
    throw UsageError(tr("'%1$s' is not an account name: 1 to 32 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit", name));
  }
  if (action != "add" && action != "set" && (options.count("role") || options.count("folder"))) {
    throw UsageError(_("--role and --folder are given with 'thidua user add' or 'thidua user set'"));
  }
  const std::string data = data_folder(options);
  std::error_code ec;
  if (!fs::is_directory(data, ec)) {
    throw Failure(ExitCode::io_or_internal, SourceLoc(data), _("the data folder does not exist"));
  }
  const office::AccountStore store(data);
  std::vector<office::Account> accounts = store.load();
  if (action == "list") {
    if (accounts.empty()) std::cout << _("no accounts yet") << '\n';
    for (const office::Account& a : accounts) {
      std::cout << a.name << '\t' << office::role_name(a.role) << '\t' << folders_text(a) << '\n';
    }
    return 0;
  }
  const auto found = std::find_if(accounts.begin(), accounts.end(), [&](const office::Account& a) { return a.name == name; });
  if (action == "add") {
    if (found != accounts.end()) throw Failure(ExitCode::bad_input, SourceLoc{}, tr("account '%1$s' already exists", name));
    office::Account account;
    account.name = name;
    if (!options.count("role")) throw UsageError(_("give --role admin, --role editor or --role reader"));
    set_role_and_folders(options, account);
    account.hash = office::hash_password(new_password(options));
    make_folders(data, account.folders);
    accounts.push_back(account);
    store.store(accounts);
    std::cout << tr("account %1$s added (%2$s: %3$s)", name, office::role_name(account.role), folders_text(account)) << '\n';
    return 0;
  }
  if (found == accounts.end()) throw Failure(ExitCode::bad_input, SourceLoc{}, tr("there is no account '%1$s'", name));
  if (action == "set") {
    if (!options.count("role") && !options.count("folder")) throw UsageError(_("give --role or --folder to change"));
    set_role_and_folders(options, *found);
    make_folders(data, found->folders);
    store.store(accounts);
    std::cout << tr("account %1$s changed (%2$s: %3$s)", name, office::role_name(found->role), folders_text(*found)) << '\n';
    return 0;
  }
  if (action == "remove") {
    accounts.erase(found);
    store.store(accounts);
    std::cout << tr("account %1$s removed (its sessions end at their next request)", name) << '\n';
    return 0;
  }
  found->hash = office::hash_password(new_password(options));
  store.store(accounts);
  std::cout << tr("password of %1$s changed (its sessions end at their next request)", name) << '\n';
  return 0;
}

void declare_user_options(po::options_description& options) {
  options.add_options()
      ("role", po::value<std::string>()->value_name(_("ROLE")), _("admin, editor or reader (with add or set)"))
      ("folder", po::value<std::vector<std::string>>()->value_name(_("FOLDER")), _("a folder of the data folder the account works in (with add or set; repeat for more)"))
      ("password-file", po::value<std::string>()->value_name(_("FILE")), _("read the password from the first line of FILE ('-': standard input)"))
      ("data", po::value<std::string>()->value_name(_("DIR")), _("the data folder (default: that of the configuration)"))
      ("config", po::value<std::string>()->value_name(_("FILE")), _("the service's configuration (default /etc/thidua/thidua.conf)"));
}

}  // namespace thidua::cli
