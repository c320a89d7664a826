// Shared by the web app's fuzz targets (serve, office): a served folder put back after every
// request, the checks every response must pass, and the wait for a build to finish.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "serve/app.h"
#include "serve/http_server.h"

namespace thidua::fuzz {

// The bytes of `path` ("" when it cannot be read).
std::string read_file(const std::filesystem::path& path);

// A folder whose files are put back as they were after each request: what a request added (a
// saved event, an upload, a history copy, the archive) is removed, what it changed rewritten.
class ServedFolder {
 public:
  // An empty folder `root` (made afresh).
  explicit ServedFolder(std::filesystem::path root);
  // Adds `relative` with `bytes` (its folders are made).
  void add(const std::filesystem::path& relative, const std::string& bytes);
  // Adds the Sóc Trăng sample (event, attendee list, photo, logo) as folder `relative`/su-kien.xml.
  void add_sample_event(const std::filesystem::path& relative);
  // Makes the folder hold exactly the files added (and their folders) again.
  void restore() const;
  // The folder.
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
  std::map<std::filesystem::path, std::string> files_;
};

// The document pipeline the server calls, with the source tree's templates.
serve::DocumentService fuzz_document_service();

// Aborts when `response` is malformed: a status out of range, a line break in a header (response
// splitting), a redirect that leaves the site, or an API answer announced as JSON that is not.
void check_response(const serve::HttpRequest& request, const serve::HttpResponse& response);

// After a POST /api/build: waits (bounded, 30 s) until the build that `app` runs on its own
// thread is over, asking with `headers` (which carry the host and the credentials).
void wait_for_build(serve::App& app, const std::vector<std::pair<std::string, std::string>>& headers);

}  // namespace thidua::fuzz
