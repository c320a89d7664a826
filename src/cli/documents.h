// The documents an event produces, as archive writers, shared by `build` and the single-document commands.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "archive/builder.h"
#include "html/site.h"

namespace thidua::cli {

class Toolbox;

// The writers `thidua build` runs for every event, in a fixed order.
std::vector<archive::DocumentWriter> document_writers(std::shared_ptr<const Toolbox> tools);
// The writer of the news site for `thidua build`.
archive::SiteWriter site_writer(std::shared_ptr<const Toolbox> tools, const html::SiteOptions& options);

}  // namespace thidua::cli
