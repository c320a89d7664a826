// The web app's files (web/ in the repository) and the list of their messages, embedded at build time.
#pragma once

#include <span>
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

// A message of the pages (web/*.js t() and tn(), web/*.html {{text}}), as po/extract-web.sh finds it.
struct WebMessage {
  const char* msgid;
  const char* plural;  // the msgid_plural of a message with a count, or nullptr
};

// Every message of the pages; the server translates them into the catalogue the pages load.
std::span<const WebMessage> web_messages();

}  // namespace thidua::serve
