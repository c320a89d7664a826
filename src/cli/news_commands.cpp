// `thidua site`: the news site of many events, and the site options `build` shares (the article is a registry command).
#include <iostream>

#include "cli/commands.h"
#include "cli/event_input.h"
#include "documents/toolbox.h"
#include "html/site.h"
#include "i18n/i18n.h"

namespace thidua::cli {

html::SiteOptions site_options(const po::variables_map& options) {
  html::SiteOptions site;
  if (options.count("site-url")) {
    site.base_url = options["site-url"].as<std::string>();
    if (site.base_url.rfind("http://", 0) != 0 && site.base_url.rfind("https://", 0) != 0) {
      throw UsageError(_("--site-url must be an absolute http(s) address, e.g. https://congdoan.example.vn/tin/"));
    }
    if (site.base_url.back() != '/') site.base_url += '/';
  }
  site.title = option_or_empty(options, "site-title");
  if (options.count("per-page")) {
    site.per_page = options["per-page"].as<unsigned>();
    if (site.per_page == 0) throw UsageError(_("--per-page must be at least 1"));
  }
  return site;
}

void add_site_options(po::options_description& options) {
  options.add_options()
      ("site-url", po::value<std::string>()->value_name(_("URL")),
       _("the site's public address, for the feed, sitemap and WordPress export (default http://localhost:8000/)"))
      ("site-title", po::value<std::string>()->value_name(_("TEXT")), _("the site's name"))
      ("per-page", po::value<unsigned>()->value_name("N"), _("articles per index page (default 10)"));
}

int run_site(const po::variables_map& options) {
  const std::string output = options["output"].as<std::string>();
  const html::SiteOptions site = site_options(options);
  const LoadedEvents loaded = load_events_reporting(options["event"].as<std::vector<std::string>>());
  // A site missing some articles would be silently wrong: write nothing unless all load.
  if (loaded.worst != ExitCode::ok) return static_cast<int>(loaded.worst);
  const documents::Toolbox tools(option_or_empty(options, "templates"), option_or_empty(options, "fonts"), {"article", "site"});
  Diagnostics diags;
  std::vector<std::string> written;
  print_diagnostics_after(diags, [&] { written = html::write_site(loaded.events, tools.templates(), output, diags, site); });
  std::cout << output << ": "
            << trn("%1$d article", "%1$d articles", loaded.events.size(), loaded.events.size()) << ", "
            << trn("%1$d file", "%1$d files", written.size(), written.size()) << '\n';
  return 0;
}

// -o DIR, --templates and the site's options.
void declare_site_options(po::options_description& options) {
  options.add_options()("output,o", po::value<std::string>()->required()->value_name(_("DIR")), _("the site folder"))(
      "templates", po::value<std::string>()->value_name(_("DIR")), _("use the templates in DIR"));
  add_site_options(options);
}

}  // namespace thidua::cli
