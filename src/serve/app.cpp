// The web app's routes: pages and assets, and the JSON API documented in docs/serve.md.
#include "serve/app.h"

#include <pugixml.hpp>
#include <sys/stat.h>

#include <chrono>
#include <map>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <semaphore>
#include <thread>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"
#include "io/files.h"
#include "load/load_event.h"
#include "load/read_file.h"
#include "load/schema.h"
#include "office/history.h"
#include "serve/web_assets.h"
#include "serve/xml_tree.h"
#include "text/calendar.h"
#include "tmpl/escape.h"

namespace thidua::serve {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Uploads (photos, logos, lists) take only these kinds of file.
const std::vector<std::string> upload_extensions = {".png", ".jpg", ".jpeg", ".csv", ".xlsx", ".ods"};

HttpResponse json_response(int status, const json& body) {
  HttpResponse response;
  response.status = status;
  response.content_type = "application/json";
  response.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
  return response;
}

HttpResponse error_response(int status, const std::string& message) {
  return json_response(status, json{{"error", message}});
}

// Headers on every answer: no framing by other sites, no content sniffing, scripts only from us.
void add_security_headers(HttpResponse& response, bool article_page) {
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("X-Frame-Options", "SAMEORIGIN");
  response.headers.emplace_back("Referrer-Policy", "same-origin");
  response.headers.emplace_back("Cache-Control", "no-store");
  response.headers.emplace_back(
      "Content-Security-Policy",
      std::string("default-src 'self'; img-src 'self' blob: data:; font-src 'self' blob: data:; worker-src 'self' blob:; "
                  "frame-src 'self' blob:; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'") +
          // The article is the page as published, with its own <style>; it runs no script.
          (article_page ? "; style-src 'self' 'unsafe-inline'; script-src 'none'" : ""));
}

std::string time_of_day(std::time_t when) { return text::format_time(when, "%H:%M", text::Clock::local); }

std::string lowercase_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// The page's own choice of language (the cookie its language switch sets), else the server's.
i18n::Language request_language(const HttpRequest& request) {
  i18n::Language chosen = i18n::language();
  if (const std::optional<std::string> cookie = cookie_value(request.header("cookie"), App::language_cookie)) {
    i18n::parse_language(*cookie, chosen);  // an unknown value leaves the server's language
  }
  return chosen;
}

// The pages' messages in the current language, as the module web/i18n.js imports.
HttpResponse messages_module() {
  json messages = json::object();
  for (const WebMessage& m : web_messages()) {
    if (m.plural == nullptr) {
      messages[m.msgid] = _(m.msgid);
    } else {
      // The forms for one and for many; Vietnamese has one form, so both are the same.
      messages[m.msgid] = json::array({i18n::translate_plural(m.msgid, m.plural, 1), i18n::translate_plural(m.msgid, m.plural, 2)});
    }
  }
  HttpResponse response;
  response.content_type = "text/javascript; charset=utf-8";
  response.body = "// The web app's messages in this language, made by thidua from po/vi.po.\nexport const LANG = \"" +
                  std::string(i18n::language_code()) + "\";\nexport const MESSAGES = " +
                  messages.dump(-1, ' ', false, json::error_handler_t::replace) + ";\n";
  return response;
}

// A page with its {{text}} markers translated (HTML-escaped) and {{lang}} the language's code.
std::string translated_page(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::size_t at = 0;
  while (at < html.size()) {
    const std::size_t open = html.find("{{", at);
    const std::size_t close = open == std::string_view::npos ? open : html.find("}}", open + 2);
    if (close == std::string_view::npos) {
      out.append(html.substr(at));
      break;
    }
    out.append(html.substr(at, open - at));
    const std::string msgid(html.substr(open + 2, close - open - 2));
    out += msgid == "lang" ? std::string(i18n::language_code()) : tmpl::html_escape(_(msgid.c_str()));
    at = close + 2;
  }
  return out;
}

// The schema of the format, from the loader's own table, for the editor's form.
json schema_json() {
  json elements = json::object();
  std::vector<std::string_view> pending = {"event"};
  while (!pending.empty()) {
    const std::string_view name = pending.back();
    pending.pop_back();
    if (elements.contains(std::string(name))) continue;
    const load::ElementSpec* spec = load::element_spec(name);
    if (spec == nullptr) continue;
    json attrs = json::array();
    for (const load::AttrSpec& a : spec->attrs) attrs.push_back(json{{"name", a.name}, {"required", a.required}});
    json children = json::array();
    for (const load::ChildSpec& c : spec->children) {
      children.push_back(json{{"name", c.name}, {"required", c.required}, {"repeated", c.repeated}});
      pending.push_back(c.name);
    }
    const char* text = spec->text == load::TextRule::none       ? "none"
                       : spec->text == load::TextRule::optional ? "optional"
                                                                : "required";
    elements[std::string(name)] = json{{"attrs", attrs}, {"children", children}, {"text", text}};
  }
  // The words <compose omit=> takes: the form shows one check box for each.
  json parts = json::array();
  for (const model::ComposedPartName& part : model::composed_part_names()) parts.push_back(std::string(part.name));
  return json{{"root", "event"}, {"elements", elements}, {"composed_parts", parts}};
}

// The file-reference attributes of the format: csv= lists, the logo and photos.
bool is_file_reference(std::string_view element, std::string_view attr) {
  return (attr == "csv" && (element == "units" || element == "guests" || element == "attendees")) ||
         (attr == "file" && (element == "logo" || element == "photo"));
}

void collect_references(const json& node, const std::string& path,
                        std::vector<std::tuple<std::string, std::string, std::string>>& out) {
  // Looked up and compared as JSON: a mistyped "type" or "name" is skipped, never a type error.
  const auto type = node.find("type");
  const auto name_member = node.find("name");
  if (!node.is_object() || type == node.end() || *type != "element") return;
  const std::string name = name_member != node.end() && name_member->is_string() ? name_member->get<std::string>() : "";
  if (const auto attrs = node.find("attrs"); attrs != node.end() && attrs->is_array()) {
    for (const json& pair : *attrs) {
      if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string() &&
          is_file_reference(name, pair[0].get<std::string>())) {
        out.emplace_back(path, pair[0].get<std::string>(), pair[1].get<std::string>());
      }
    }
  }
  if (const auto children = node.find("children"); children != node.end() && children->is_array()) {
    for (std::size_t i = 0; i < children->size(); ++i) {
      collect_references((*children)[i], path + "." + std::to_string(i), out);
    }
  }
}

