// Unit tests of the web app's ground rules: the gate, the folder confinement, the XML tree round trip, the API.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/files.h"
#include "load/load_event.h"
#include "serve/app.h"
#include "serve/folder.h"
#include "serve/gate.h"
#include "serve/xml_tree.h"
#include "support.h"

namespace fs = std::filesystem;
using namespace thidua;
using nlohmann::json;

namespace {

using thidua::testing::http_request;

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("thidua-serve-test-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

const std::string token = "0123456789abcdef0123456789abcdef";
const std::string host = "127.0.0.1:8080";

}  // namespace

TEST_CASE("tokens compare in constant time and cookies are read", "[serve]") {
  CHECK(serve::constant_time_equal("abc", "abc"));
  CHECK_FALSE(serve::constant_time_equal("abc", "abd"));
  CHECK_FALSE(serve::constant_time_equal("abc", "abcd"));
  CHECK_FALSE(serve::constant_time_equal("", "a"));
  CHECK(serve::new_token().size() == 32);
  CHECK(serve::new_token() != serve::new_token());
  CHECK(serve::cookie_value("a=1; thidua_token=xyz; b=2", "thidua_token") == "xyz");
  CHECK_FALSE(serve::cookie_value("a=1; xthidua_token=xyz", "thidua_token").has_value());
}

TEST_CASE("the gate refuses requests without the token, with another Host or from another site", "[serve]") {
  serve::Gate gate(token, {host, "localhost:8080"});
  const std::string cookie = "thidua_token=" + token;
  CHECK_FALSE(gate.admit(http_request("GET", "/api/events", {{"host", host}, {"cookie", cookie}})).has_value());
  CHECK(gate.admit(http_request("GET", "/api/events", {{"host", host}}))->status == 403);
  CHECK(gate.admit(http_request("GET", "/api/events", {{"host", host}, {"cookie", "thidua_token=" + token + "0"}}))->status == 403);
  CHECK(gate.admit(http_request("GET", "/api/events", {{"host", "evil.example:8080"}, {"cookie", cookie}}))->status == 403);
  CHECK(gate.admit(http_request("POST", "/api/save", {{"host", host}, {"cookie", cookie}, {"origin", "http://evil.example"}}))
            ->status == 403);
  CHECK(gate.admit(http_request("GET", "/", {{"host", host}, {"cookie", cookie}, {"referer", "http://evil.example/x"}}))
            ->status == 403);
  CHECK_FALSE(gate.admit(http_request("POST", "/api/save", {{"host", host}, {"cookie", cookie}, {"origin", "http://" + host}}))
                  .has_value());
  // The first visit: the token of the address goes into a cookie and out of the address bar.
  const auto first = gate.admit(http_request("GET", "/?token=" + token, {{"host", host}}));
  REQUIRE(first.has_value());
  CHECK(first->status == 303);
  CHECK(first->headers.front().second.find("HttpOnly") != std::string::npos);
  CHECK(gate.admit(http_request("GET", "/?token=wrong", {{"host", host}}))->status == 403);
  // A first visit to "//other.site/x" must not send the browser to another site.
  const auto location = [&](const std::string& target) {
    const auto answer = gate.admit(http_request("GET", target + "?token=" + token, {{"host", host}}));
    REQUIRE(answer.has_value());
    for (const auto& [name, value] : answer->headers) {
      if (name == "Location") return value;
    }
    return std::string("(none)");
  };
  CHECK(location("/events/2024.xml") == "/events/2024.xml");
  CHECK(location("//evil.example/x") == "/");
  CHECK(location("/\\evil.example/x") == "/");
}

TEST_CASE("paths stay inside the folder, symbolic links included", "[serve]") {
  const fs::path dir = scratch("folder");
  const fs::path outside = scratch("outside");
  std::ofstream(outside / "secret.xml") << "<event/>";
  fs::create_directory_symlink(outside, dir / "link");
  std::ofstream(dir / "a.xml") << "<event/>";
  const serve::Folder folder(dir.string());
  CHECK(folder.resolve("a.xml"));
  CHECK(folder.resolve("photos/new.jpg"));  // need not exist yet
  CHECK_FALSE(folder.resolve("../outside/secret.xml"));
  CHECK_FALSE(folder.resolve("photos/../../x"));
  CHECK_FALSE(folder.resolve("/etc/passwd"));
  CHECK_FALSE(folder.resolve("link/secret.xml"));
  CHECK_FALSE(folder.resolve("a\\b.xml"));
  CHECK_FALSE(folder.resolve(""));
  CHECK_FALSE(folder.resolve_reference("a.xml", "../outside/secret.xml"));
  CHECK(folder.event_files() == std::vector<std::string>{"a.xml"});
  fs::remove_all(dir);
  fs::remove_all(outside);
}

TEST_CASE("every sample survives the XML tree unchanged: same model, comments kept", "[serve]") {
  for (const auto& entry : fs::directory_iterator(fs::path(THIDUA_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".xml") continue;
    INFO(entry.path().string());
    const std::string original = io::read_file(entry.path().string());
    std::string error;
    const auto tree = serve::xml_to_tree(original, error);
    REQUIRE(tree.has_value());
    const serve::WrittenXml written = serve::tree_to_xml(*tree);
    // Written again from its own output, the text is a fixed point.
    const auto again = serve::xml_to_tree(written.text, error);
    REQUIRE(again.has_value());
    CHECK(serve::tree_to_xml(*again).text == written.text);
    // Every comment of the file is still there.
    for (std::size_t at = original.find("<!--"); at != std::string::npos; at = original.find("<!--", at + 4)) {
      const std::string comment = original.substr(at, original.find("-->", at) + 3 - at);
      CHECK(written.text.find(comment) != std::string::npos);
    }
    // The loader reads the same event from both.
    Diagnostics a, b;
    const auto before = load::load_event_from_string(original, "x.xml", entry.path().parent_path().string(), a);
    const auto after = load::load_event_from_string(written.text, "x.xml", entry.path().parent_path().string(), b);
    REQUIRE(before.has_value());
    REQUIRE(after.has_value());
    CHECK(a.all().size() == b.all().size());
    CHECK(after->units.size() == before->units.size());
    CHECK(after->guests.size() == before->guests.size());
    CHECK(after->attendees.size() == before->attendees.size());
    CHECK(after->bloc.full_name == before->bloc.full_name);
    CHECK(after->place == before->place);
    CHECK(after->origins.size() == before->origins.size());
    for (std::size_t i = 0; i < std::min(after->origins.size(), before->origins.size()); ++i) {
      CHECK(after->origins[i].value == before->origins[i].value);
    }
  }
}

TEST_CASE("the tree writer escapes values and refuses malformed trees", "[serve]") {
  const json tree = json::parse(R"({"type":"document","children":[{"type":"element","name":"event",
      "attrs":[["id","a\"<&b"]],"children":[{"type":"text","value":"x < y & z"},{"type":"comment","value":" c "}]}]})");
  const serve::WrittenXml written = serve::tree_to_xml(tree);
  CHECK(written.text == R"(<event id="a&quot;&lt;&amp;b">x &lt; y &amp; z<!-- c --></event>)");
  REQUIRE(written.anchors.size() == 3);
  CHECK(written.anchors[1].field == "id");
  CHECK(written.anchors[2].field == "#text");
  CHECK(serve::anchor_for(written.anchors, 1, 12)->field == "id");
  CHECK_THROWS_AS(serve::tree_to_xml(json::parse(R"({"type":"document","children":[{"type":"element","name":"a b"}]})")),
                  std::invalid_argument);
  CHECK_THROWS_AS(serve::tree_to_xml(json::parse(R"({"type":"document","children":[{"type":"comment","value":"a--b"}]})")),
                  std::invalid_argument);
}

