// `thidua serve`: the web app for a folder of event files, with the document pipeline handed to it.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <thread>

#include "archive/builder.h"
#include "cli/command.h"
#include "cli/documents.h"
#include "cli/pipeline.h"
#include "compose/attendance.h"
#include "compose/invitations.h"
#include "io/files.h"
#include "load/load_event.h"
#include "pdf/pdf_canvas.h"
#include "i18n/i18n.h"
#include "serve/serve.h"

namespace thidua::cli {

namespace {

namespace fs = std::filesystem;

// A private folder for the PDFs the preview renders (read back at once, then deleted).
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (fs::temp_directory_path() / "thidua-serve-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw Failure(ExitCode::io_or_internal, SourceLoc{}, _("cannot make a temporary folder for the previews"));
    }
    path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  // A new file name inside the folder.
  std::string next(const std::string& suffix) { return path_ + "/" + std::to_string(++count_) + suffix; }

 private:
  std::string path_;
  std::atomic<unsigned> count_{0};
};

serve::DocumentService document_service(std::shared_ptr<const Toolbox> tools) {
  serve::DocumentService service;
  service.kinds = {{"agreement", "Giao ước thi đua", "giao-uoc-thi-dua.pdf"},
                   {"attendance", "Danh sách đại biểu", "danh-sach-dai-bieu.pdf"},
                   {"invitations", "Giấy mời", "giay-moi.pdf"}};
  auto scratch = std::make_shared<ScratchFolder>();
  service.render = [tools, scratch](const model::Event& event, const std::string& kind, Diagnostics& diags) {
    const std::string output = scratch->next(".pdf");
    if (kind == "agreement") {
      write_agreement(*tools, event, output, diags);
    } else if (kind == "attendance") {
      write_attendance(*tools, event, compose::AttendanceOptions{}, output, diags);
    } else {
      write_invitations(*tools, event, compose::invited_guests(event, ""), output, diags);
    }
    serve::RenderedDocument rendered;
    rendered.content_type = "application/pdf";
    rendered.bytes = io::read_file(output);
    io::discard_temporary(output);
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
    const archive::BuildSummary summary = archive::build_archive(
        build,
        [loaded, total, progress](const std::string& path, Diagnostics& diags) {
          auto event = load::load_event(path, diags);
          progress(++*loaded, total);
          return event;
        },
        document_writers(tools), site_writer(tools, html::SiteOptions{}));
    return summary.failed;
  };
  return service;
}

int run_serve(const po::variables_map& options) {
  serve::ServeOptions serve;
  if (options.count("folder")) serve.folder = options["folder"].as<std::string>();
  if (options.count("host")) serve.host = options["host"].as<std::string>();
  if (options.count("port")) {
    const unsigned port = options["port"].as<unsigned>();
    if (port > 65535) throw UsageError(_("--port must be between 0 and 65535"));
    serve.port = static_cast<unsigned short>(port);
  }
  serve.open_browser = options.count("open") > 0;
  // Fonts and templates are loaded once and shared by every request.
  const auto tools = std::make_shared<const Toolbox>(option_or_empty(options, "templates"), std::string());
  return serve::run_server(serve, document_service(tools));
}

}  // namespace

Command serve_command() {
  Command command;
  command.name = "serve";
  command.summary = _("Open the event editor and document preview in the browser");
  command.usage = "thidua serve [FOLDER] [--port N] [--host ADDR] [--open]";  // not shown
  command.details = _(
      "Serves a web app for the event files in FOLDER, by default the current folder, created when\n"
      "missing: the list of events, a form to edit each one with its errors shown as you type,\n"
      "a live preview of its documents, and the archive build. Prints the address to open, with\n"
      "a session token that every request must carry, and runs until Ctrl-C. Listens on 127.0.0.1\n"
      "unless --host is given. The JSON API is described in docs/serve.md.");
  command.declare = [](po::options_description& options, po::options_description& hidden,
                       po::positional_options_description& positional) {
    options.add_options()
        ("port", po::value<unsigned>()->value_name("N"), _("the port to listen on (default 8080; 0: any free port)"))  // not shown
        ("host", po::value<std::string>()->value_name("ADDR"), _("the address to listen on (default 127.0.0.1)"))
        ("open", _("open the address in the browser"))
        ("templates", po::value<std::string>()->value_name("DIR"), _("use the templates in DIR"));
    hidden.add_options()("folder", po::value<std::string>(), "the folder of event files");  // not shown
    positional.add("folder", 1);
  };
  command.run = run_serve;
  return command;
}

}  // namespace thidua::cli
