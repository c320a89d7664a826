// Fuzz target: reading WordPress's answers. `thidua publish` connects to a site and publishes a
// sample event (photos, tags, category, post) through publish::WordPressSite and Publisher,
// whose HTTP client here answers from the input instead of the network: answers separated by
// lines "--answer--", each "STATUS CONTENT-TYPE" on its first line and the body after it.
// Requests beyond the input get the answer a healthy WordPress gives, so short inputs still
// reach the end. THIDUA_FUZZ_RECORD=FILE writes the answers a run gave, in the input's form
// (how the seed corpus was made).
#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "documents/toolbox.h"
#include "load/load_event.h"
#include "publish/http.h"
#include "publish/publisher.h"
#include "publish/wordpress.h"

namespace {

namespace fs = std::filesystem;
using thidua::publish::HttpRequest;
using thidua::publish::HttpResponse;

constexpr std::string_view separator = "\n--answer--\n";

// The answer of a healthy WordPress to `request` (the n-th request).
HttpResponse healthy_answer(const HttpRequest& request, int n) {
  HttpResponse response;
  response.status = 200;
  response.content_type = "application/json; charset=UTF-8";
  const std::string& url = request.url;
  const std::string route = url.substr(url.find("wp/v2/") == std::string::npos ? url.size() : url.find("wp/v2/") + 6);
  const std::string id = std::to_string(100 + n);
  const bool post = request.method == "POST";
  if (url.find("wp/v2/") == std::string::npos) {
    response.body = R"({"name":"Công đoàn","namespaces":["oembed/1.0","wp/v2"],"authentication":{"application-passwords":{}}})";
  } else if (route.rfind("users/me", 0) == 0) {
    response.body = R"({"id":1,"name":"bientap","capabilities":{"upload_files":true,"edit_posts":true,"publish_posts":true}})";
  } else if (route.rfind("media/", 0) == 0) {
    const std::string media = route.substr(6, route.find_first_of("?&") - 6);
    response.body = post ? R"({"id":)" + media + "}" : R"({"id":)" + media + R"(,"caption":{"raw":""},"alt_text":""})";
  } else if (route.rfind("media", 0) == 0) {
    response.status = post ? 201 : 200;
    response.body = post ? R"({"id":)" + id + R"(,"source_url":"https://congdoan.example.vn/wp-content/uploads/anh-)" + id +
                               R"(.png","media_details":{"width":640,"height":480}})"
                         : "[]";
  } else if (route.rfind("tags", 0) == 0 || route.rfind("categories", 0) == 0) {
    response.status = post ? 201 : 200;
    response.body = post ? R"({"id":)" + id + "}" : "[]";
  } else if (route.rfind("posts", 0) == 0) {
    response.status = post && route.rfind("posts/", 0) != 0 ? 201 : 200;
    response.body = post ? R"({"id":300,"status":"draft","link":"https://congdoan.example.vn/?p=300"})" : "[]";
  } else {
    response.status = 404;
    response.body = R"({"code":"rest_no_route","message":"No route was found matching the URL and request method."})";
  }
  return response;
}

// Answers from the fuzz input, then as a healthy WordPress does.
class ScriptedClient : public thidua::publish::HttpClient {
 public:
  explicit ScriptedClient(std::string_view script) : HttpClient(thidua::publish::HttpOptions{}) {
    while (!script.empty()) {
      const std::size_t end = script.find(separator);
      answers_.push_back(parse(script.substr(0, end)));
      if (end == std::string_view::npos) break;
      script.remove_prefix(end + separator.size());
    }
  }

  HttpResponse send(const HttpRequest& request) override {
    const std::size_t n = sent_++;
    if (n > 200) std::abort();  // publishing one event never needs this many requests: a loop
    HttpResponse response = n < answers_.size() ? answers_[n] : healthy_answer(request, static_cast<int>(n));
    given_.push_back(response);
    return response;
  }

  // The answers given, in the input's form.
  std::string script() const {
    std::string out;
    for (const HttpResponse& response : given_) {
      if (!out.empty()) out += separator;
      out += std::to_string(response.status) + " " + response.content_type + "\n" + response.body;
    }
    return out;
  }

 private:
  static HttpResponse parse(std::string_view text) {
    HttpResponse response;
    const std::size_t line_end = text.find('\n');
    const std::string_view first = text.substr(0, line_end);
    response.body = line_end == std::string_view::npos ? "" : std::string(text.substr(line_end + 1));
    const std::size_t space = first.find(' ');
    long status = 0;
    for (const char c : first.substr(0, space)) {
      if (c < '0' || c > '9' || status > 999) break;
      status = status * 10 + (c - '0');
    }
    response.status = status;
    if (space != std::string_view::npos) response.content_type = std::string(first.substr(space + 1));
    return response;
  }

  std::vector<HttpResponse> answers_;
  std::vector<HttpResponse> given_;
  std::size_t sent_ = 0;
};

// The sample event with photos, tags and a logo, loaded once from a copy in the scratch folder.
const thidua::model::Event& sample_event() {
  static const thidua::model::Event event = [] {
    const fs::path samples = fs::path(thidua::fuzz::source_dir()) / "samples";
    const fs::path dir = fs::path(thidua::fuzz::scratch_dir()) / "publish";
    fs::create_directories(dir / "photos");
    for (const char* name : {"2020-soc-trang-cum-3.xml", "2020-soc-trang-cum-3-attendees.csv",
                             "photos/2020-soc-trang-ky-ket.png", "photos/logo-cong-doan.png"}) {
      fs::copy_file(samples / name, dir / name, fs::copy_options::overwrite_existing);
    }
    thidua::Diagnostics diags;
    std::optional<thidua::model::Event> loaded = thidua::load::load_event((dir / "2020-soc-trang-cum-3.xml").string(), diags);
    if (!loaded) std::abort();
    return std::move(*loaded);
  }();
  return event;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const thidua::documents::Toolbox tools(thidua::fuzz::source_dir() + "/templates", "", {"article"});
  const thidua::model::Event& event = sample_event();
  // The post's id recorded by an earlier run is forgotten: every run starts from the same state.
  std::error_code ignored;
  fs::remove(thidua::publish::state_file_of(event), ignored);

  ScriptedClient http(thidua::fuzz::as_text(data, size));
  thidua::publish::WordPressSite site(http, "https://congdoan.example.vn/", "bientap");
  thidua::Diagnostics diags;
  try {
    site.connect();
    thidua::publish::Publisher publisher(site, tools.templates(), thidua::publish::PublishOptions{});
    (void)publisher.publish(event, diags);
  } catch (const thidua::publish::SiteError& error) {
    (void)error.what();
  } catch (const thidua::Failure&) {
  }
  for (const auto& d : diags.all()) (void)d.format();
  if (const char* record = std::getenv("THIDUA_FUZZ_RECORD")) std::ofstream(record, std::ios::binary) << http.script();
  return 0;
}
