// The web app's files (web/ in the repository), embedded in the binary at build time.
#pragma once

#include <string_view>

namespace thidua::serve {

// One embedded file.
struct WebAsset {
  std::string_view path;          // "index.html", "vendor/pdf.min.mjs" (relative to web/)
  std::string_view content_type;  // from the file's extension
  std::string_view bytes;
};

// The file at `path` (relative to web/), or nullptr. Defined in the source file CMake generates.
const WebAsset* find_web_asset(std::string_view path);

}  // namespace thidua::serve