// Facts for the events list, read from the XML itself so a file with errors is listed too.
json list_facts(const std::string& bytes) {
  pugi::xml_document doc;
  json facts = json::object();
  if (!doc.load_buffer(bytes.data(), bytes.size())) return facts;
  const pugi::xml_node event = doc.child("event");
  facts["id"] = event.attribute("id").value();
  facts["kind"] = event.attribute("kind").value();
  facts["date"] = event.child("date").text().get();
  const pugi::xml_node bloc = event.child("bloc");
  std::string bloc_name = bloc.attribute("full").value();
  if (bloc_name.empty()) {
    const std::string kind = bloc.attribute("kind").value();
    // The bloc's name as the documents write it, in Vietnamese whatever the page's language.
    const std::string prefix = kind == "khoi" ? "Khối thi đua " : kind == "cum" ? "Cụm thi đua " : "";  // document content
    bloc_name = prefix + bloc.attribute("name").value();
  }
  facts["bloc"] = bloc_name;
  facts["upper"] = event.child("upper").attribute("name").value();
  return facts;
}

}  // namespace

struct App::State {
  Folder folder;
  Gate gate;
  DocumentService documents;
  json schema = schema_json();
  std::mutex save_mutex;  // one save at a time: the version check and the write are one step
  std::counting_semaphore<2> render_slots{2};  // renders at once: the machine's cores, not the requests

  // The archive build running in the background, and how far it got.
  std::mutex build_mutex;
  std::thread build_thread;
  bool build_running = false;
  std::size_t build_done = 0;
  std::size_t build_total = 0;
  std::size_t build_failed = 0;
  json build_messages = json::array();
  std::string build_state = "idle";  // idle, running, done, failed

  // The latest article previews (page and images), served under /preview/N/.
  std::mutex preview_mutex;
  std::map<unsigned, std::pair<std::string, RenderedDocument>> previews;  // id → (account, page)
  unsigned next_preview = 0;

  State(Folder f, Gate g, DocumentService d) : folder(std::move(f)), gate(std::move(g)), documents(std::move(d)) {}

