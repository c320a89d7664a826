// The fonts and templates every document needs, loaded once per process and shared by all threads.
#include "documents/toolbox.h"
#include "i18n/i18n.h"

namespace thidua::documents {

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
    for (const Diagnostic& d : failure.diagnostics()) lines += "\n  " + d.format();  // a file refused whole
    throw Failure(ExitCode::bad_input, SourceLoc{}, tr("the templates in %1$s have errors:%2$s", directory, lines));
  }
}

}  // namespace

Toolbox::Toolbox(const std::string& templates_dir, const std::string& fonts_dir,
                 const std::vector<std::string>& template_folders)
    : fonts_(layout::FontSet::load(fonts_dir.empty() ? layout::FontSet::default_directory() : fonts_dir)),
      templates_(load_templates(templates_dir.empty() ? tmpl::TemplateSet::default_directory() : templates_dir,
                                template_folders)) {}

}  // namespace thidua::documents
