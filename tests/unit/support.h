// What many unit tests share: the source tree's path, the one toolbox (fonts and templates),
// the samples loaded with their messages shown on failure, and fresh scratch folders.
#pragma once

#include <filesystem>
#include <string>

#include "documents/toolbox.h"
#include "layout/fonts.h"
#include "layout/trace_canvas.h"
#include "markup/document.h"
#include "model/event.h"
#include "serve/http_server.h"

namespace thidua::testing {

// The checkout's root (THIDUA_SOURCE_DIR), where samples/, templates/ and tests/ are.
const std::string& source_dir();

// The fonts and templates of the checkout, loaded once for the whole test run.
const documents::Toolbox& toolbox();

// The bundled fonts, loaded once (the same set as toolbox().fonts()).
const layout::FontSet& fonts();

// Loads an event file; fails the test (showing the loader's messages) when it has errors.
model::Event load_event_file(const std::filesystem::path& path);

// Loads samples/NAME.xml (NAME with or without ".xml") through load_event_file.
model::Event load_sample(const std::string& name);

// Loads event XML text as file `name` in `folder`; fails the test, showing the loader's
// messages, when it does not load (warnings are allowed).
model::Event load_event_text(const std::string& xml, const std::string& name = "su-kien.xml", const std::string& folder = ".");

// What the loader says of event XML text: every diagnostic formatted, one a line.
std::string load_messages(const std::string& xml);

// One millimetre in points, and the default page's text area: A4, margins 30 mm left, 15 mm right,
// 20 mm top and bottom.
inline constexpr double kMm = markup::points_per_mm;
inline constexpr double kLeft = 30 * kMm;
inline constexpr double kRight = (210 - 15) * kMm;
inline constexpr double kTop = (297 - 20) * kMm;
inline constexpr double kBottom = 20 * kMm;

// Where a text op's text ends: its x plus the text's width in fonts().
double right_of(const layout::TraceOp& op);

// Document markup `xml` laid out with the bundled fonts onto a trace canvas.
layout::TraceCanvas render_markup(const std::string& xml);

// Document `kind` of `event` rendered with toolbox() onto a trace canvas; fails the test on an error.
layout::TraceCanvas render_document(const std::string& kind, const model::Event& event);

// A request as the HTTP server hands it to the app, from 127.0.0.1.
serve::HttpRequest http_request(std::string method, std::string target,
                                std::vector<std::pair<std::string, std::string>> headers, std::string body = "");

// A folder in the build tree (beside the test executable) for files kept to look at after the
// run, such as the PDFs the PDF tests write: build/tests/NAME, made when missing.
std::filesystem::path kept_output_dir(const std::string& name);

// Writes `size` bytes at `data` to kept_output_dir(`dir`)/NAME; returns the file's path.
std::filesystem::path write_kept_file(const std::string& dir, const std::string& name, const void* data, std::size_t size);

// An empty folder of this test run's own (under the temporary directory, named after the
// process and `name`); anything left there by an earlier call is removed first.
std::filesystem::path scratch_dir(const std::string& name);

}  // namespace thidua::testing