  HttpResponse route(const HttpRequest& request, const Caller& caller);
  HttpResponse asset(const std::string& path) const;
  HttpResponse session(const Caller& caller);
  HttpResponse list_events(const Caller& caller);
  HttpResponse read_event(const HttpRequest& request, const Caller& caller);
  HttpResponse check(const HttpRequest& request, const Caller& caller);
  HttpResponse save(const HttpRequest& request, const Caller& caller);
  HttpResponse render(const HttpRequest& request, const Caller& caller);
  HttpResponse start_build(const Caller& caller);
  HttpResponse build_status();
  HttpResponse upload(const HttpRequest& request, const Caller& caller);
  HttpResponse file(const std::string& relative, const Caller& caller);
  HttpResponse preview_file(const std::string& rest, const Caller& caller);
  HttpResponse history(const HttpRequest& request, const Caller& caller);
  HttpResponse version(const HttpRequest& request, const Caller& caller);
  HttpResponse restore(const HttpRequest& request, const Caller& caller);

  // `relative` resolved in the folder when the caller may read it (or write it, when `write`).
  Resolved resolve_for(const Caller& caller, const std::string& relative, bool write) const;
  // The event files the caller may read.
  std::vector<std::string> visible_event_files(const Caller& caller) const;
  // The bloc folders the caller may create events in (office mode).
  std::vector<std::string> writable_folders(const Caller& caller) const;

  // The event in a request body: its path, and its XML (from "tree" or "xml").
  struct Submitted {
    Resolved path;
    std::string relative;
    WrittenXml xml;
  };
  Submitted submitted(const json& body, const Caller& caller, bool write);
  // Writes `xml` as the event at `s` when its current version is `version` (null: a new file);
  // in office mode keeps the version in the history and writes the audit line `action`.
  HttpResponse write_event(Submitted s, const json& version, const Caller& caller, const char* action);
  // Loads `xml` as the event at `relative`, after refusing references that lead out of the folder.
  json check_json(const std::string& relative, const WrittenXml& xml, std::optional<model::Event>* event_out);
};

App::App(Folder folder, Gate gate, DocumentService documents)
    : state_(std::make_unique<State>(std::move(folder), std::move(gate), std::move(documents))) {}

App::~App() {
  if (state_->build_thread.joinable()) state_->build_thread.join();
}

HttpResponse App::handle(const HttpRequest& request) {
  // Every message of this request (refusals, API errors, the loader's diagnostics, the pages' texts)
  // in the language the page chose, else the server's own (--lang, or its locale; Vietnamese by default).
  const i18n::ScopedLanguage language(request_language(request));
  HttpResponse response;
  Caller caller;
  if (std::optional<HttpResponse> refusal = state_->gate.admit(request, caller)) {
    response = std::move(*refusal);
  } else {
    response = state_->route(request, caller);
  }
  add_security_headers(response, request.path().rfind("/preview/", 0) == 0);
  return response;
}

HttpResponse App::State::route(const HttpRequest& request, const Caller& caller) {
  const std::string path = request.path();
  const bool get = request.method == "GET" || request.method == "HEAD";
  const bool post = request.method == "POST";
  if (post && request.header("content-type").rfind("application/json", 0) != 0 && path != "/api/upload") {
    // A cross-site form can post only form and text types; the API takes JSON alone.
    return error_response(415, _("The request must send JSON data."));
  }
  try {
    if (get && (path == "/" || path == "/index.html")) return asset("index.html");
    if (get && path == "/assets/messages.js") return messages_module();
    if (get && path.rfind("/assets/", 0) == 0) return asset(path.substr(8));
    if (get && path == "/login" && gate.office()) return asset("login.html");
    if (post && path == "/api/login" && gate.office()) return gate.login(request, caller);
    if (post && path == "/api/logout" && gate.office()) return gate.logout(request, caller);
    if (get && path == "/api/session") return session(caller);
    if (get && path.rfind("/files/", 0) == 0) return file(percent_decode(path.substr(7)), caller);
    if (get && path.rfind("/preview/", 0) == 0) return preview_file(percent_decode(path.substr(9)), caller);
    if (get && path == "/api/schema") return json_response(200, json{{"schema", schema}, {"documents", [&] {
                                                                   json kinds = json::array();
                                                                   for (const DocumentKindInfo& k : documents.kinds)
                                                                     kinds.push_back({{"name", k.name},
                                                                                      {"title", k.title},
                                                                                      {"file_name", k.file_name},
                                                                                      {"html", k.html}});
                                                                   return kinds;
                                                                 }()}});
    if (get && path == "/api/events") return list_events(caller);
    if (get && path == "/api/event") return read_event(request, caller);
    if (post && path == "/api/check") return check(request, caller);
    if (post && path == "/api/save") return save(request, caller);
    if (post && path == "/api/render") return render(request, caller);
    if (post && path == "/api/build") return start_build(caller);
    if (get && path == "/api/build") return build_status();
    if (post && path == "/api/upload") return upload(request, caller);
    if (get && path == "/api/history" && gate.office()) return history(request, caller);
    if (get && path == "/api/version" && gate.office()) return version(request, caller);
    if (post && path == "/api/restore" && gate.office()) return restore(request, caller);
  } catch (const json::exception&) {
    return error_response(400, _("The data sent is not valid JSON."));
  } catch (const Failure& failure) {
    // A file that cannot be written or read (an upload into "anh.png/", a save into a folder
    // removed meanwhile, a full disk) is answered as JSON like any refusal; its message names the
    // file relative to nothing the page does not know, so only the reason is sent.
    const std::string reason = failure.diagnostics().empty() ? std::string(failure.what()) : failure.diagnostics().front().message;
    return error_response(failure.code() == ExitCode::bad_input ? 400 : 500,
                          tr("The request could not be completed: %1$s", reason));
  } catch (const std::invalid_argument& error) {
    return error_response(400, tr("The XML tree sent is not valid: %1$s.", error.what()));
  }
  if (path.rfind("/api/", 0) == 0) return error_response(404, _("There is no such function."));
  HttpResponse missing;
  missing.status = 404;
  missing.body = _("Page not found.");
  return missing;
}