TEST_CASE("the API saves with a version check and maps errors to the field", "[serve]") {
  const fs::path dir = scratch("api");
  fs::copy(fs::path(THIDUA_SOURCE_DIR) / "samples", dir, fs::copy_options::recursive);
  fs::rename(dir / "2022-khanh-hoa-khoi-nganh-i.xml", dir / "k.xml");
  serve::App app(serve::Folder(dir.string()), serve::Gate(token, {host}), serve::DocumentService{});
  const std::vector<std::pair<std::string, std::string>> headers = {
      {"host", host}, {"cookie", "thidua_token=" + token}, {"content-type", "application/json"}};
  const json read = json::parse(app.handle(http_request("GET", "/api/event?path=k.xml", headers)).body);
  json tree = read["tree"];
  // An impossible date: the error points at <date>'s text.
  std::function<json*(json&)> find_date = [&](json& node) -> json* {
    if (node.value("name", "") == "date") return &node;
    for (json& c : node["children"]) {
      if (c.is_object() && c.contains("children")) {
        if (json* f = find_date(c)) return f;
      }
    }
    return nullptr;
  };
  json* date = find_date(tree);
  REQUIRE(date != nullptr);
  (*date)["children"] = json::array({json{{"type", "text"}, {"value", "2022-02-30"}}});
  const json checked = json::parse(app.handle(http_request("POST", "/api/check", headers, json{{"path", "k.xml"}, {"tree", tree}}.dump())).body);
  INFO(checked.dump());
  CHECK(checked["errors"] == 1);
  REQUIRE(checked["diagnostics"].size() >= 1);
  const json& d = checked["diagnostics"][0];
  CHECK(d["field"] == "#text");
  CHECK(d["node"].get<std::string>().size() > 2);

  // Two saves from the same version: the second is refused, the first one's content stays.
  const json body = {{"path", "k.xml"}, {"version", read["version"]}, {"tree", tree}};
  CHECK(app.handle(http_request("POST", "/api/save", headers, body.dump())).status == 200);
  const std::string saved = io::read_file((dir / "k.xml").string());
  CHECK(saved.find("2022-02-30") != std::string::npos);
  const serve::HttpResponse second = app.handle(http_request("POST", "/api/save", headers, json{{"path", "k.xml"}, {"version", read["version"]}, {"tree", read["tree"]}}.dump()));
  CHECK(second.status == 409);
  CHECK(io::read_file((dir / "k.xml").string()) == saved);
  // Outside the folder: refused, nothing written.
  CHECK(app.handle(http_request("POST", "/api/save", headers, json{{"path", "../k.xml"}, {"version", nullptr}, {"tree", tree}}.dump())).status == 403);
  CHECK_FALSE(fs::exists(dir.parent_path() / "k.xml"));
  // A form post from another site cannot reach the API.
  auto form = headers;
  form.back().second = "text/plain";
  CHECK(app.handle(http_request("POST", "/api/save", form, body.dump())).status == 415);
  // A reference leading out of the folder is an error at its attribute, and is not opened.
  json units = read["tree"];
  const std::string xml = serve::tree_to_xml(units).text;
  const std::string bad = std::string(xml).replace(xml.find("<units>"), 7, "<units csv=\"../../etc/passwd\">");
  const json refused = json::parse(app.handle(http_request("POST", "/api/check", headers, json{{"path", "k.xml"}, {"xml", bad}}.dump())).body);
  CHECK(refused["errors"] == 1);
  fs::remove_all(dir);
}

