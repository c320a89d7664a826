// Fuzz target: the web app in office mode (`thidua serve --office`): sign-in, sessions, the
// CSRF check, roles and folders, history and restore. The input is the raw bytes of one HTTP
// request, parsed by Beast, then answered by serve::App on a data folder of two blocs and three
// accounts (an administrator, an editor and a reader of khoi-a). Three accounts are signed in
// before the first input; in the input, @@A, @@E and @@R stand for their session cookies and
// @@a, @@e and @@r for their CSRF codes, so that mutations reach what lies behind the gate.
// Besides the checks of every response (serve_support.h), a request that does not carry the
// right credentials for what it did must change nothing in the folder.
#include "fuzz_support.h"
#include "serve_support.h"

#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "office/accounts.h"
#include "serve/app.h"
#include "serve/gate.h"
#include "serve/http_server.h"

namespace {

namespace fs = std::filesystem;
using thidua::serve::HttpRequest;
using thidua::serve::HttpResponse;

constexpr const char* host = "127.0.0.1:8080";
constexpr const char* password = "mat-khau-thu-nghiem";

// One signed-in account: its session cookie's value and its CSRF code.
struct SignedIn {
  std::string session;
  std::string csrf;
};

// The data folder: .thidua/accounts.json, khoi-a/ and khoi-b/ with the sample event each.
const thidua::fuzz::ServedFolder& data_folder() {
  static const thidua::fuzz::ServedFolder folder = [] {
    const fs::path root = fs::path(thidua::fuzz::scratch_dir()) / "office";
    thidua::fuzz::ServedFolder made(root);
    made.add_sample_event("khoi-a");
    made.add_sample_event("khoi-b");
    // Hashed once with the real (interactive) limits, so a sign-in does not rehash and rewrite the file.
    const std::string hash = thidua::office::hash_password(password);
    using thidua::office::Role;
    thidua::office::AccountStore(root.string())
        .store({{"lan", Role::editor, {"khoi-a"}, hash}, {"minh", Role::reader, {"khoi-a"}, hash}, {"quantri", Role::admin, {}, hash}});
    made.add(fs::path(thidua::office::service_folder) / "accounts.json",
             thidua::fuzz::read_file(root / thidua::office::service_folder / "accounts.json"));
    return made;
  }();
  return folder;
}

// The app, its three signed-in accounts, and a way to start afresh after a sign-out ended one.
struct Office {
  std::unique_ptr<thidua::serve::App> app;
  SignedIn admin, editor, reader;

  Office() { start(); }

  void start() {
    app.reset();  // the old app's build thread ends first
    thidua::serve::OfficeSettings settings;
    settings.data_folder = data_folder().root().string();
    settings.public_url = "https://thidua.example.vn/";
    settings.proxy = "127.0.0.1";  // so that X-Forwarded-* headers are believed, and fuzzed
    settings.idle = std::chrono::hours(24 * 365);
    app = std::make_unique<thidua::serve::App>(thidua::serve::Folder(settings.data_folder),
                                               thidua::serve::Gate(settings, {host}), thidua::fuzz::fuzz_document_service());
    admin = sign_in("quantri");
    editor = sign_in("lan");
    reader = sign_in("minh");
  }

  SignedIn sign_in(const std::string& user) {
    HttpRequest login;
    login.method = "POST";
    login.target = "/api/login";
    login.remote = "127.0.0.1";
    login.headers = {{"host", host}, {"content-type", "application/json"}};
    login.body = nlohmann::json{{"user", user}, {"password", password}}.dump();
    const HttpResponse response = app->handle(login);
    SignedIn made;
    for (const auto& [name, value] : response.headers) {
      const std::string prefix = std::string(thidua::serve::Gate::session_cookie_name) + "=";
      if (name == "Set-Cookie" && value.rfind(prefix, 0) == 0) made.session = value.substr(prefix.size(), value.find(';') - prefix.size());
    }
    if (response.status != 200 || made.session.empty()) std::abort();  // the set-up itself failed
    made.csrf = nlohmann::json::parse(response.body).at("csrf").get<std::string>();
    return made;
  }

  // The input with its stand-ins replaced by the signed-in accounts' cookies and codes.
  std::string expand(std::string_view input) const {
    std::string out;
    out.reserve(input.size() + 128);
    for (std::size_t i = 0; i < input.size(); ++i) {
      if (input.compare(i, 2, "@@") == 0 && i + 2 < input.size()) {
        const std::string* value = nullptr;
        switch (input[i + 2]) {
          case 'A': value = &admin.session; break;
          case 'E': value = &editor.session; break;
          case 'R': value = &reader.session; break;
          case 'a': value = &admin.csrf; break;
          case 'e': value = &editor.csrf; break;
          case 'r': value = &reader.csrf; break;
          default: break;
        }
        if (value != nullptr) {
          out += *value;
          i += 2;
          continue;
        }
      }
      out += input[i];
    }
    return out;
  }
};

// What the folder holds that a request may change: every file except the audit log.
std::map<fs::path, std::string> snapshot(const fs::path& root) {
  std::map<fs::path, std::string> files;
  std::error_code ignored;
  for (auto it = fs::recursive_directory_iterator(root, ignored); it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_regular_file(ignored) && it->path().filename() != "audit.log") files[it->path()] = thidua::fuzz::read_file(it->path());
  }
  return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Office office;
  const std::string input = office.expand(thidua::fuzz::as_text(data, size));
  thidua::serve::HttpLimits limits;
  const std::optional<HttpRequest> request = thidua::serve::parse_request(input, limits, "127.0.0.1");
  if (!request) return 0;
  const fs::path root = data_folder().root();
  const std::map<fs::path, std::string> before = snapshot(root);
  const HttpResponse response = office.app->handle(*request);
  thidua::fuzz::check_response(*request, response);
  // A refused request, or one by the reader, must leave every file as it was.
  const std::string cookie = request->header("cookie");
  const bool as_reader = cookie.find(office.reader.session) != std::string::npos &&
                         cookie.find(office.editor.session) == std::string::npos &&
                         cookie.find(office.admin.session) == std::string::npos;
  if ((response.status == 401 || response.status == 403 || as_reader) && snapshot(root) != before) std::abort();
  if (request->method == "POST" && request->path() == "/api/build") {
    thidua::fuzz::wait_for_build(*office.app, {{"host", host}, {"cookie", std::string(thidua::serve::Gate::session_cookie_name) + "=" + office.admin.session}});
  }
  if (request->path() == "/api/logout") office.start();  // a session may have ended: sign in again
  data_folder().restore();
  return 0;
}
