// The command-line application: subcommand dispatch, option parsing and exit-code mapping.
#pragma once

namespace thidua::cli {

// Runs thidua with the process arguments; returns the process exit code.
int run(int argc, char** argv);

}  // namespace thidua::cli