TEST_CASE("an upload or save the disk refuses is answered as a JSON error, never thrown", "[serve]") {
  // Found by the serve fuzzer: an upload into "photos.png/x.png", where photos.png is a file.
  const fs::path dir = scratch("io-refused");
  io::write_file_atomic((dir / "anh.png").string(), "not a folder");
  serve::App app(serve::Folder(dir.string()), serve::Gate(token, {host}), serve::DocumentService{});
  const std::vector<std::pair<std::string, std::string>> headers = {
      {"host", host}, {"cookie", "thidua_token=" + token}, {"content-type", "application/octet-stream"}};
  serve::HttpResponse response;
  REQUIRE_NOTHROW(response = app.handle(http_request("POST", "/api/upload?path=anh.png/x.png", headers, "\x89PNG")));
  CHECK(response.status == 500);
  const json answer = json::parse(response.body);
  CHECK(answer["error"].get<std::string>().find("anh.png") == std::string::npos);
  CHECK(answer["error"].get<std::string>().size() > 10);
  CHECK(fs::is_regular_file(dir / "anh.png"));
  // A save into a folder that does not exist: refused the same way, nothing written.
  const std::vector<std::pair<std::string, std::string>> json_headers = {
      {"host", host}, {"cookie", "thidua_token=" + token}, {"content-type", "application/json"}};
  const std::string xml = io::read_file(std::string(THIDUA_SOURCE_DIR) + "/samples/2020-soc-trang-cum-3.xml");
  REQUIRE_NOTHROW(response = app.handle(http_request("POST", "/api/save", json_headers,
                                                     json{{"path", "khong-co/su-kien.xml"}, {"version", nullptr}, {"xml", xml}}.dump())));
  CHECK(response.status >= 400);
  CHECK_FALSE(fs::exists(dir / "khong-co"));
  fs::remove_all(dir);
}
