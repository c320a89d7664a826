// The command-line application: subcommand dispatch and the mapping of failures to exit codes.
#include "cli/app.h"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "diag/diagnostic.h"

namespace thidua::cli {

namespace {

constexpr int exit_code(ExitCode code) { return static_cast<int>(code); }

void print_overview(std::ostream& out) {
  out << "thidua " THIDUA_VERSION
         " - emulation agreement documents and news for Vietnamese trade unions\n\n"
         "usage: thidua COMMAND [OPTIONS] ARGS...\n\n"
         "commands:\n";
  for (const Command& command : all_commands()) {
    out << "  " << command.name << std::string(14 - std::min<std::size_t>(13, command.name.size()), ' ')
        << command.summary << '\n';
  }
  out << "\n  thidua help COMMAND   shows a command's options\n"
         "  thidua --version      shows the version\n\n"
         "Exit codes: 0 ok, 1 bad input, 2 usage error, 3 I/O or internal error.\n";
}

const Command* find_command(const std::string& name) {
  for (const Command& command : all_commands()) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

int usage_error(const std::string& message, const std::string& hint) {
  std::cerr << "thidua: error: " << message << '\n';
  if (!hint.empty()) std::cerr << "thidua: note: " << hint << '\n';
  return exit_code(ExitCode::usage);
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
    if (command == nullptr) return usage_error("unknown command '" + words[1] + "'", "run 'thidua --help' for the list");
    print_command_help(*command, std::cout);
    return exit_code(ExitCode::ok);
  }
  const Command* command = find_command(first);
  if (command == nullptr) return usage_error("unknown command '" + first + "'", "run 'thidua --help' for the list");
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
    return usage_error(error.what(), "run 'thidua help " + command->name + "' for its options");
  }
  return command->run(options);
}

}  // namespace

int run(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  try {
    return dispatch(words);
  } catch (const UsageError& error) {
    return usage_error(error.what(), "");
  } catch (const Failure& failure) {
    for (const Diagnostic& d : failure.diagnostics()) std::cerr << d.format() << '\n';
    return exit_code(failure.code());
  } catch (const std::bad_alloc&) {
    std::cerr << "thidua: error: out of memory\n";
    return exit_code(ExitCode::io_or_internal);
  } catch (const std::exception& error) {
    std::cerr << "thidua: error: internal error: " << error.what() << '\n';
    return exit_code(ExitCode::io_or_internal);
  }
}

}  // namespace thidua::cli
