// The web app behind `thidua serve`: the pages, the JSON API (list, read, check, save, render, build) and its rules.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "model/event.h"
#include "serve/folder.h"
#include "serve/gate.h"
#include "serve/http_server.h"

namespace thidua::serve {

// A document the preview can show.
struct DocumentKindInfo {
  std::string name;       // "agreement": the API's identifier
  std::string title;      // "Giao ước thi đua"
  std::string file_name;  // "giao-uoc-thi-dua.pdf": the name a download gets
  bool html = false;      // a web page (the article) rather than a PDF
};

// One rendered document, in memory.
struct RenderedDocument {
  std::string content_type;  // "application/pdf", "text/html; charset=utf-8"
  std::string bytes;
  std::vector<std::pair<std::string, std::string>> media;  // an HTML page's images: path, bytes
};

// Called as a build goes: events done so far, out of `total`.
using BuildProgress = std::function<void(std::size_t done, std::size_t total)>;

// What the server asks of the document pipeline; the pipeline itself lives below the CLI and
// the server, which both call it (the server holds no copy of any part of it).
struct DocumentService {
  std::vector<DocumentKindInfo> kinds;
  // Renders document `kind` of `event`; throws thidua::Failure after reporting to `diags`.
  std::function<RenderedDocument(const model::Event& event, const std::string& kind, Diagnostics& diags)> render;
  // Builds the archive of `event_files` (absolute paths) into `archive_dir`; returns the
  // number of events that failed. Diagnostics of every event go to `diags`.
  std::function<std::size_t(const std::vector<std::string>& event_files, const std::string& archive_dir,
                            const BuildProgress& progress, Diagnostics& diags)>
      build;
};

// The application: every request goes through the gate, then to a page, an asset or the API.
class App {
 public:
  App(Folder folder, Gate gate, DocumentService documents);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Answers one request; safe to call from many threads at once.
  HttpResponse handle(const HttpRequest& request);

  // The archive folder `build` writes, relative to the served folder.
  static constexpr const char* archive_folder = "bo-luu-tru";
  // The cookie the pages' language switch sets: "vi" or "en" (absent: the server's language).
  static constexpr std::string_view language_cookie = "thidua_lang";

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace thidua::serve
