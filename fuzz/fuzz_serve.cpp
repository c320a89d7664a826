// Fuzz target: the web app of `thidua serve`. The input is the raw bytes of one HTTP request,
// parsed by Beast as a connection does, then answered by serve::App (the gate, the pages, the
// JSON API, the real document pipeline) on a scratch folder holding one sample event, which
// is put back as it was after every request. The response must be well-formed: no line break
// in a header, JSON from the API, no redirect off the site.
#include "fuzz_support.h"
#include "serve_support.h"

#include "serve/app.h"
#include "serve/gate.h"
#include "serve/http_server.h"

namespace {

// The token and host the seed requests carry.
constexpr const char* token = "0123456789abcdef0123456789abcdef";
constexpr const char* host = "127.0.0.1:8080";

// The served folder: one sample event as su-kien.xml, beside its list and photos.
const thidua::fuzz::ServedFolder& served() {
  static const thidua::fuzz::ServedFolder folder = [] {
    thidua::fuzz::ServedFolder made(std::filesystem::path(thidua::fuzz::scratch_dir()) / "serve");
    made.add_sample_event("");
    return made;
  }();
  return folder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static thidua::serve::App app(thidua::serve::Folder(served().root().string()), thidua::serve::Gate(token, {host}),
                                thidua::fuzz::fuzz_document_service());
  thidua::serve::HttpLimits limits;
  const std::optional<thidua::serve::HttpRequest> request =
      thidua::serve::parse_request(thidua::fuzz::as_text(data, size), limits, "127.0.0.1");
  if (!request) return 0;
  const thidua::serve::HttpResponse response = app.handle(*request);
  thidua::fuzz::check_response(*request, response);
  if (request->method == "POST" && request->path() == "/api/build") {
    thidua::fuzz::wait_for_build(app, {{"host", host}, {"cookie", std::string("thidua_token=") + token}});
  }
  served().restore();
  return 0;
}