HttpResponse App::State::asset(const std::string& path) const {
  const WebAsset* found = find_web_asset(path);
  if (found == nullptr) {
    HttpResponse missing;
    missing.status = 404;
    missing.body = _("Page not found.");
    return missing;
  }
  HttpResponse response;
  response.content_type = std::string(found->content_type);
  response.body = path.ends_with(".html") ? translated_page(found->bytes) : std::string(found->bytes);
  return response;
}

Resolved App::State::resolve_for(const Caller& caller, const std::string& relative, bool write) const {
  if (!caller.may_read(relative)) {
    return Resolved{{}, tr("You may not open %1$s (the file belongs to another bloc's folder).", relative)};
  }
  if (write && !caller.may_write(relative)) {
    return Resolved{{}, _("Your account may only read: it may not save or upload files.")};
  }
  return folder.resolve(relative);
}

std::vector<std::string> App::State::visible_event_files(const Caller& caller) const {
  if (!caller.office) return folder.event_files();
  std::vector<std::string> files;
  for (std::string& name : folder.office_event_files(archive_folder)) {
    if (caller.may_read(name)) files.push_back(std::move(name));
  }
  return files;
}

std::vector<std::string> App::State::writable_folders(const Caller& caller) const {
  std::vector<std::string> names;
  if (caller.role == office::Role::reader) return names;
  if (!caller.admin()) return caller.folders;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder.root(), ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory(ec) && !name.empty() && name.front() != '.' && name != archive_folder) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

HttpResponse App::State::session(const Caller& caller) {
  if (!caller.office) return json_response(200, json{{"office", false}});
  return json_response(200, json{{"office", true},
                                 {"user", caller.user},
                                 {"role", office::role_name(caller.role)},
                                 {"folders", caller.folders},
                                 {"writable", writable_folders(caller)},
                                 {"csrf", caller.csrf}});
}

HttpResponse App::State::list_events(const Caller& caller) {
  json events = json::array();
  for (const std::string& name : visible_event_files(caller)) {
    const Resolved path = folder.resolve(name);
    if (!path) continue;
    const load::FileBytes file = load::read_file_bytes(path.path.string());
    if (!file.bytes) continue;
    json entry = list_facts(*file.bytes);
    entry["path"] = name;
    entry["version"] = io::sha256_hex(*file.bytes);
    entry["writable"] = caller.may_write(name);
    Diagnostics diags(1000);
    const std::optional<json> tree = [&]() -> std::optional<json> {
      std::string ignored;
      return xml_to_tree(*file.bytes, ignored);
    }();
    std::size_t errors = 0, warnings = 0;
    if (tree) {
      const json result = check_json(name, tree_to_xml(*tree), nullptr);
      errors = result["errors"];
      warnings = result["warnings"];
    } else {
      errors = 1;
    }
    entry["errors"] = errors;
    entry["warnings"] = warnings;
    events.push_back(std::move(entry));
  }
  return json_response(200, json{{"folder", folder.root().string()}, {"events", events}});
}

