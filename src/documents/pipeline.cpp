// The document pipeline: a kind of the registry, for one event, through compose → templates →
// layout → PDF (or HTML), to a canvas, to bytes in memory, or to a file.
#include "documents/pipeline.h"

#include <filesystem>
#include <new>
#include <stdexcept>

#include "docx/docx.h"
#include "html/media.h"
#include "io/files.h"
#include "layout/layout.h"
#include "markup/markup.h"
#include "model/field_names.h"
#include "layout/trace_canvas.h"
#include "pdf/pdf_canvas.h"
#include "i18n/i18n.h"

namespace thidua::documents {

namespace {

namespace fs = std::filesystem;

// An internal error: a caller asked a kind for an output it does not have.
[[noreturn]] void unsupported(const DocumentKind& kind, const char* output) {
  throw Failure(ExitCode::io_or_internal, SourceLoc{},
                tr("internal error: the %1$s is not made as %2$s", kind.name, output));
}

// Renders `template_name` with `data` into markup (freeing `data` then) and parses it.
markup::Document parse_template(const Toolbox& tools, const std::string& template_name, compose::Data data,
                                Diagnostics& diags) {
  const tmpl::TemplateSet& templates = tools.templates();
  std::string markup = templates.render(template_name, data, diags, tmpl::Escape::html);
  // Each stage's input is freed once the next one has what it needs: for a 10,000-row list
  // the template data, the markup and the parsed document are each several megabytes.
  data = compose::Data();
  const std::string markup_name = templates.directory() + "/" + template_name + ".mustache (rendered)";
  return markup::parse_markup(markup, markup_name, diags);
}

// Renders `template_name` with `data` into markup (freeing `data` then), lays it out and
// paints it on `canvas`. Returns the page count.
int render_markup(const Toolbox& tools, const std::string& template_name, compose::Data data,
                  const compose::DocumentMeta& meta, layout::Canvas& canvas, Diagnostics& diags) {
  const layout::Document document = parse_template(tools, template_name, std::move(data), diags);
  layout::DocumentInfo info;
  static_cast<compose::DocumentMeta&>(info) = meta;
  return layout::render(document, tools.fonts(), canvas, info, diags);
}

// Throws for an event the kind refuses (before a PDF canvas is made).
void require_applies(const DocumentKind& kind, const model::Event& event) {
  if (kind.when_missing == WhenMissing::refuse && !kind.applies(event)) {
    throw Failure(ExitCode::bad_input, SourceLoc{event.source_file, 0, 0}, _(kind.why_not.c_str()));
  }
}

}  // namespace

void check_glyphs(const model::Event& event, const layout::FontSet& fonts, Diagnostics& diags) {
  for (const model::Event::Origin& origin : event.origins) {
    // Fields may be set in any face; the regular and bold faces cover what italics do.
    for (layout::FontStyle style : {layout::FontStyle::regular, layout::FontStyle::bold}) {
      const char32_t missing = layout::first_missing_glyph(fonts, style, origin.value);
      if (missing != 0) {
        diags.error(origin.where, tr("the document font has no glyph for %1$s in %2$s",
                                     layout::describe_code_point(missing), model::field_name(origin.field)));
        break;
      }
    }
  }
}

namespace {

// What every markup kind checks before its template runs: the kind applies (or warns), and the
// fonts have every character of the input.
void prepare_markup(const Toolbox& tools, const DocumentKind& kind, const model::Event& event, Diagnostics& diags) {
  if (!kind.compose || !kind.meta) unsupported(kind, "a PDF");
  require_applies(kind, event);
  check_glyphs(event, tools.fonts(), diags);
  if (diags.has_errors()) throw Failure(ExitCode::bad_input);
  if (kind.when_missing == WhenMissing::warn && !kind.applies(event)) {
    diags.warning(SourceLoc{event.source_file, 0, 0}, _(kind.why_not.c_str()));
  }
}

// The kind's archive file name for `output`: "giao-uoc-thi-dua.docx" beside "….pdf".
std::string archive_name_as(const DocumentKind& kind, Output output) {
  if (output != Output::docx) return kind.archive_name;
  return fs::path(kind.archive_name).replace_extension(".docx").string();
}

}  // namespace

int render(const Toolbox& tools, const DocumentKind& kind, const model::Event& event, const OptionValues& values,
           layout::Canvas& canvas, Diagnostics& diags) {
  prepare_markup(tools, kind, event, diags);
  const int pages = render_markup(tools, kind.template_name, kind.compose(event, values), kind.meta(event), canvas, diags);
  if (kind.check_pages) kind.check_pages(event, values, pages, diags);
  return pages;
}

std::string pdf_bytes(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                      const OptionValues& values, const std::string& name, Diagnostics& diags, int* pages) {
  if (!kind.supports(Output::pdf)) unsupported(kind, "a PDF");
  require_applies(kind, event);
  pdf::PdfCanvas canvas(name, tools.fonts(), pdf::PdfCanvas::Target::memory);
  const int count = render(tools, kind, event, values, canvas, diags);
  if (pages != nullptr) *pages = count;
  return canvas.bytes();
}

int write_pdf(const Toolbox& tools, const DocumentKind& kind, const model::Event& event, const OptionValues& values,
              const std::string& output_path, Diagnostics& diags) {
  if (!kind.supports(Output::pdf)) unsupported(kind, "a PDF");
  require_applies(kind, event);
  pdf::PdfCanvas canvas(output_path, tools.fonts());
  return render(tools, kind, event, values, canvas, diags);
}

std::string docx_bytes(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                       const OptionValues& values, Diagnostics& diags) {
  if (!kind.supports(Output::docx)) unsupported(kind, "a Word file");
  prepare_markup(tools, kind, event, diags);
  const markup::Document document = parse_template(tools, kind.template_name, kind.compose(event, values), diags);
  return docx::package_bytes(docx::build_package(document, kind.meta(event), tools.fonts(), diags));
}

void write_docx(const Toolbox& tools, const DocumentKind& kind, const model::Event& event, const OptionValues& values,
                const std::string& output_path, Diagnostics& diags) {
  io::write_file_atomic(output_path, docx_bytes(tools, kind, event, values, diags));
}

std::string trace_text(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                       const OptionValues& values, Diagnostics& diags, int* pages) {
  if (!kind.supports(Output::pdf)) unsupported(kind, "a layout trace");
  layout::TraceCanvas canvas;
  const int count = render(tools, kind, event, values, canvas, diags);
  if (pages != nullptr) *pages = count;
  return canvas.text();
}

HtmlPage html_page(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                   const OptionValues& values, Diagnostics& diags) {
  if (!kind.render_html) unsupported(kind, "an HTML page");
  require_applies(kind, event);
  html::MediaStore media(".");
  HtmlPage page;
  page.html = kind.render_html(tools, event, values, media, diags);
  page.media = media.take_pending();
  return page;
}

std::vector<std::string> write_html(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                                    const OptionValues& values, const std::string& output_html, Diagnostics& diags) {
  if (!kind.render_html) unsupported(kind, "an HTML page");
  require_applies(kind, event);
  const fs::path target(output_html);
  html::MediaStore media(target.has_parent_path() ? target.parent_path().string() : std::string("."));
  const std::string page = kind.render_html(tools, event, values, media, diags);
  media.flush();  // the photos first, so the page never refers to a missing image
  io::write_file_atomic(output_html, page);
  std::vector<std::string> written{target.filename().string()};
  for (const std::string& path : media.paths()) written.push_back(path);
  return written;
}

std::vector<std::string> write_into_folder(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                                           const std::string& folder, Diagnostics& diags, bool with_docx) {
  const OptionValues values = default_values(kind);
  const std::string path = folder + "/" + kind.archive_name;
  if (kind.supports(Output::pdf)) {
    write_pdf(tools, kind, event, values, path, diags);
    if (!with_docx) return {kind.archive_name};
    const std::string docx_name = archive_name_as(kind, Output::docx);
    write_docx(tools, kind, event, values, folder + "/" + docx_name, diags);
    return {kind.archive_name, docx_name};
  }
  // An HTML page lives in its own folder with its media/ (bai-viet/index.html, bai-viet/media/…).
  const std::string page_folder = fs::path(kind.archive_name).parent_path().string();
  std::vector<std::string> written;
  for (const std::string& file : write_html(tools, kind, event, values, path, diags)) {
    written.push_back(page_folder.empty() ? file : page_folder + "/" + file);
  }
  return written;
}

Made make_document(const Toolbox& tools, const DocumentKind& kind, const model::Event& event,
                   const OptionValues& values, Output output) {
  Made made;
  Diagnostics diags;
  try {
    if (const auto problem = check_values(kind, event, values)) {
      throw Failure(ExitCode::bad_input, SourceLoc{event.source_file, 0, 0},
                    problem->problem + " (" + problem->option + "); " + problem->hint);
    }
    switch (output) {
      case Output::pdf:
        made.bytes = pdf_bytes(tools, kind, event, values, kind.archive_name, diags, &made.pages);
        break;
      case Output::trace:
        made.bytes = trace_text(tools, kind, event, values, diags, &made.pages);
        break;
      case Output::docx:
        made.bytes = docx_bytes(tools, kind, event, values, diags);
        break;
      case Output::html: {
        HtmlPage page = html_page(tools, kind, event, values, diags);
        made.bytes = std::move(page.html);
        made.media = std::move(page.media);
        break;
      }
    }
  } catch (const Failure& failure) {
    made = Made{};
    made.code = failure.code();
    made.diagnostics = diags.all();
    for (const Diagnostic& d : failure.diagnostics()) made.diagnostics.push_back(d);
    return made;
  } catch (const std::bad_alloc&) {
    made = Made{};
    made.code = ExitCode::io_or_internal;
    made.diagnostics = diags.all();
    made.diagnostics.push_back(Diagnostic{Severity::error, SourceLoc{}, "out of memory"});
    return made;
  } catch (const std::exception& error) {
    made = Made{};
    made.code = ExitCode::io_or_internal;
    made.diagnostics = diags.all();
    made.diagnostics.push_back(Diagnostic{Severity::error, SourceLoc{}, std::string("internal error: ") + error.what()});
    return made;
  }
  made.diagnostics = diags.all();
  return made;
}

}  // namespace thidua::documents
