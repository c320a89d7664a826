// The document pipeline: compose → templates → layout → PDF, shared by the commands and `build`.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compose/attendance.h"
#include "compose/document_data.h"
#include "diag/diagnostic.h"
#include "layout/canvas.h"
#include "layout/fonts.h"
#include "model/event.h"
#include "tmpl/template_set.h"

namespace thidua::cli {

// What every document job needs, loaded once per process and shared by all threads.
class Toolbox {
 public:
  // Loads the fonts and the templates of `template_folders` (all when empty; see
  // tmpl::TemplateSet::load). Empty directory names mean the defaults.
  Toolbox(const std::string& templates_dir, const std::string& fonts_dir,
          const std::vector<std::string>& template_folders = {});
  // The fonts, shared and read-only.
  const layout::FontSet& fonts() const { return *fonts_; }
  // The templates (read-only once loaded, so threads may render from them at once).
  const tmpl::TemplateSet& templates() const { return *templates_; }

 private:
  std::shared_ptr<const layout::FontSet> fonts_;
  std::unique_ptr<const tmpl::TemplateSet> templates_;
};

// Checks that the fonts have every character of every input field; errors at the field.
void check_glyphs(const model::Event& event, const layout::FontSet& fonts, Diagnostics& diags);

// Renders `template_name` with `data` into markup (freeing `data` then), lays it out and
// paints it on `canvas`.
// Returns the page count; throws Failure after reporting to `diags`.
int render_document(const Toolbox& tools, const std::string& template_name, compose::Data data,
                    const compose::DocumentMeta& meta, layout::Canvas& canvas, Diagnostics& diags);
// The same, written as a PDF file (atomically).
int write_pdf(const Toolbox& tools, const std::string& template_name, compose::Data data,
              const compose::DocumentMeta& meta, const std::string& output_path, Diagnostics& diags);

// Paints the agreement of an event that has an <agreement>; returns the page count.
int render_agreement(const Toolbox& tools, const model::Event& event, layout::Canvas& canvas, Diagnostics& diags);
// The agreement PDF of an event that has an <agreement>.
int write_agreement(const Toolbox& tools, const model::Event& event, const std::string& output_path,
                    Diagnostics& diags);

// Paints the attendance list; an event that lists nobody gets a blank sign-in sheet and a warning.
int render_attendance(const Toolbox& tools, const model::Event& event, const compose::AttendanceOptions& options,
                      layout::Canvas& canvas, Diagnostics& diags);
// The attendance list PDF.
int write_attendance(const Toolbox& tools, const model::Event& event, const compose::AttendanceOptions& options,
                     const std::string& output_path, Diagnostics& diags);

// Paints one invitation letter per guest of `guests` (compose::invited_guests), one page each;
// no guests is a bad-input error, a letter that runs over its page a warning.
int render_invitations(const Toolbox& tools, const model::Event& event, const std::vector<const model::Guest*>& guests,
                       layout::Canvas& canvas, Diagnostics& diags);
// The invitation letters as one PDF.
int write_invitations(const Toolbox& tools, const model::Event& event, const std::vector<const model::Guest*>& guests,
                      const std::string& output_path, Diagnostics& diags);

}  // namespace thidua::cli
