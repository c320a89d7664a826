// The command-line application: subcommand dispatch, option parsing and exit-code mapping.
#include "cli/app.h"

#include <iostream>

namespace thidua::cli {

int run(int, char**) {
  std::cerr << "thidua: error: not built yet\n";
  return 3;
}

}  // namespace thidua::cli
