// The fonts and templates every document needs, loaded once per process and shared by all threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "layout/fonts.h"
#include "tmpl/template_set.h"

namespace thidua::documents {

// What every document job needs. Read-only once built, so any number of threads may render
// from one Toolbox at once (the CLI makes one per run, `build` one per archive, the web
// server one per process).
class Toolbox {
 public:
  // Loads the fonts and the templates of `template_folders` (all when empty; see
  // tmpl::TemplateSet::load). Empty directory names mean the defaults. Template errors are
  // Failure(bad_input) listing every one; a missing folder or font, Failure(io_or_internal).
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

}  // namespace thidua::documents