HttpResponse App::State::read_event(const HttpRequest& request, const Caller& caller) {
  const std::string relative = request.query("path");
  const Resolved path = resolve_for(caller, relative, false);
  if (!path) return error_response(403, path.refusal);
  const load::FileBytes file = load::read_file_bytes(path.path.string());
  if (!file.bytes) return error_response(404, tr("Cannot read the file %1$s: %2$s.", relative, file.error));
  Diagnostics diags;
  const std::optional<std::string> text = load::decode_text(*file.bytes, relative, load::LegacyPolicy::reject,
                                                            _("the file is empty; expected an <event> element"), diags);
  json body{{"path", relative}, {"version", io::sha256_hex(*file.bytes)}, {"writable", caller.may_write(relative)}};
  if (!text) {
    body["xml"] = "";
    body["parse_error"] = diags.all().empty() ? std::string(_("cannot read the file")) : diags.all().front().message;
    return json_response(200, body);
  }
  body["xml"] = *text;
  std::string error;
  if (std::optional<json> tree = xml_to_tree(*text, error)) {
    body["tree"] = std::move(*tree);
  } else {
    body["parse_error"] = error;
  }
  return json_response(200, body);
}

App::State::Submitted App::State::submitted(const json& body, const Caller& caller, bool write) {
  Submitted s;
  s.relative = body.at("path").get<std::string>();
  s.path = resolve_for(caller, s.relative, write);
  if (body.contains("tree")) {
    s.xml = tree_to_xml(body.at("tree"));
  } else {
    s.xml.text = body.at("xml").get<std::string>();
  }
  return s;
}

json App::State::check_json(const std::string& relative, const WrittenXml& xml,
                            std::optional<model::Event>* event_out) {
  Diagnostics diags(200);
  // References that lead out of the folder are refused before the loader opens anything.
  std::vector<std::tuple<std::string, std::string, std::string>> references;
  json items = json::array();
  bool refused = false;
  {
    std::string parse_error;
    if (std::optional<json> parsed = xml_to_tree(xml.text, parse_error)) {
      const json& children = (*parsed)["children"];
      for (std::size_t i = 0; i < children.size(); ++i) collect_references(children[i], std::to_string(i), references);
    }
  }
  for (const auto& [node, attr, value] : references) {
    const Resolved resolved = folder.resolve_reference(relative, value);
    if (resolved) continue;
    refused = true;
    int line = 0, column = 0;
    for (const Anchor& anchor : xml.anchors) {
      if (anchor.node == node && anchor.field == attr) {
        line = anchor.line;
        column = anchor.column;
      }
    }
    items.push_back(json{{"severity", "error"}, {"file", relative}, {"line", line}, {"column", column},
                         {"message", tr("the file '%1$s' cannot be used: %2$s", value, resolved.refusal)},
                         {"node", node}, {"field", attr}});
  }
  std::size_t errors = refused ? items.size() : 0, warnings = 0;
  if (!refused) {
    const fs::path dir = (folder.root() / fs::path(relative)).parent_path();
    std::optional<model::Event> event = load::load_event_from_string(xml.text, relative, dir.string(), diags);
    for (const Diagnostic& d : diags.all()) {
      json item{{"severity", severity_name(d.severity)}, {"file", d.where.file}, {"line", d.where.line},
                {"column", d.where.column}, {"message", d.message}, {"node", nullptr}, {"field", nullptr}};
      if (d.where.file == relative && d.where.line > 0) {
        if (const Anchor* a = anchor_for(xml.anchors, d.where.line, d.where.column)) {
          item["node"] = a->node;
          item["field"] = a->field;
        }
      }
      if (d.severity == Severity::error) ++errors;
      if (d.severity == Severity::warning) ++warnings;
      items.push_back(std::move(item));
    }
    if (event_out != nullptr) *event_out = std::move(event);
  }
  return json{{"ok", errors == 0}, {"errors", errors}, {"warnings", warnings}, {"diagnostics", items}};
}

HttpResponse App::State::check(const HttpRequest& request, const Caller& caller) {
  const json body = json::parse(request.body);
  const Submitted s = submitted(body, caller, false);
  if (!s.path) return error_response(403, s.path.refusal);
  return json_response(200, check_json(s.relative, s.xml, nullptr));
}

