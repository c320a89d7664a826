// The command table, and what each command runs and declares (one file each in src/cli/; their help is in the table).
#pragma once

#include <vector>

#include "cli/command.h"
#include "documents/kind.h"

namespace thidua::cli {

// The subcommands, in the order `thidua --help` lists them: the one table of their names and help (commands.cpp).
const std::vector<Command>& all_commands();

// Each command's run (the parsed options in, the exit code out) and the options it declares, by file.
// check_command.cpp
int run_check(const po::variables_map& options);
void declare_check_options(po::options_description& options);
// document_commands.cpp: the command of a kind of the document registry (`thidua agreement`, …)
int run_document_command(const documents::DocumentKind& kind, const po::variables_map& options);
void declare_document_options(const documents::DocumentKind& kind, po::options_description& options);
// news_commands.cpp
int run_site(const po::variables_map& options);
void declare_site_options(po::options_description& options);
// build_command.cpp
int run_build(const po::variables_map& options);
void declare_build_options(po::options_description& options);
// verify_command.cpp (no options)
int run_verify(const po::variables_map& options);
// restore_command.cpp
int run_restore(const po::variables_map& options);
void declare_restore_options(po::options_description& options);
// serve_command.cpp
int run_serve(const po::variables_map& options);
void declare_serve_options(po::options_description& options);
// user_command.cpp
int run_user(const po::variables_map& options);
void declare_user_options(po::options_description& options);
// publish_command.cpp
int run_publish(const po::variables_map& options);
void declare_publish_options(po::options_description& options);
// init_command.cpp
int run_init(const po::variables_map& options);
void declare_init_options(po::options_description& options);

}  // namespace thidua::cli
