// The command table: every subcommand's name, help and arguments, in the order `thidua --help` lists them.
#include "cli/commands.h"

#include "documents/registry.h"
#include "i18n/i18n.h"

namespace thidua::cli {

const std::vector<Command>& all_commands() {
  // A new command is one more entry here, with its run (and declare) function in its own file.
  // The texts are msgids, translated when printed.
  static const std::vector<Command> commands = [] {
    std::vector<Command> list = {
        {
            .name = "check",
            .summary = N_("Validate event files and summarise each one"),
            .usage = N_("thidua check [--quiet] EVENT.xml..."),
            .details = N_("Reads every event file, reports every problem found as FILE:LINE:COL: error: message,\n"
                          "and prints the bloc, kind, date, place, units (with leader and deputy) and guests."),
            .arguments = {{"event", Argument::many}},
            .declare = declare_check_options,
            .run = run_check,
        },
    };
    // Then one command per document kind, in the registry's order, with the help of its entry.
    for (const documents::DocumentKind& kind : documents::registry()) {
      list.push_back({
          .name = kind.name,
          .summary = kind.summary,
          .usage = kind.usage,
          .details = kind.details,
          .arguments = {{"event"}},
          .declare = [&kind](po::options_description& options) { declare_document_options(kind, options); },
          .run = [&kind](const po::variables_map& options) { return run_document_command(kind, options); },
      });
    }
    list.insert(list.end(), {
        {
            .name = "site",
            .summary = N_("Write a static news site of the events' articles"),
            .usage = N_("thidua site EVENT.xml... -o DIR [--site-url URL]"),
            .details = N_("Index pages (newest first), one page per article at /YYYY/MM/slug/, tag pages, an Atom feed,\n"
                          "sitemap.xml, and wordpress.xml to import the articles into WordPress."),
            .arguments = {{"event", Argument::many}},
            .declare = declare_site_options,
            .run = run_site,
        },
        {
            .name = "build",
            .summary = N_("Build every document of every event, and the news site, into an archive"),
            .usage = N_("thidua build EVENT.xml|FOLDER... -o ARCHIVE [-j N] [--docx]"),
            .details = N_("Lays the documents out by year and bloc (ARCHIVE/2022/khoi-thi-dua-.../) with the news site in\n"
                          "ARCHIVE/site/ and a manifest (manifest.json) of every file's SHA-256 and size. Writes are\n"
                          "atomic; a rebuild rewrites only what changed and deletes the files of events no longer\n"
                          "given (a file you add yourself is never touched); one bad event does not stop the others,\n"
                          "keeps its last good documents, and makes the exit code 1. Check an archive later with\n"
                          "'thidua verify'."),
            .arguments = {{"input", Argument::many}},
            .declare = declare_build_options,
            .run = run_build,
        },
        {
            .name = "verify",
            .summary = N_("Check every file of an archive against its manifest"),
            .usage = N_("thidua verify ARCHIVE"),
            .details = N_("Reports each file that is missing, changed (SHA-256 or size) or extra, and exits 1 when\n"
                          "anything is; 0 means every file is exactly as built."),
            .arguments = {{"archive"}},
            .run = run_verify,
        },
        {
            .name = "restore",
            .summary = N_("Give back the data folder (events, lists, photos) an archive was built from"),
            .usage = N_("thidua restore ARCHIVE FOLDER [--with-accounts]"),
            .details = N_("Writes every event file of the archive into FOLDER (new or empty) at the path it had in\n"
                          "the folder given to 'thidua build', with the lists, logos and photos it names beside it.\n"
                          "Every file is checked against the manifest first: if one is missing or changed, nothing\n"
                          "is written. 'thidua build FOLDER -o NEW' then makes an archive identical to ARCHIVE."),
            .arguments = {{"archive"}, {"folder"}},
            .declare = declare_restore_options,
            .run = run_restore,
        },
        {
            .name = "serve",
            .summary = N_("Open the event editor and document preview in the browser"),
            .usage = N_("thidua serve [FOLDER] [--port N] [--host ADDR] [--open] [--office] [--config FILE]"),
            .details = N_("Serves a web app for the event files in FOLDER, by default the current folder, created when\n"
                          "missing: the list of events, a form to edit each one with its errors shown as you type,\n"
                          "a live preview of its documents, and the archive build. Prints the address to open, with\n"
                          "a session token that every request must carry, and runs until Ctrl-C. Listens on 127.0.0.1\n"
                          "unless --host is given. The JSON API is described in docs/serve.md.\n"
                          "\n"
                          "Office mode (--office, or --config FILE as the thidua service runs it) serves a whole\n"
                          "office instead: FOLDER holds one folder per bloc; clerks sign in with the accounts made by\n"
                          "'thidua user'; each sees only her folders; every save is kept in a history and the audit\n"
                          "log. The configuration file (/etc/thidua/thidua.conf) sets listen, data, public-url, proxy,\n"
                          "office and session-minutes; options given here override it. See docs/office.md."),
            .arguments = {{"folder", Argument::optional}},
            .declare = declare_serve_options,
            .run = run_serve,
        },
        {
            .name = "user",
            .summary = N_("Add, remove and list the accounts of the office service"),
            .usage = N_("thidua user add|set|remove|passwd|list [NAME] [--role ROLE] [--folder F]..."),
            .details = N_("Manages who may sign in to the office service (thidua serve --office), on the server, as\n"
                          "its administrator. 'add NAME --role editor --folder khoi-1' makes an editor of the folder\n"
                          "khoi-1 (made when missing); roles are admin (every folder, the archive), editor (reads and\n"
                          "saves its folders) and reader (reads them). 'set NAME --role … --folder …' changes them (at the\n"
                          "account's next request). 'passwd NAME' sets a new password, 'remove NAME'\n"
                          "removes the account, 'list' shows them. The password is typed twice without echo, or read\n"
                          "from --password-file FILE ('-': standard input), never from the command line; only its\n"
                          "Argon2id hash is kept, in DATA/.thidua/accounts.json (mode 0600). The data folder is --data,\n"
                          "or that of --config FILE, by default /etc/thidua/thidua.conf."),
            .arguments = {{"action"}, {"name", Argument::optional}},
            .declare = declare_user_options,
            .run = run_user,
        },
        {
            .name = "publish",
            .summary = N_("Publish the events' articles to a WordPress site"),
            .usage = N_("thidua publish EVENT.xml|FOLDER... --wordpress URL --user NAME [--password-file FILE] [--status draft|pending|publish]"),
            .details = N_("Through the site's REST API, with an application password (WordPress: Users > Profile >\n"
                          "Application Passwords) read from --password-file or the variable THIDUA_WP_PASSWORD, never\n"
                          "from the command line. Each photo is uploaded once (found again by its content on later runs)\n"
                          "with its caption, credit and alt text; the first is the featured image. The post gets the\n"
                          "title, the article, the lead as excerpt, the date of publication, the tags and the category\n"
                          "(created when missing). It is created as a draft and given --status (default draft) once its\n"
                          "photos are in place. Publishing an event again updates its post: its id is kept in\n"
                          "EVENT.wordpress.json beside the event file (else the post is found by its slug).\n"
                          "Exit 3 when the site cannot be reached or refuses (wrong password, missing rights, REST API off)."),
            .arguments = {{"event", Argument::many}},
            .declare = declare_publish_options,
            .run = run_publish,
        },
        {
            .name = "init",
            .summary = N_("Start a new event: an XML file to fill in and the list workbooks"),
            .usage = N_("thidua init [FOLDER] [--kind agreement|movement|campaign]"),
            .details = N_("Writes su-kien.xml, with a Vietnamese comment on every field saying what to write, and the\n"
                          "list workbooks don-vi.xlsx with the member units (not for a movement), khach-moi.xlsx with\n"
                          "the guests and dai-bieu.xlsx with the delegates, all with Vietnamese column headers, into\n"
                          "FOLDER, by default the current folder. Files that exist are never overwritten.\n"
                          "`thidua check su-kien.xml` then lists the fields that remain to fill."),
            .arguments = {{"folder", Argument::optional}},
            .declare = declare_init_options,
            .run = run_init,
        },
    });
    return list;
  }();
  return commands;
}

}  // namespace thidua::cli