HttpResponse App::State::save(const HttpRequest& request, const Caller& caller) {
  const json body = json::parse(request.body);
  Submitted s = submitted(body, caller, true);
  if (!s.path) return error_response(403, s.path.refusal);
  return write_event(std::move(s), body.value("version", json()), caller, "save");
}

HttpResponse App::State::write_event(Submitted s, const json& version, const Caller& caller, const char* action) {
  if (lowercase_extension(s.path.path) != ".xml") return error_response(400, _("An event file must end in .xml."));
  std::lock_guard lock(save_mutex);
  std::error_code ec;
  const bool exists = fs::exists(s.path.path, ec);
  if (version.is_null()) {
    if (exists) {
      if (caller.office) gate.audit().record(caller.user, caller.address, action, s.relative, "exists");
      return json_response(409, json{{"error", tr("There is already a file %1$s. Choose another name.", s.relative)}, {"conflict", true}});
    }
  } else {
    const load::FileBytes current = exists ? load::read_file_bytes(s.path.path.string()) : load::FileBytes{};
    const std::string current_version = current.bytes ? io::sha256_hex(*current.bytes) : std::string();
    if (current_version != version.get<std::string>()) {
      struct stat st{};
      const std::string when = ::stat(s.path.path.c_str(), &st) == 0 ? time_of_day(st.st_mtime) : std::string("?");
      std::string by;
      if (caller.office) {
        gate.audit().record(caller.user, caller.address, action, s.relative, "conflict");
        const std::vector<office::Version> kept = office::list_versions(s.path.path);
        if (!kept.empty() && !kept.front().user.empty()) by = kept.front().user;
      }
      const std::string why =
          by.empty() ? tr("The file was changed elsewhere at %1$s. Reload it to see the latest version; what you "
                          "are editing here is not saved.",
                          when)
                     : tr("The file was changed elsewhere by %1$s at %2$s. Reload it to see the latest version; "
                          "what you are editing here is not saved.",
                          by, when);
      return json_response(
          409, json{{"error", why},
                    {"conflict", true},
                    {"version", current_version}});
    }
  }
  if (!s.xml.text.empty() && s.xml.text.back() != '\n') s.xml.text += '\n';
  if (caller.office) office::keep_original(s.path.path);
  io::write_file_atomic(s.path.path.string(), s.xml.text, io::MissingFolders::fail);
  if (caller.office) {
    // The version just written is kept too: the history lists every version with its author.
    office::keep_version(s.path.path, caller.user, std::time(nullptr), s.xml.text);
    gate.audit().record(caller.user, caller.address, action, s.relative, "ok");
  }
  json result = check_json(s.relative, s.xml, nullptr);
  result["version"] = io::sha256_hex(s.xml.text);
  result["saved_at"] = time_of_day(std::time(nullptr));
  result["path"] = s.relative;
  return json_response(200, result);
}

HttpResponse App::State::history(const HttpRequest& request, const Caller& caller) {
  const std::string relative = request.query("path");
  const Resolved path = resolve_for(caller, relative, false);
  if (!path) return error_response(403, path.refusal);
  json versions = json::array();
  for (const office::Version& v : office::list_versions(path.path)) {
    versions.push_back(json{{"id", v.id}, {"user", v.user}, {"when", v.when}, {"bytes", v.bytes}});
  }
  return json_response(200, json{{"path", relative}, {"versions", versions}});
}

HttpResponse App::State::version(const HttpRequest& request, const Caller& caller) {
  const std::string relative = request.query("path");
  const Resolved path = resolve_for(caller, relative, false);
  if (!path) return error_response(403, path.refusal);
  const std::optional<std::string> bytes = office::read_version(path.path, request.query("id"));
  if (!bytes) return error_response(404, _("The file's history has no such version."));
  return json_response(200, json{{"path", relative}, {"id", request.query("id")}, {"xml", *bytes}});
}

HttpResponse App::State::restore(const HttpRequest& request, const Caller& caller) {
  const json body = json::parse(request.body);
  Submitted s;
  s.relative = body.at("path").get<std::string>();
  s.path = resolve_for(caller, s.relative, true);
  if (!s.path) return error_response(403, s.path.refusal);
  const std::optional<std::string> bytes = office::read_version(s.path.path, body.at("id").get<std::string>());
  if (!bytes) return error_response(404, _("The file's history has no such version."));
  s.xml.text = *bytes;
  return write_event(std::move(s), body.value("version", json()), caller, "restore");
}

