// What every subcommand shares: its description, option parsing, and the usage-error type.
#pragma once

#include <boost/program_options.hpp>
#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "html/site.h"

namespace thidua::cli {

namespace po = boost::program_options;

// A mistake in the command line (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A positional argument: the words of the command line that are not options fill, in order, a hidden option of this name.
struct Argument {
  // How many words it takes: exactly one, one or none, or one and every word after it.
  enum Count { one, optional, many };
  std::string name;
  Count count = one;  // `many` holds a std::vector<std::string>, the others a std::string
};

// One subcommand: its name, one-line summary, arguments, options and the function that runs it.
struct Command {
  std::string name;     // "check": what the user types after `thidua`
  std::string summary;  // the one line of `thidua --help`
  std::string usage;  // "thidua check EVENT.xml..."
  std::string details;  // a paragraph printed by `thidua help NAME`
  // The members a command may leave out have `{}`: GCC warns of a member left out of designated
  // initializers without one (-Wmissing-field-initializers).
  std::vector<Argument> arguments{};  // the positional arguments, in order
  // Declares the options shown in help (none when empty).
  std::function<void(po::options_description& options)> declare{};
  // Runs the command with the parsed options; gives the exit code.
  std::function<int(const po::variables_map&)> run;
};

// Parses `args` (the words after the subcommand name) for `command`; throws UsageError.
po::variables_map parse_arguments(const Command& command, const std::vector<std::string>& args);
// Prints `thidua help NAME` for `command`.
void print_command_help(const Command& command, std::ostream& out);

// Adds -o/--output (value named `output_name`), --templates and --fonts.
void add_output_options(po::options_description& options, const char* output_name);
// Adds --site-url, --site-title and --per-page (site and build).
void add_site_options(po::options_description& options);
// Reads the options add_site_options() declared; throws UsageError for bad values.
html::SiteOptions site_options(const po::variables_map& options);
// The option's string value, or "" when it was not given.
std::string option_or_empty(const po::variables_map& options, const char* name);
// Prints `diags` to stderr; then, when one is an error, throws Failure (exit code 1, nothing more printed).
void print_diagnostics_or_fail(const Diagnostics& diags);
// Runs `step`, then prints `diags` (that it reports to) to stderr, also when it throws a Failure (rethrown).
void print_diagnostics_after(const Diagnostics& diags, const std::function<void()>& step);

}  // namespace thidua::cli
