// The command-line application: subcommand dispatch and the mapping of failures to exit codes.
#include "cli/app.h"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "diag/diagnostic.h"
#include "i18n/i18n.h"

namespace thidua::cli {

namespace {

constexpr int exit_code(ExitCode code) { return static_cast<int>(code); }

void print_overview(std::ostream& out) {
  out << "thidua " THIDUA_VERSION " - " << _("emulation agreement documents and news for Vietnamese trade unions")
      << "\n\n"
      << _("usage: thidua [--lang vi|en] COMMAND [OPTIONS] ARGS...") << "\n\n"
      << _("commands:") << '\n';
  for (const Command& command : all_commands()) {
    out << "  " << command.name << std::string(14 - std::min<std::size_t>(13, command.name.size()), ' ')
        << _(command.summary.c_str()) << '\n';
  }
  out << "\n  thidua help COMMAND   " << _("shows a command's options") << '\n'
      << "  thidua --version      " << _("shows the version") << '\n'
      << "  thidua --lang en ...  " << _("writes messages in English (--lang vi: in Vietnamese, the default)")
      << "\n\n"
      << _("Exit codes: 0 ok, 1 bad input, 2 usage error, 3 I/O or internal error.") << '\n';
}

const Command* find_command(const std::string& name) {
  for (const Command& command : all_commands()) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

int usage_error(const std::string& message, const std::string& hint) {
  std::cerr << "thidua: " << _("error") << ": " << message << '\n';
  if (!hint.empty()) std::cerr << "thidua: " << _("note") << ": " << hint << '\n';
  return exit_code(ExitCode::usage);
}

std::string unknown_command(const std::string& name) { return tr("unknown command '%1$s'", name); }
std::string list_hint() { return _("run 'thidua --help' for the list"); }

// Takes `--lang vi|en` (or --lang=…) out of the words, anywhere before a `--`, and sets the
// language; without it the environment decides. Returns false (after reporting) on a bad value.
bool choose_language(std::vector<std::string>& words) {
  i18n::set_language(i18n::language_from_environment());
  std::string chosen;
  bool given = false;
  for (std::size_t i = 0; i < words.size();) {
    if (words[i] == "--") break;
    if (words[i] == "--lang" && i + 1 < words.size()) {
      chosen = words[i + 1];
      given = true;
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i), words.begin() + static_cast<std::ptrdiff_t>(i) + 2);
    } else if (words[i].rfind("--lang=", 0) == 0 || words[i] == "--lang") {
      chosen = words[i].size() > 7 ? words[i].substr(7) : std::string();
      given = true;
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  }
  if (!given) return true;
  i18n::Language language;
  if (!i18n::parse_language(chosen, language)) {
    usage_error(tr("unknown language '%1$s' for --lang", chosen), _("use --lang vi (Vietnamese) or --lang en (English)"));
    return false;
  }
  i18n::set_language(language);
  return true;
}

int dispatch(const std::vector<std::string>& words) {
  if (words.empty()) {
    print_overview(std::cerr);
    return exit_code(ExitCode::usage);
  }
  const std::string& first = words[0];
  if (first == "--help" || first == "-h") {
    print_overview(std::cout);
    return exit_code(ExitCode::ok);
  }
  if (first == "--version" || first == "-V") {
    std::cout << "thidua " THIDUA_VERSION "\n";
    return exit_code(ExitCode::ok);
  }
  if (first == "help") {
    if (words.size() == 1) {
      print_overview(std::cout);
      return exit_code(ExitCode::ok);
    }
    const Command* command = find_command(words[1]);
    if (command == nullptr) return usage_error(unknown_command(words[1]), list_hint());
    print_command_help(*command, std::cout);
    return exit_code(ExitCode::ok);
  }
  const Command* command = find_command(first);
  if (command == nullptr) return usage_error(unknown_command(first), list_hint());
  const std::vector<std::string> args(words.begin() + 1, words.end());
  for (const std::string& arg : args) {
    if (arg == "--help" || arg == "-h") {
      print_command_help(*command, std::cout);
      return exit_code(ExitCode::ok);
    }
  }
  po::variables_map options;
  try {
    options = parse_arguments(*command, args);
  } catch (const UsageError& error) {
    return usage_error(error.what(), tr("run 'thidua help %1$s' for its options", command->name));
  }
  return command->run(options);
}

}  // namespace

int run(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  if (!choose_language(words)) return exit_code(ExitCode::usage);
  try {
    return dispatch(words);
  } catch (const UsageError& error) {
    return usage_error(error.what(), "");
  } catch (const Failure& failure) {
    for (const Diagnostic& d : failure.diagnostics()) std::cerr << d.format() << '\n';
    return exit_code(failure.code());
  } catch (const std::bad_alloc&) {
    std::cerr << "thidua: " << _("error") << ": " << _("out of memory") << '\n';
    return exit_code(ExitCode::io_or_internal);
  } catch (const std::exception& error) {
    std::cerr << "thidua: " << _("error") << ": " << tr("internal error: %1$s", error.what()) << '\n';
    return exit_code(ExitCode::io_or_internal);
  }
}

}  // namespace thidua::cli
