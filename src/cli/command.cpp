// Option parsing and help output shared by every subcommand, and the list of subcommands.
#include "cli/command.h"

#include <ostream>

namespace thidua::cli {

po::variables_map parse_arguments(const Command& command, const std::vector<std::string>& args) {
  po::options_description options;
  po::positional_options_description positional;
  command.declare(options, positional);
  po::variables_map values;
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), values);
    po::notify(values);
  } catch (const po::error& error) {
    throw UsageError(error.what());
  }
  return values;
}

void print_command_help(const Command& command, std::ostream& out) {
  po::options_description options("options", 100);
  po::positional_options_description positional;
  command.declare(options, positional);
  out << "usage: " << command.usage << "\n\n" << command.summary << ".\n";
  if (!command.details.empty()) out << '\n' << command.details << '\n';
  out << '\n' << options;
}

const std::vector<Command>& all_commands() {
  static const std::vector<Command> commands = {
  };
  return commands;
}

}  // namespace thidua::cli
