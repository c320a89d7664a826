// Unit tests of office mode: the configuration file, accounts and hashes, history, sessions, sign-in limits, roles.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "office/accounts.h"
#include "office/config.h"
#include "office/history.h"
#include "serve/app.h"
#include "serve/gate.h"
#include "serve/sessions.h"
#include "support.h"

namespace fs = std::filesystem;
using namespace thidua;
using nlohmann::json;

namespace {

using thidua::testing::http_request;

using thidua::testing::scratch_dir;

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string set_cookie(const serve::HttpResponse& response) {
  for (const auto& [name, value] : response.headers) {
    if (name == "Set-Cookie") return value;
  }
  return {};
}

}  // namespace

TEST_CASE("thidua.conf is read with every mistake located", "[office]") {
  const fs::path dir = scratch_dir("config");
  write(dir / "ok.conf", "# comment\nlisten = 0.0.0.0:9000\ndata = /srv/thidua\npublic-url = https://thidua.example.vn/\n"
                         "proxy = 127.0.0.1\noffice = yes\nsession-minutes = 30\n");
  Diagnostics diags;
  const office::Config config = office::read_config((dir / "ok.conf").string(), diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(config.host == "0.0.0.0");
  CHECK(config.port == 9000);
  CHECK(config.data == "/srv/thidua");
  CHECK(config.public_url == "https://thidua.example.vn/");
  CHECK(config.proxy == "127.0.0.1");
  CHECK(config.session_minutes == 30);

  write(dir / "bad.conf", "listen = 8080\ncolour = red\ndata = relative\noffice = maybe\nlisten = [::1]:80\n");
  Diagnostics bad;
  office::read_config((dir / "bad.conf").string(), bad);
  REQUIRE(bad.all().size() == 5);
  CHECK(bad.all()[0].format().find("bad.conf:1:10: error:") != std::string::npos);
  CHECK(bad.all()[1].where.line == 2);
  CHECK(bad.all()[4].message.find("twice") != std::string::npos);

  std::string host;
  unsigned short port = 0;
  CHECK(office::parse_listen("[::1]:8080", host, port));
  CHECK(host == "::1");
  CHECK_FALSE(office::parse_listen("::1:8080", host, port));
  CHECK(office::url_origin("https://Thidua.Example.vn:443/x") == "https://thidua.example.vn");
  CHECK(office::url_origin("ftp://x") == "");
}

TEST_CASE("accounts are kept as Argon2id hashes in a 0600 file", "[office]") {
  const fs::path dir = scratch_dir("accounts");
  const office::AccountStore store(dir.string());
  CHECK(store.load().empty());
  office::Account lan{"lan", office::Role::editor, {"khoi-1"}, office::hash_password("mat-khau-dai")};
  CHECK(lan.hash.rfind("$argon2id$", 0) == 0);
  CHECK(lan.hash.find("mat-khau-dai") == std::string::npos);
  CHECK(office::verify_password(lan.hash, "mat-khau-dai"));
  CHECK_FALSE(office::verify_password(lan.hash, "mat-khau-dai!"));
  CHECK_FALSE(office::verify_password("not a hash", "x"));
  CHECK_FALSE(office::needs_rehash(lan.hash));
  store.store({lan});
  struct stat st{};
  REQUIRE(::stat(store.path().c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  const std::vector<office::Account> back = store.load();
  REQUIRE(back.size() == 1);
  CHECK(back[0].folders == std::vector<std::string>{"khoi-1"});
  write(store.path(), "{\"accounts\": [{\"name\": \"x\"}]}");
  CHECK_THROWS_AS(store.load(), Failure);
  CHECK(office::valid_account_name("nguyen.lan_2"));
  CHECK_FALSE(office::valid_account_name("Lan"));
  CHECK_FALSE(office::valid_account_name("_"));
  CHECK_FALSE(office::valid_folder_name(".thidua"));
  CHECK_FALSE(office::valid_folder_name("a/b"));
}

TEST_CASE("every save is kept in the history with who and when", "[office]") {
  const fs::path dir = scratch_dir("history");
  const fs::path event = dir / "khoi-1" / "a.xml";
  write(event, "<event>1</event>\n");
  office::keep_original(event);
  office::keep_original(event);  // once only
  const std::string id = office::keep_version(event, "lan", std::time(nullptr) + 3600, "<event>2</event>\n");
  const std::string same_moment = office::keep_version(event, "lan", std::time(nullptr) + 3600, "<event>3</event>\n");
  CHECK(id != same_moment);
  const std::vector<office::Version> versions = office::list_versions(event);
  REQUIRE(versions.size() == 3);
  CHECK(versions.back().user.empty());
  CHECK(office::read_version(event, versions.back().id) == "<event>1</event>\n");
  CHECK(office::read_version(event, id) == "<event>2</event>\n");
  CHECK_FALSE(office::read_version(event, "../../a").has_value());
  CHECK(versions.front().when.size() == 20);

  office::AuditLog audit(dir);
  audit.record("lan", "127.0.0.1", "save", "khoi-1/a.xml", "ok");
  audit.record("hoa", "127.0.0.1", "login", "", "wrong");
  std::ifstream in(audit.path());
  std::string first, second;
  std::getline(in, first);
  std::getline(in, second);
  CHECK(json::parse(first)["action"] == "save");
  CHECK(json::parse(second)["result"] == "wrong");
}

TEST_CASE("sessions expire when idle and the tables stay bounded", "[office]") {
  serve::SessionTable sessions(std::chrono::seconds(3600), 3);
  const std::string a = sessions.open("a", "h");
  sessions.open("b", "h");
  sessions.open("c", "h");
  sessions.open("d", "h");
  CHECK(sessions.size() == 3);
  CHECK_FALSE(sessions.touch(a).has_value());  // the oldest made room
  serve::SessionTable short_lived(std::chrono::seconds(0));
  const std::string s = short_lived.open("a", "h");
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  CHECK_FALSE(short_lived.touch(s).has_value());

  serve::LoginLimiter limiter(5, 20, 8);
  for (int i = 0; i < 4; ++i) limiter.failed("lan", "10.0.0.1");
  CHECK(limiter.wait_seconds("lan", "10.0.0.1") == 0);
  limiter.failed("lan", "10.0.0.1");
  CHECK(limiter.wait_seconds("lan", "10.0.0.2") >= 30);  // the account waits, from anywhere
  CHECK(limiter.wait_seconds("hoa", "10.0.0.9") == 0);
  for (int i = 0; i < 100; ++i) limiter.failed("u" + std::to_string(i), "10.1.0." + std::to_string(i));
  CHECK(limiter.wait_seconds("hoa", "10.0.0.9") == 0);
}

TEST_CASE("office mode: sign-in, CSRF, roles and folders checked on the server", "[office]") {
  const fs::path dir = scratch_dir("gate");
  write(dir / "khoi-1" / "a.xml", "<event/>\n");
  write(dir / "khoi-2" / "b.xml", "<event/>\n");
  const office::AccountStore store(dir.string());
  store.store({{"lan", office::Role::editor, {"khoi-1"}, office::hash_password("mat-khau-1")},
               {"minh", office::Role::reader, {"khoi-1"}, office::hash_password("mat-khau-2")}});
  serve::OfficeSettings settings;
  settings.data_folder = dir.string();
  settings.public_url = "https://thidua.example.vn/";
  settings.proxy = "127.0.0.1";
  serve::App app(serve::Folder(dir.string()), serve::Gate(settings, {"127.0.0.1:8080"}), serve::DocumentService{});
  const std::vector<std::pair<std::string, std::string>> base = {{"host", "thidua.example.vn"}, {"content-type", "application/json"}};

  // Not signed in: the page sends to /login, the API answers 401.
  CHECK(app.handle(http_request("GET", "/", base)).status == 303);
  CHECK(app.handle(http_request("GET", "/api/events", base)).status == 401);
  CHECK(app.handle(http_request("GET", "/login", base)).status == 200);
  CHECK(app.handle(http_request("POST", "/api/login", base, R"({"user":"lan","password":"sai-mat-khau"})")).status == 401);
  const serve::HttpResponse ok = app.handle(http_request("POST", "/api/login", base, R"({"user":"lan","password":"mat-khau-1"})"));
  REQUIRE(ok.status == 200);
  const std::string cookie = set_cookie(ok);
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  CHECK(cookie.find("Secure") != std::string::npos);  // the public address is https
  const std::string csrf = json::parse(ok.body)["csrf"];
  auto headers = base;
  headers.emplace_back("cookie", cookie.substr(0, cookie.find(';')));

  const json events = json::parse(app.handle(http_request("GET", "/api/events", headers)).body);
  REQUIRE(events["events"].size() == 1);
  CHECK(events["events"][0]["path"] == "khoi-1/a.xml");
  CHECK(app.handle(http_request("GET", "/api/event?path=khoi-2/b.xml", headers)).status == 403);
  CHECK(app.handle(http_request("GET", "/files/.thidua/accounts.json", headers)).status == 403);
  // A state-changing request without the CSRF token, or from another site, is refused.
  const std::string save = json{{"path", "khoi-1/a.xml"}, {"xml", "<event/>"}, {"version", nullptr}}.dump();
  CHECK(app.handle(http_request("POST", "/api/save", headers, save)).status == 403);
  auto with_token = headers;
  with_token.emplace_back("x-csrf-token", csrf);
  auto cross_site = with_token;
  cross_site.emplace_back("origin", "https://evil.example");
  CHECK(app.handle(http_request("POST", "/api/save", cross_site, save)).status == 403);
  CHECK(app.handle(http_request("POST", "/api/save", with_token, save)).status == 409);  // it exists: the token went through
  auto same_site = with_token;
  same_site.emplace_back("origin", "https://thidua.example.vn");
  CHECK(app.handle(http_request("POST", "/api/logout", same_site, "{}")).status == 200);
  CHECK(app.handle(http_request("GET", "/api/events", headers)).status == 401);

  // Only the configured proxy's forwarded headers are believed.
  auto forwarded = base;
  forwarded.emplace_back("x-forwarded-host", "evil.example");
  serve::HttpRequest from_elsewhere = http_request("GET", "/login", forwarded);
  from_elsewhere.remote = "10.0.0.5";
  CHECK(app.handle(from_elsewhere).status == 200);  // Host is used, X-Forwarded-Host ignored
  CHECK(app.handle(http_request("GET", "/login", forwarded)).status == 403);  // from the proxy: its host is checked
}