HttpResponse App::State::render(const HttpRequest& request, const Caller& caller) {
  const json body = json::parse(request.body);
  const Submitted s = submitted(body, caller, false);
  if (!s.path) return error_response(403, s.path.refusal);
  const std::string kind = body.at("document").get<std::string>();
  const auto known = std::find_if(documents.kinds.begin(), documents.kinds.end(),
                                  [&](const DocumentKindInfo& k) { return k.name == kind; });
  if (known == documents.kinds.end()) return error_response(400, tr("There is no document kind '%1$s'.", kind));
  std::optional<model::Event> event;
  json checked = check_json(s.relative, s.xml, &event);
  if (!event) {
    const std::size_t errors = checked["errors"].get<std::size_t>();
    checked["error"] = trn("%1$d error must be fixed before the document can be made.",
                           "%1$d errors must be fixed before the document can be made.", errors, errors);
    return json_response(422, checked);
  }
  Diagnostics diags(200);
  RenderedDocument rendered;
  render_slots.acquire();
  try {
    rendered = documents.render(*event, kind, diags);
    render_slots.release();
  } catch (const Failure& failure) {
    render_slots.release();
    json items = json::array();
    for (const Diagnostic& d : failure.diagnostics()) diags.error(d.where, d.message);
    for (const Diagnostic& d : diags.all()) {
      items.push_back(json{{"severity", severity_name(d.severity)}, {"file", d.where.file}, {"line", d.where.line},
                           {"column", d.where.column}, {"message", d.message}});
    }
    return json_response(422, json{{"error", items.empty() ? std::string(_("The document could not be made."))
                                                            : items.front()["message"].get<std::string>()},
                                   {"diagnostics", items}});
  } catch (...) {
    render_slots.release();
    throw;
  }
  if (known->html) {
    // A page with images: kept for the preview frame to load, with its images, by address.
    std::lock_guard lock(preview_mutex);
    const unsigned id = ++next_preview;
    previews[id] = {caller.user, std::move(rendered)};
    while (previews.size() > 64) previews.erase(previews.begin());  // a few per clerk of a full office
    return json_response(200, json{{"page", "/preview/" + std::to_string(id) + "/index.html"}});
  }
  HttpResponse response;
  response.content_type = rendered.content_type;
  response.body = std::move(rendered.bytes);
  response.headers.emplace_back("Content-Disposition", "inline; filename=\"" + known->file_name + "\"");
  return response;
}

HttpResponse App::State::start_build(const Caller& caller) {
  if (!caller.admin()) return error_response(403, _("Only the administrator may build the archive of the whole office."));
  std::lock_guard lock(build_mutex);
  if (build_running) return error_response(409, _("The archive is being built; wait until this build is done."));
  if (build_thread.joinable()) build_thread.join();
  std::vector<std::string> files;
  for (const std::string& name : visible_event_files(caller)) {
    if (const Resolved r = folder.resolve(name)) files.push_back(r.path.string());
  }
  if (caller.office) gate.audit().record(caller.user, caller.address, "build", archive_folder, "started");
  build_running = true;
  build_state = "running";
  build_done = 0;
  build_total = files.size();
  build_failed = 0;
  build_messages = json::array();
  const std::string archive = (folder.root() / archive_folder).string();
  build_thread = std::thread([this, files, archive, caller, language = i18n::language()] {
    const i18n::ScopedLanguage in_language(language);  // the build's messages in its starter's language
    Diagnostics diags(1000);
    std::size_t failed = 0;
    std::string failure;
    try {
      failed = documents.build(
          files, archive,
          [this](std::size_t done, std::size_t total) {
            std::lock_guard progress_lock(build_mutex);
            build_done = done;
            build_total = total;
          },
          diags);
    } catch (const Failure& f) {
      failure = f.diagnostics().empty() ? std::string(_("the archive could not be built")) : f.diagnostics().front().format();
      failed = files.size();
    } catch (const std::exception& e) {
      failure = e.what();
      failed = files.size();
    }
    std::lock_guard done_lock(build_mutex);
    for (const Diagnostic& d : diags.all()) build_messages.push_back(d.format());
    if (!failure.empty()) build_messages.push_back(failure);
    build_failed = failed;
    build_done = build_total;
    build_state = failure.empty() ? "done" : "failed";
    if (caller.office) gate.audit().record(caller.user, caller.address, "build", archive_folder, build_state);
    build_running = false;
  });
  return json_response(202, json{{"state", "running"}, {"total", build_total}});
}

