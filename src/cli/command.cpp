// Option parsing and help output shared by every subcommand.
#include "cli/command.h"

#include <iostream>

#include "i18n/i18n.h"

namespace thidua::cli {

namespace {

// Declares the command's positional arguments as hidden options, in their order.
void declare_arguments(const Command& command, po::options_description& hidden,
                       po::positional_options_description& positional) {
  for (const Argument& argument : command.arguments) {
    const char* name = argument.name.c_str();
    if (argument.count == Argument::many) {
      hidden.add_options()(name, po::value<std::vector<std::string>>()->required());
      positional.add(name, -1);
      continue;
    }
    po::typed_value<std::string>* value = po::value<std::string>();
    if (argument.count == Argument::one) value->required();
    hidden.add_options()(name, value);
    positional.add(name, 1);
  }
}

}  // namespace

po::variables_map parse_arguments(const Command& command, const std::vector<std::string>& args) {
  po::options_description visible;
  po::options_description hidden;
  po::positional_options_description positional;
  {
    // The descriptions are not shown when parsing: take the msgids, so that a run that prints
    // nothing never loads the catalogue (start-up time).
    i18n::ScopedLanguage untranslated(i18n::Language::english);
    if (command.declare) command.declare(visible);
  }
  declare_arguments(command, hidden, positional);
  po::options_description all;
  all.add(visible).add(hidden);
  po::variables_map values;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), values);
    po::notify(values);
  } catch (const po::required_option& error) {
    // Positional arguments are hidden options; name them as the usage line does.
    if (hidden.find_nothrow(error.get_option_name().substr(2), false) != nullptr) {
      throw UsageError(tr("missing argument; usage: %1$s", _(command.usage.c_str())));
    }
    throw UsageError(tr("missing option %1$s; usage: %2$s", error.get_option_name(), _(command.usage.c_str())));
  } catch (const po::too_many_positional_options_error&) {
    throw UsageError(tr("too many arguments; usage: %1$s", _(command.usage.c_str())));
  } catch (const po::unknown_option& error) {
    throw UsageError(tr("unknown option '%1$s'", error.get_option_name()));
  } catch (const po::validation_error& error) {
    throw UsageError(tr("invalid value for option '%1$s'", error.get_option_name()));
  } catch (const po::invalid_command_line_syntax& error) {
    if (error.kind() == po::invalid_syntax::missing_parameter) {
      throw UsageError(tr("option '%1$s' needs a value", error.get_option_name()));
    }
    throw UsageError(tr("option '%1$s' is written wrongly", error.get_option_name()));
  } catch (const po::multiple_occurrences& error) {
    throw UsageError(tr("option '%1$s' is given more than once", error.get_option_name()));
  } catch (const po::error& error) {
    throw UsageError(tr("the command line cannot be read: %1$s", error.what()));
  }
  return values;
}

void print_command_help(const Command& command, std::ostream& out) {
  po::options_description visible(_("options"), 100);
  if (command.declare) command.declare(visible);
  out << tr("usage: %1$s", _(command.usage.c_str())) << "\n\n" << _(command.summary.c_str()) << ".\n";
  if (!command.details.empty()) out << '\n' << _(command.details.c_str()) << '\n';
  if (!visible.options().empty()) out << '\n' << visible;
}

void add_output_options(po::options_description& options, const char* output_name) {
  options.add_options()
      ("output,o", po::value<std::string>()->required()->value_name(output_name), _("the file to write"))
      ("templates", po::value<std::string>()->value_name(_("DIR")), _("use the templates in DIR instead of the default ones"))
      ("fonts", po::value<std::string>()->value_name(_("DIR")), _("read the Liberation Serif fonts from DIR"));
}

std::string option_or_empty(const po::variables_map& options, const char* name) {
  return options.count(name) ? options[name].as<std::string>() : std::string();
}

void print_diagnostics_or_fail(const Diagnostics& diags) {
  diags.print(std::cerr);
  if (diags.has_errors()) throw Failure(ExitCode::bad_input);
}

void print_diagnostics_after(const Diagnostics& diags, const std::function<void()>& step) {
  try {
    step();
  } catch (const Failure&) {
    diags.print(std::cerr);
    throw;
  }
  diags.print(std::cerr);
}

}  // namespace thidua::cli
