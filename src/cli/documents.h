// The documents an event produces, as archive writers, shared by `build` and the single-document commands.
#pragma once

#include <string>
#include <vector>

#include "archive/builder.h"
#include "html/site.h"

namespace thidua::cli {

// Settings every document writer needs.
struct DocumentSettings {
  std::string templates_dir;  // empty: the default templates
  std::string fonts_dir;      // empty: the default fonts
  html::SiteOptions site;     // how the news site is published
};

// The writers `thidua build` runs for every event, in a fixed order.
std::vector<archive::DocumentWriter> document_writers(const DocumentSettings& settings);
// The writer of the news site for `thidua build`.
archive::SiteWriter site_writer(const DocumentSettings& settings);

}  // namespace thidua::cli
