// The document pipeline: compose → templates → layout → PDF, shared by the commands and `build`.
#include "cli/pipeline.h"

#include <utility>


#include "compose/agreement.h"
#include "compose/invitations.h"
#include "layout/layout.h"
#include "pdf/pdf_canvas.h"

namespace thidua::cli {

namespace {

// Loads the templates; their errors are the user's to fix: all are reported, exit 1.
std::unique_ptr<const tmpl::TemplateSet> load_templates(const std::string& directory,
                                                        const std::vector<std::string>& folders) {
  Diagnostics diags;
  try {
    return std::make_unique<const tmpl::TemplateSet>(tmpl::TemplateSet::load(directory, diags, folders));
  } catch (const Failure& failure) {
    if (failure.code() != ExitCode::bad_input) throw;
    std::string lines;
    for (const Diagnostic& d : diags.all()) lines += "\n  " + d.format();
    throw Failure(ExitCode::bad_input, SourceLoc{}, "the templates in " + directory + " have errors:" + lines);
  }
}

}  // namespace

Toolbox::Toolbox(const std::string& templates_dir, const std::string& fonts_dir,
                 const std::vector<std::string>& template_folders)
    : fonts_(layout::FontSet::load(fonts_dir.empty() ? layout::FontSet::default_directory() : fonts_dir)),
      templates_(load_templates(templates_dir.empty() ? tmpl::TemplateSet::default_directory() : templates_dir,
                                template_folders)) {}

void check_glyphs(const model::Event& event, const layout::FontSet& fonts, Diagnostics& diags) {
  for (const model::Event::Origin& origin : event.origins) {
    // Fields may be set in any face; the regular and bold faces cover what italics do.
    for (layout::FontStyle style : {layout::FontStyle::regular, layout::FontStyle::bold}) {
      const char32_t missing = layout::first_missing_glyph(fonts, style, origin.value);
      if (missing != 0) {
        diags.error(origin.where, "the document font has no glyph for " + layout::describe_code_point(missing) +
                                      " in " + origin.field);
        break;
      }
    }
  }
}

int render_document(const Toolbox& tools, const std::string& template_name, compose::Data data,
                    const compose::DocumentMeta& meta, layout::Canvas& canvas, Diagnostics& diags) {
  const tmpl::TemplateSet& templates = tools.templates();
  std::string markup = templates.render(template_name, data, diags, tmpl::Escape::html);
  // Each stage's input is freed once the next one has what it needs: for a 10,000-row list
  // the template data, the markup and the parsed document are each several megabytes.
  data = compose::Data();
  const std::string markup_name = templates.directory() + "/" + template_name + ".mustache (rendered)";
  const layout::Document document = layout::parse_markup(markup, markup_name, diags);
  markup = std::string();
  layout::DocumentInfo info;
  info.title = meta.title;
  info.subject = meta.subject;
  info.author = meta.author;
  info.keywords = meta.keywords;
  info.creation_date = meta.date;
  return layout::render(document, tools.fonts(), canvas, info, diags);
}

int write_pdf(const Toolbox& tools, const std::string& template_name, compose::Data data,
              const compose::DocumentMeta& meta, const std::string& output_path, Diagnostics& diags) {
  pdf::PdfCanvas canvas(output_path, tools.fonts());
  return render_document(tools, template_name, std::move(data), meta, canvas, diags);
}

int render_agreement(const Toolbox& tools, const model::Event& event, layout::Canvas& canvas, Diagnostics& diags) {
  if (!event.agreement) {
    throw Failure(ExitCode::bad_input, SourceLoc{event.source_file, 0, 0},
                  "the event has no <agreement>; add one to make the agreement document");
  }
  check_glyphs(event, tools.fonts(), diags);
  if (diags.has_errors()) throw Failure(ExitCode::bad_input);
  return render_document(tools, "agreement/document", compose::agreement_data(event),
                         compose::agreement_meta(event), canvas, diags);
}

int write_agreement(const Toolbox& tools, const model::Event& event, const std::string& output_path,
                    Diagnostics& diags) {
  pdf::PdfCanvas canvas(output_path, tools.fonts());
  return render_agreement(tools, event, canvas, diags);
}

int render_attendance(const Toolbox& tools, const model::Event& event, const compose::AttendanceOptions& options,
                      layout::Canvas& canvas, Diagnostics& diags) {
  check_glyphs(event, tools.fonts(), diags);
  if (diags.has_errors()) throw Failure(ExitCode::bad_input);
  if (event.guests.empty() && event.attendees.empty()) {
    diags.warning(SourceLoc{event.source_file, 0, 0},
                  "the event lists no guests and no attendees; the list is a blank sign-in sheet");
  }
  return render_document(tools, "attendance/document", compose::attendance_data(event, options),
                         compose::attendance_meta(event), canvas, diags);
}

int write_attendance(const Toolbox& tools, const model::Event& event, const compose::AttendanceOptions& options,
                     const std::string& output_path, Diagnostics& diags) {
  pdf::PdfCanvas canvas(output_path, tools.fonts());
  return render_attendance(tools, event, options, canvas, diags);
}

namespace {

void require_guests(const model::Event& event, const std::vector<const model::Guest*>& guests) {
  if (guests.empty()) {
    throw Failure(ExitCode::bad_input, SourceLoc{event.source_file, 0, 0},
                  "the event has no <guest>; invitations are written to guests, so add them under <guests>");
  }
}

}  // namespace

int render_invitations(const Toolbox& tools, const model::Event& event, const std::vector<const model::Guest*>& guests,
                       layout::Canvas& canvas, Diagnostics& diags) {
  require_guests(event, guests);
  check_glyphs(event, tools.fonts(), diags);
  if (diags.has_errors()) throw Failure(ExitCode::bad_input);
  const int pages = render_document(tools, "invitations/document", compose::invitations_data(event, guests),
                                    compose::invitations_meta(event), canvas, diags);
  if (pages != static_cast<int>(guests.size())) {
    diags.warning(SourceLoc{event.source_file, 0, 0},
                  std::to_string(guests.size()) + " letters took " + std::to_string(pages) +
                      " pages: a letter runs over its page; shorten the guest's title or the place");
  }
  return pages;
}

int write_invitations(const Toolbox& tools, const model::Event& event, const std::vector<const model::Guest*>& guests,
                      const std::string& output_path, Diagnostics& diags) {
  require_guests(event, guests);
  pdf::PdfCanvas canvas(output_path, tools.fonts());
  return render_invitations(tools, event, guests, canvas, diags);
}

}  // namespace thidua::cli