HttpResponse App::State::build_status() {
  std::lock_guard lock(build_mutex);
  json body{{"state", build_state}, {"done", build_done}, {"total", build_total}, {"failed", build_failed},
            {"messages", build_messages}};
  if (build_state == "done") {
    body["archive"] = std::string(archive_folder) + "/";
    body["site"] = std::string(archive_folder) + "/site/index.html";
    body["manifest"] = std::string(archive_folder) + "/manifest.json";
  }
  return json_response(200, body);
}

HttpResponse App::State::upload(const HttpRequest& request, const Caller& caller) {
  const std::string relative = request.query("path");
  const Resolved path = resolve_for(caller, relative, true);
  if (!path) return error_response(403, path.refusal);
  const std::string ext = lowercase_extension(path.path);
  if (std::find(upload_extensions.begin(), upload_extensions.end(), ext) == upload_extensions.end()) {
    return error_response(400, _("Only PNG and JPEG images and CSV, XLSX and ODS lists are taken."));
  }
  if (request.body.empty()) return error_response(400, _("The uploaded file is empty."));
  std::lock_guard lock(save_mutex);
  std::error_code ec;
  if (fs::exists(path.path, ec) && request.query("replace") != "1") {
    const load::FileBytes current = load::read_file_bytes(path.path.string());
    if (!current.bytes || *current.bytes != request.body) {
      return json_response(409, json{{"error", tr("There is already a file %1$s. Rename your file and upload it again.", relative)},
                                     {"conflict", true}});
    }
  }
  io::write_file_atomic(path.path.string(), request.body, io::MissingFolders::create);
  if (caller.office) gate.audit().record(caller.user, caller.address, "upload", relative, "ok");
  return json_response(200, json{{"path", relative}, {"bytes", request.body.size()}});
}

HttpResponse App::State::preview_file(const std::string& rest, const Caller& caller) {
  const std::size_t slash = rest.find('/');
  unsigned id = 0;
  try {
    id = static_cast<unsigned>(std::stoul(rest.substr(0, slash)));
  } catch (const std::exception&) {
    return error_response(404, _("The preview was not found."));
  }
  const std::string name = slash == std::string::npos ? "" : rest.substr(slash + 1);
  std::lock_guard lock(preview_mutex);
  const auto found = previews.find(id);
  // Another account's preview is as good as missing: its number says nothing of its content.
  if (found == previews.end() || found->second.first != caller.user) return error_response(404, _("The preview is out of date; show it again."));
  HttpResponse response;
  if (name == "index.html") {
    response.content_type = found->second.second.content_type;
    response.body = found->second.second.bytes;
    return response;
  }
  for (const auto& [media_path, bytes] : found->second.second.media) {
    if (media_path != name) continue;
    const std::string ext = lowercase_extension(fs::path(media_path));
    response.content_type = ext == ".png" ? "image/png" : ext == ".jpg" || ext == ".jpeg" ? "image/jpeg" : "application/octet-stream";
    response.body = bytes;
    return response;
  }
  return error_response(404, _("The preview's file was not found."));
}

HttpResponse App::State::file(const std::string& relative, const Caller& caller) {
  const Resolved path = resolve_for(caller, relative, false);
  if (!path) return error_response(403, path.refusal);
  std::error_code ec;
  fs::path target = path.path;
  if (fs::is_directory(target, ec)) target /= "index.html";
  if (!fs::is_regular_file(target, ec)) return error_response(404, tr("The file %1$s was not found.", relative));
  const load::FileBytes file = load::read_file_bytes(target.string());
  if (!file.bytes) return error_response(404, tr("Cannot read the file %1$s.", relative));
  static const std::vector<std::pair<std::string, std::string>> types = {
      {".html", "text/html; charset=utf-8"}, {".pdf", "application/pdf"},   {".png", "image/png"},
      {".jpg", "image/jpeg"},                {".jpeg", "image/jpeg"},       {".json", "application/json"},
      {".xml", "application/xml; charset=utf-8"}, {".csv", "text/csv; charset=utf-8"}, {".css", "text/css"},
      {".gif", "image/gif"},                 {".webp", "image/webp"},       {".txt", "text/plain; charset=utf-8"}};
  HttpResponse response;
  response.content_type = "application/octet-stream";
  const std::string ext = lowercase_extension(target);
  for (const auto& [e, type] : types) {
    if (e == ext) response.content_type = type;
  }
  response.body = *file.bytes;
  return response;
}

}  // namespace thidua::serve
