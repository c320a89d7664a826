// Option parsing and help output shared by every subcommand, and the list of subcommands.
#include "cli/command.h"

#include <ostream>

#include "documents/registry.h"

namespace thidua::cli {

po::variables_map parse_arguments(const Command& command, const std::vector<std::string>& args) {
  po::options_description visible;
  po::options_description hidden;
  po::positional_options_description positional;
  command.declare(visible, hidden, positional);
  po::options_description all;
  all.add(visible).add(hidden);
  po::variables_map values;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), values);
    po::notify(values);
  } catch (const po::required_option& error) {
    // Positional arguments are hidden options; name them as the usage line does.
    if (hidden.find_nothrow(error.get_option_name().substr(2), false) != nullptr) {
      throw UsageError("missing argument; usage: " + command.usage);
    }
    throw UsageError("missing option " + error.get_option_name() + "; usage: " + command.usage);
  } catch (const po::too_many_positional_options_error&) {
    throw UsageError("too many arguments; usage: " + command.usage);
  } catch (const po::error& error) {
    throw UsageError(error.what());
  }
  return values;
}

void print_command_help(const Command& command, std::ostream& out) {
  po::options_description visible("options", 100);
  po::options_description hidden;
  po::positional_options_description positional;
  command.declare(visible, hidden, positional);
  out << "usage: " << command.usage << "\n\n" << command.summary << ".\n";
  if (!command.details.empty()) out << '\n' << command.details << '\n';
  if (!visible.options().empty()) out << '\n' << visible;
}

void add_output_options(po::options_description& options, const char* output_name) {
  options.add_options()
      ("output,o", po::value<std::string>()->required()->value_name(output_name), "the file to write")
      ("templates", po::value<std::string>()->value_name("DIR"), "use the templates in DIR instead of the default ones")
      ("fonts", po::value<std::string>()->value_name("DIR"), "read the Liberation Serif fonts from DIR");
}

std::string option_or_empty(const po::variables_map& options, const char* name) {
  return options.count(name) ? options[name].as<std::string>() : std::string();
}

const std::vector<Command>& all_commands() {
  static const std::vector<Command> commands = [] {
    std::vector<Command> list{check_command()};
    for (const documents::DocumentKind& kind : documents::registry()) list.push_back(document_command(kind));
    for (Command command : {site_command(), build_command(), verify_command(), serve_command()}) list.push_back(std::move(command));
    return list;
  }();
  return commands;
}

}  // namespace thidua::cli
