// Fuzz target: the web app of `thidua serve`. The input is the raw bytes of one HTTP request,
// parsed by Beast as a connection does, then answered by serve::App (the gate, the pages, the
// JSON API, the real document pipeline) on a scratch folder holding one sample event, which
// is put back as it was after every request. The response must be well-formed: no line break
// in a header, JSON from the API, no redirect off the site.
#include "fuzz_support.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/document_service.h"
#include "serve/app.h"
#include "serve/folder.h"
#include "serve/gate.h"
#include "serve/http_server.h"

namespace {

namespace fs = std::filesystem;

// The token and host the seed requests carry.
constexpr const char* token = "0123456789abcdef0123456789abcdef";
constexpr const char* host = "127.0.0.1:8080";

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The served folder as it must be before each request: the file names and their bytes.
struct Served {
  fs::path root;
  std::map<fs::path, std::string> files;

  Served() {
    root = fs::path(thidua::fuzz::scratch_dir()) / "serve";
    const fs::path samples = fs::path(thidua::fuzz::source_dir()) / "samples";
    files[root / "su-kien.xml"] = read_all(samples / "2020-soc-trang-cum-3.xml");
    files[root / "2020-soc-trang-cum-3-attendees.csv"] = read_all(samples / "2020-soc-trang-cum-3-attendees.csv");
    files[root / "photos" / "2020-soc-trang-ky-ket.png"] = read_all(samples / "photos" / "2020-soc-trang-ky-ket.png");
    files[root / "photos" / "logo-cong-doan.png"] = read_all(samples / "photos" / "logo-cong-doan.png");
    restore();
  }

  // Removes what a request added (a saved event, an upload, the archive) and rewrites what it changed.
  void restore() const {
    std::error_code ignored;
    std::vector<fs::path> extra;
    for (auto it = fs::recursive_directory_iterator(root, ignored); it != fs::recursive_directory_iterator(); ++it) {
      const fs::path path = it->path();
      if (files.count(path) == 0 && path != root / "photos") extra.push_back(path);
    }
    for (const fs::path& path : extra) fs::remove_all(path, ignored);
    fs::create_directories(root / "photos", ignored);
    for (const auto& [path, bytes] : files) {
      if (read_all(path) != bytes) std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    }
  }
};

void check_response(const thidua::serve::HttpRequest& request, const thidua::serve::HttpResponse& response) {
  if (response.status < 100 || response.status > 599) std::abort();
  const auto breaks_line = [](const std::string& text) { return text.find_first_of("\r\n") != std::string::npos; };
  if (breaks_line(response.content_type)) std::abort();
  for (const auto& [name, value] : response.headers) {
    if (breaks_line(name) || breaks_line(value)) std::abort();  // response splitting
    if (name == "Location" && (value.empty() || value[0] != '/' || value.rfind("//", 0) == 0 || value.rfind("/\\", 0) == 0)) {
      std::abort();  // a redirect that leaves the site
    }
  }
  if (request.path().rfind("/api/", 0) == 0 && response.content_type.rfind("application/json", 0) == 0 &&
      !nlohmann::json::accept(response.body)) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Served served;
  static thidua::serve::App app(thidua::serve::Folder(served.root.string()), thidua::serve::Gate(token, {host}),
                                thidua::cli::document_service(std::make_shared<const thidua::documents::Toolbox>(thidua::fuzz::source_dir() + "/templates", "")));
  thidua::serve::HttpLimits limits;
  const std::optional<thidua::serve::HttpRequest> request =
      thidua::serve::parse_request(thidua::fuzz::as_text(data, size), limits, "127.0.0.1");
  if (!request) return 0;
  const thidua::serve::HttpResponse response = app.handle(*request);
  check_response(*request, response);
  if (request->method == "POST" && request->path() == "/api/build") {
    // The build runs on the app's own thread: wait for it (bounded) before the folder is restored.
    thidua::serve::HttpRequest status;
    status.method = "GET";
    status.target = "/api/build";
    status.headers = {{"host", host}, {"cookie", std::string("thidua_token=") + token}};
    for (int i = 0; i < 600; ++i) {
      const thidua::serve::HttpResponse state = app.handle(status);
      if (state.body.find("\"running\"") == std::string::npos) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  served.restore();
  return 0;
}
