// The served folder, the response checks and the build wait shared by the serve and office fuzz targets.
#include "serve_support.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <system_error>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli/document_service.h"
#include "fuzz_support.h"

namespace thidua::fuzz {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ServedFolder::ServedFolder(fs::path root) : root_(std::move(root)) {
  std::error_code ignored;
  fs::remove_all(root_, ignored);
  fs::create_directories(root_);
}

void ServedFolder::add(const fs::path& relative, const std::string& bytes) {
  files_[root_ / relative] = bytes;
  restore();
}

void ServedFolder::add_sample_event(const fs::path& relative) {
  const fs::path samples = fs::path(source_dir()) / "samples";
  files_[root_ / relative / "su-kien.xml"] = read_file(samples / "2020-soc-trang-cum-3.xml");
  files_[root_ / relative / "2020-soc-trang-cum-3-attendees.csv"] = read_file(samples / "2020-soc-trang-cum-3-attendees.csv");
  for (const char* photo : {"2020-soc-trang-ky-ket.png", "logo-cong-doan.png"}) {
    files_[root_ / relative / "photos" / photo] = read_file(samples / "photos" / photo);
  }
  restore();
}

void ServedFolder::restore() const {
  std::set<fs::path> folders{root_};
  for (const auto& [path, bytes] : files_) {
    for (fs::path parent = path.parent_path(); parent != root_ && parent.has_relative_path(); parent = parent.parent_path()) {
      folders.insert(parent);
    }
  }
  std::error_code ignored;
  std::vector<fs::path> extra;
  for (auto it = fs::recursive_directory_iterator(root_, ignored); it != fs::recursive_directory_iterator(); ++it) {
    const fs::path path = it->path();
    if (files_.count(path) == 0 && folders.count(path) == 0) {
      extra.push_back(path);
      if (it->is_directory(ignored)) it.disable_recursion_pending();
    }
  }
  for (const fs::path& path : extra) fs::remove_all(path, ignored);
  for (const fs::path& folder : folders) fs::create_directories(folder, ignored);
  for (const auto& [path, bytes] : files_) {
    if (read_file(path) != bytes) std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  }
}

serve::DocumentService fuzz_document_service() {
  return cli::document_service(std::make_shared<const documents::Toolbox>(source_dir() + "/templates", ""));
}

void check_response(const serve::HttpRequest& request, const serve::HttpResponse& response) {
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

void wait_for_build(serve::App& app, const std::vector<std::pair<std::string, std::string>>& headers) {
  serve::HttpRequest status;
  status.method = "GET";
  status.target = "/api/build";
  status.headers = headers;
  status.remote = "127.0.0.1";
  for (int i = 0; i < 600; ++i) {
    const serve::HttpResponse state = app.handle(status);
    if (state.body.find("\"running\"") == std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace thidua::fuzz
