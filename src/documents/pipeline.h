// The document pipeline: a kind of the registry, for one event, through compose → templates →
// layout → PDF (or HTML), to a canvas, to bytes in memory, or to a file. Used by the CLI,
// `build` and the web app alike.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "documents/kind.h"
#include "documents/toolbox.h"
#include "layout/canvas.h"
#include "model/event.h"

namespace thidua::documents {

// Checks that the fonts have every character of every input field; errors at the field.
void check_glyphs(const model::Event& event, const layout::FontSet& fonts, Diagnostics& diags);

// --- Throwing calls: problems go to `diags`, and a Failure is thrown after reporting. ---

// Lays out a PDF kind for `event` with option `values` (already checked with check_values)
// and paints it on `canvas`. Refuses an event the kind does not apply to (or warns, per
// kind.when_missing). Returns the page count.
int render(const Toolbox& tools, const DocumentKind& kind, const model::Event& event, const OptionValues& values,
           layout::Canvas& canvas, Diagnostics& diags);
// The PDF file's bytes; `name` names the document in messages. Sets `pages` when given.
std::string pdf_bytes(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                      const OptionValues& values, const std::string& name, Diagnostics& diags, int* pages = nullptr);
// Writes the PDF to `output_path` atomically (never a half-written file; an existing folder
// only). Returns the page count.
int write_pdf(const Toolbox& tools, const DocumentKind& kind, const model::Event& event, const OptionValues& values,
              const std::string& output_path, Diagnostics& diags);
// The Word file (DOCX) of a PDF kind, from the same markup as its PDF (the docx backend).
std::string docx_bytes(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                       const OptionValues& values, Diagnostics& diags);
// Writes the Word file to `output_path` atomically.
void write_docx(const Toolbox& tools, const DocumentKind& kind, const model::Event& event, const OptionValues& values,
                const std::string& output_path, Diagnostics& diags);
// The layout trace (one drawing call per line), what golden tests compare. Sets `pages` when given.
std::string trace_text(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                       const OptionValues& values, Diagnostics& diags, int* pages = nullptr);
// An HTML kind's page and its images, in memory.
HtmlPage html_page(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                   const OptionValues& values, Diagnostics& diags);
// Writes an HTML kind's page to `output_html` and its images into media/ beside it (images
// first, each atomically, identical files untouched). Returns the paths written, relative
// to the page's folder: the page's file name, then "media/…" sorted.
std::vector<std::string> write_html(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                                    const OptionValues& values, const std::string& output_html, Diagnostics& diags);
// Writes the kind, with its default option values, as `folder`/kind.archive_name (what `build`
// does for each applicable kind), and with `with_docx` a PDF kind also as the Word file beside
// it (….docx). Returns the paths written, relative to `folder`.
std::vector<std::string> write_into_folder(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                                           const std::string& folder, Diagnostics& diags, bool with_docx = false);

// --- Collecting call, for servers: never throws for bad input. ---

// What make_document() produced.
struct Made {
  ExitCode code = ExitCode::ok;  // ok, bad_input (see diagnostics), or io_or_internal
  std::string bytes;             // the PDF, the trace, the HTML page or the DOCX; empty unless ok
  std::vector<std::pair<std::string, std::string>> media;  // HTML: images the page refers to
  int pages = 0;                                            // PDF and trace
  std::vector<Diagnostic> diagnostics;                      // warnings, and errors when not ok
  // True when the document was made.
  bool ok() const { return code == ExitCode::ok; }
};
// Makes `kind` for `event` as `output` in memory: checks the option values (a problem is a
// bad_input diagnostic at the event file), then renders. Errors and warnings are collected in
// the result; an unexpected exception becomes io_or_internal with its message. Safe to call
// from several threads with one Toolbox.
Made make_document(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                   const OptionValues& values, Output output);

}  // namespace thidua::documents
