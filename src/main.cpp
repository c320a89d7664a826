// Entry point: hands the command line to the CLI stage and returns its exit code.
#include "cli/app.h"

int main(int argc, char** argv) { return thidua::cli::run(argc, argv); }
