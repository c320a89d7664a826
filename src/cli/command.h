// What every subcommand shares: its description, option parsing, and the usage-error type.
#pragma once

#include <boost/program_options.hpp>
#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include "documents/kind.h"
#include "html/site.h"

namespace thidua::cli {

namespace po = boost::program_options;

// A mistake in the command line (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One subcommand: its name, one-line summary, options and the function that runs it.
struct Command {
  std::string name;
  std::string summary;
  std::string usage;  // "thidua check EVENT.xml..."
  std::string details;  // a paragraph printed by `thidua help NAME`
  // Declares the options shown in help, the hidden ones that hold positional arguments,
  // and the positional order.
  std::function<void(po::options_description& visible, po::options_description& hidden,
                     po::positional_options_description& positional)>
      declare;
  std::function<int(const po::variables_map&)> run;
};

// Parses `args` (the words after the subcommand name) for `command`; throws UsageError.
po::variables_map parse_arguments(const Command& command, const std::vector<std::string>& args);
// Prints `thidua help NAME` for `command`.
void print_command_help(const Command& command, std::ostream& out);

// The subcommands, in the order `thidua --help` lists them.
const std::vector<Command>& all_commands();

// Adds -o/--output (value named `output_name`), --templates and --fonts.
void add_output_options(po::options_description& options, const char* output_name);
// Adds --site-url, --site-title and --per-page (site and build).
void add_site_options(po::options_description& options);
// Reads the options add_site_options() declared; throws UsageError for bad values.
html::SiteOptions site_options(const po::variables_map& options);
// The option's string value, or "" when it was not given.
std::string option_or_empty(const po::variables_map& options, const char* name);

// The subcommands (one file each in src/cli/; the document commands come from the registry).
Command check_command();
// The command of a document kind of the registry (`thidua agreement`, …); `kind` must outlive it.
Command document_command(const documents::DocumentKind& kind);
Command site_command();
Command build_command();
Command verify_command();
Command serve_command();
Command publish_command();
Command init_command();
Command restore_command();
Command user_command();

}  // namespace thidua::cli
