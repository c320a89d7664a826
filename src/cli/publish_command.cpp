// `thidua publish`: the events' articles to a WordPress site through its REST API.
#include <cstdlib>
#include <iostream>

#include "archive/builder.h"
#include "cli/commands.h"
#include "cli/event_input.h"
#include "documents/toolbox.h"
#include "i18n/i18n.h"
#include "io/files.h"
#include "load/load_event.h"
#include "publish/publisher.h"

namespace thidua::cli {

namespace {

// The application password: the first line of --password-file, else THIDUA_WP_PASSWORD. Never
// an option's value: command lines are visible to every user of the machine (ps) and kept in
// shell histories.
std::string application_password(const po::variables_map& options) {
  std::string password;
  if (options.count("password-file")) {
    const std::string file = options["password-file"].as<std::string>();
    password = io::read_file(file);
    password = password.substr(0, password.find_first_of("\r\n"));
    if (password.empty()) throw Failure(ExitCode::usage, {file, 1, 1}, _("the password file's first line is empty"));
  } else if (const char* from_environment = std::getenv("THIDUA_WP_PASSWORD")) {
    password = from_environment;
  }
  if (password.empty()) {
    throw UsageError(_("no application password: give --password-file FILE or set THIDUA_WP_PASSWORD "
                       "(WordPress: Users > Profile > Application Passwords)"));
  }
  return password;
}

}  // namespace

int run_publish(const po::variables_map& options) {
  std::string url = options["wordpress"].as<std::string>();
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) {
    throw UsageError(_("--wordpress must be the site's http(s) address, e.g. https://congdoan.example.vn/"));
  }
  if (url.back() != '/') url += '/';
  publish::PublishOptions publish_options;
  if (options.count("status")) publish_options.status = options["status"].as<std::string>();
  if (publish_options.status != "draft" && publish_options.status != "pending" && publish_options.status != "publish") {
    throw UsageError(_("--status must be draft, pending or publish"));
  }
  if (options.count("category")) publish_options.category = options["category"].as<std::string>();
  publish::HttpOptions http_options;
  http_options.user = options["user"].as<std::string>();
  http_options.password = application_password(options);
  if (options.count("timeout")) http_options.timeout = std::chrono::seconds(options["timeout"].as<unsigned>());
  if (options.count("no-verify-tls")) {
    http_options.verify_tls = false;
    std::cerr << "thidua: " << _("warning") << ": " << _("the site's TLS certificate is not checked (--no-verify-tls)") << '\n';
  }

  // The events first: bad input is reported without touching the site.
  // Inside folders, only files whose top element is <event> (not a site's feed.xml), with a note.
  Diagnostics notes;
  std::vector<std::string> paths;
  for (const archive::EventSource& file :
       archive::collect_event_files(options["event"].as<std::vector<std::string>>(), load::not_an_event_file, "", notes)) {
    paths.push_back(file.path);
  }
  notes.print(std::cerr);
  const LoadedEvents loaded = load_events_reporting(paths);
  if (loaded.events.empty()) return static_cast<int>(loaded.worst == ExitCode::ok ? ExitCode::bad_input : loaded.worst);
  ExitCode worst = loaded.worst;
  const documents::Toolbox tools(option_or_empty(options, "templates"), "", {"article"});

  publish::HttpClient http(http_options);
  publish::WordPressSite site(http, url, http_options.user);
  try {
    site.connect();
  } catch (const publish::SiteError& error) {
    std::cerr << "thidua: " << _("error") << ": " << error.what() << '\n';
    return static_cast<int>(ExitCode::io_or_internal);
  }
  publish::Publisher publisher(site, tools.templates(), publish_options);
  for (const model::Event& event : loaded.events) {
    Diagnostics diags;
    try {
      const publish::PublishReport report = publisher.publish(event, diags);
      diags.print(std::cerr);
      const char* line = report.created ? N_("%1$s: created post %2$d (%3$s) %4$s; photos: %5$d uploaded, %6$d already there")
                                        : N_("%1$s: updated post %2$d (%3$s) %4$s; photos: %5$d uploaded, %6$d already there");
      std::cout << tr(_(line), event.source_file, report.post_id, report.status, report.link, report.media_uploaded,
                      report.media_found)
                << '\n';
    } catch (const Failure& failure) {
      diags.print(std::cerr);
      for (const Diagnostic& d : failure.diagnostics()) std::cerr << d.format() << '\n';
      worst = worse(worst, failure.code());
    } catch (const publish::SiteError& error) {
      diags.print(std::cerr);
      Diagnostic message;
      message.where.file = event.source_file;
      message.message = error.what();
      std::cerr << message.format() << '\n';
      // The site refused or went away: the next events would fare no better.
      return static_cast<int>(ExitCode::io_or_internal);
    }
  }
  return static_cast<int>(worst);
}

void declare_publish_options(po::options_description& options) {
  options.add_options()
      ("wordpress", po::value<std::string>()->required()->value_name(_("URL")), _("the site's address"))
      ("user", po::value<std::string>()->required()->value_name(_("NAME")), _("the WordPress user name"))
      ("password-file", po::value<std::string>()->value_name(_("FILE")),
       _("a file whose first line is the application password (else THIDUA_WP_PASSWORD)"))
      ("status", po::value<std::string>()->value_name(_("STATUS")), _("draft (default), pending or publish"))
      ("category", po::value<std::string>()->value_name(_("TEXT")), _("the posts' category (default \"Thi đua\")"))
      ("timeout", po::value<unsigned>()->value_name(_("SECONDS")), _("longest wait for one request (default 120)"))
      ("no-verify-tls", _("do not check the site's TLS certificate (a test site's own certificate)"))
      ("templates", po::value<std::string>()->value_name(_("DIR")), _("use the templates in DIR"));
}

}  // namespace thidua::cli
