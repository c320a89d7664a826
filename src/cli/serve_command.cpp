// `thidua serve`: the web app for a folder of event files, with the document pipeline handed to it.
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "archive/builder.h"
#include "cli/commands.h"
#include "cli/document_service.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "documents/toolbox.h"
#include "html/site.h"
#include "i18n/i18n.h"
#include "load/load_event.h"
#include "office/config.h"
#include "serve/serve.h"

namespace thidua::cli {

serve::DocumentService document_service(std::shared_ptr<const documents::Toolbox> tools) {
  serve::DocumentService service;
  for (const documents::DocumentKind& kind : documents::registry()) {
    const bool html = kind.supports(documents::Output::html);
    service.kinds.push_back({kind.name, kind.title, html ? kind.name + ".html" : kind.archive_name, html});
  }
  service.render = [tools](const model::Event& event, const std::string& name, Diagnostics& diags) {
    const documents::DocumentKind* kind = documents::find_kind(name);
    const bool html = kind->supports(documents::Output::html);
    documents::Made made = documents::make_document(*tools, *kind, event, documents::default_values(*kind),
                                                    html ? documents::Output::html : documents::Output::pdf);
    for (const Diagnostic& d : made.diagnostics) {
      if (d.severity == Severity::error) diags.error(d.where, d.message);
      else diags.warning(d.where, d.message);
    }
    if (!made.ok()) throw Failure(made.code);
    serve::RenderedDocument rendered;
    rendered.content_type = html ? "text/html; charset=utf-8" : "application/pdf";
    rendered.bytes = std::move(made.bytes);
    rendered.media = std::move(made.media);
    return rendered;
  };
  service.build = [tools](const std::vector<std::string>& files, const std::string& archive_dir,
                          const serve::BuildProgress& progress, Diagnostics&) {
    archive::BuildOptions build;
    build.inputs = files;
    build.archive_dir = archive_dir;
    build.jobs = std::max(1u, std::thread::hardware_concurrency());
    auto loaded = std::make_shared<std::atomic<std::size_t>>(0);
    const std::size_t total = files.size();
    // The loader is wrapped to count the events, for the page's progress bar.
    const archive::EventLoader load = [loaded, total, progress](const std::string& path, Diagnostics& diags) {
      auto event = load::load_event(path, diags);
      progress(++*loaded, total);
      return event;
    };
    const archive::SiteWriter site = [tools](const std::vector<const model::Event*>& events, const std::string& folder,
                                             Diagnostics& diags) {
      return html::write_site(events, tools->templates(), folder, diags, html::SiteOptions{});
    };
    return archive::build_archive(build, load, archive::registry_writers(*tools), site).failed;
  };
  return service;
}

int run_serve(const po::variables_map& options) {
  serve::ServeOptions serve;
  office::Config config;
  if (options.count("config")) {
    // The configuration file first; options given on the command line then override it.
    Diagnostics diags;
    config = office::read_config(options["config"].as<std::string>(), diags);
    print_diagnostics_or_fail(diags);
    serve.folder = config.data;
    serve.host = config.host;
    serve.port = config.port;
  } else {
    config.office = options.count("office") > 0;
  }
  if (options.count("folder")) serve.folder = options["folder"].as<std::string>();
  if (options.count("host")) serve.host = options["host"].as<std::string>();
  if (options.count("port")) {
    const unsigned port = options["port"].as<unsigned>();
    if (port > 65535) throw UsageError(_("--port must be between 0 and 65535"));
    serve.port = static_cast<unsigned short>(port);
  }
  if (options.count("public-url")) {
    config.public_url = options["public-url"].as<std::string>();
    if (office::url_origin(config.public_url).empty()) {
      throw UsageError(tr("--public-url: '%1$s' is not an http:// or https:// address", config.public_url));
    }
  }
  if (options.count("proxy")) config.proxy = options["proxy"].as<std::string>();
  serve.open_browser = options.count("open") > 0;
  if (config.office) {
    serve::OfficeSettings office;
    office.data_folder = serve.folder;
    office.public_url = config.public_url;
    office.proxy = config.proxy;
    office.idle = std::chrono::minutes(config.session_minutes);
    serve.office = office;
  } else if (!config.public_url.empty() || !config.proxy.empty()) {
    throw UsageError(_("--public-url and --proxy are for office mode: add --office (or office = yes in the configuration)"));
  }
  // Fonts and templates are loaded once and shared by every request.
  const auto tools = std::make_shared<const documents::Toolbox>(option_or_empty(options, "templates"), std::string());
  return serve::run_server(serve, document_service(tools));
}

void declare_serve_options(po::options_description& options) {
  options.add_options()
      ("port", po::value<unsigned>()->value_name("N"), _("the port to listen on (default 8080; 0: any free port)"))
      ("host", po::value<std::string>()->value_name(_("ADDR")), _("the address to listen on (default 127.0.0.1)"))
      ("open", _("open the address in the browser"))
      ("templates", po::value<std::string>()->value_name(_("DIR")), _("use the templates in DIR"))
      ("office", _("office mode: accounts, roles, history (FOLDER holds one folder per bloc)"))
      ("config", po::value<std::string>()->value_name(_("FILE")), _("read the settings from FILE (e.g. /etc/thidua/thidua.conf)"))
      ("public-url", po::value<std::string>()->value_name(_("URL")), _("the address clerks open (office mode), e.g. https://thidua.example.vn/"))
      ("proxy", po::value<std::string>()->value_name(_("ADDR")), _("the reverse proxy whose X-Forwarded-* headers are believed (office mode)"));
}

}  // namespace thidua::cli
