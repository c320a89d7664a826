// The documents an event produces, as archive writers, shared by `build` and the single-document commands.
#include "cli/documents.h"

namespace thidua::cli {

std::vector<archive::DocumentWriter> document_writers(const DocumentSettings&) {
  std::vector<archive::DocumentWriter> writers;
  return writers;
}

archive::SiteWriter site_writer(const DocumentSettings&) { return nullptr; }

}  // namespace thidua::cli
