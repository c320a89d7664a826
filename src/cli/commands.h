// The command table, and what each command runs and declares (one file each in src/cli/; their help is in the table).
#pragma once

#include <vector>

#include "cli/command.h"
#include "documents/kind.h"

namespace thidua::cli {

// The subcommands, in the order `thidua --help` lists them: the one table of their names and help (commands.cpp).
const std::vector<Command>& all_commands();

// Each command's run function takes the parsed options and returns the exit code; its declare
// function adds the options `thidua help COMMAND` shows. Each pair lives in COMMAND_command.cpp.

// Runs `thidua check`: validates event files and summarises each one.
int run_check(const po::variables_map& options);
// Declares check's options (--quiet).
void declare_check_options(po::options_description& options);
// Runs the command of a document kind of the registry (`thidua agreement`, …): document_commands.cpp.
int run_document_command(const documents::DocumentKind& kind, const po::variables_map& options);
// Declares a document kind's options: -o, --templates, --fonts, its own, and --format and --trace as it supports.
void declare_document_options(const documents::DocumentKind& kind, po::options_description& options);
// Runs `thidua site`: the static news site of the events' articles (news_commands.cpp).
int run_site(const po::variables_map& options);
// Declares site's options (-o, --site-url, --site-title, --per-page, --templates).
void declare_site_options(po::options_description& options);
// Runs `thidua build`: every document of every event, and the site, into an archive.
int run_build(const po::variables_map& options);
// Declares build's options (-o, -j, --docx, …).
void declare_build_options(po::options_description& options);
// Runs `thidua verify`: checks an archive against its manifest (it has no options).
int run_verify(const po::variables_map& options);
// Runs `thidua restore`: gives back the data folder an archive was built from.
int run_restore(const po::variables_map& options);
// Declares restore's options (--with-accounts).
void declare_restore_options(po::options_description& options);
// Runs `thidua serve`: the event editor and document preview in the browser, local or for the office.
int run_serve(const po::variables_map& options);
// Declares serve's options (--host, --port, --office, …).
void declare_serve_options(po::options_description& options);
// Runs `thidua user`: adds, changes, removes and lists the accounts of the office service.
int run_user(const po::variables_map& options);
// Declares user's options (--role, --folder, …).
void declare_user_options(po::options_description& options);
// Runs `thidua publish`: the events' articles to a WordPress site.
int run_publish(const po::variables_map& options);
// Declares publish's options (--wordpress, --user, --password-file, …).
void declare_publish_options(po::options_description& options);
// Runs `thidua init`: a new event's XML file to fill in, and the list workbooks.
int run_init(const po::variables_map& options);
// Declares init's options (--kind).
void declare_init_options(po::options_description& options);

}  // namespace thidua::cli
