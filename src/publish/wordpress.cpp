// Talking to WordPress's REST API: discovery, the user's rights, requests, and error answers as messages.
#include "publish/wordpress.h"

#include <algorithm>

#include "i18n/i18n.h"
#include "tmpl/escape.h"

namespace thidua::publish {

namespace {

std::string query_string(const Query& query) {
  std::string out;
  for (const auto& [name, value] : query) {
    if (!out.empty()) out += '&';
    out += tmpl::url_encode_segment(name) + '=' + tmpl::url_encode_segment(value);
  }
  return out;
}

std::string status_text(long status) { return "HTTP " + std::to_string(status); }  // not shown alone

bool is_success(long status) { return status >= 200 && status < 300; }

// WordPress's own words of an error object, else a short excerpt of a non-JSON body.
std::string explanation(const HttpResponse& response, const std::optional<nlohmann::json>& answer) {
  if (answer) {
    const std::string error = wordpress_error(*answer);
    if (!error.empty()) return error;
  }
  return status_text(response.status);
}

}  // namespace

std::optional<nlohmann::json> parse_answer(std::string_view body) {
  if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  nlohmann::json value = nlohmann::json::parse(body, nullptr, false);
  if (!value.is_discarded()) return value;
  // A site with PHP's display_errors on prints notices before the JSON: parse from the first
  // '{' or '[' that starts a line of its own or the body's last part.
  const std::size_t start = body.find_first_of("{[");
  if (start == std::string_view::npos || start == 0) return std::nullopt;
  value = nlohmann::json::parse(body.substr(start), nullptr, false);
  if (value.is_discarded()) return std::nullopt;
  return value;
}

std::string wordpress_error(const nlohmann::json& answer) {
  if (!answer.is_object()) return {};
  const auto message = answer.find("message");
  const auto code = answer.find("code");
  if (message == answer.end() || !message->is_string() || code == answer.end() || !code->is_string()) return {};
  std::string text = message->get<std::string>();
  // WordPress messages are HTML at times ("<strong>Error:</strong> …"): keep the words only.
  std::string plain;
  bool in_tag = false;
  for (const char c : text) {
    if (c == '<') in_tag = true;
    else if (c == '>' && in_tag) in_tag = false;
    else if (!in_tag) plain += c;
  }
  return plain + " (" + code->get<std::string>() + ")";
}

WordPressSite::WordPressSite(HttpClient& http, std::string site_url, std::string user)
    : http_(http), site_url_(std::move(site_url)), user_(std::move(user)) {
  if (site_url_.empty() || site_url_.back() != '/') site_url_ += '/';
}

HttpResponse WordPressSite::send(HttpRequest request, const std::string& what) {
  try {
    return http_.send(request);
  } catch (const HttpError& error) {
    throw SiteError(tr("cannot reach %1$s (%2$s): %3$s", site_url_, what, error.what()));
  }
}

std::string WordPressSite::endpoint(const std::string& route, const Query& query) const {
  const std::string parameters = query_string(query);
  if (plain_routes_) return api_root_ + "wp/v2/" + route + (parameters.empty() ? "" : "&" + parameters);
  return api_root_ + "wp/v2/" + route + (parameters.empty() ? "" : "?" + parameters);
}

nlohmann::json WordPressSite::answer_of(const HttpResponse& response, const std::string& what) const {
  const std::optional<nlohmann::json> answer = parse_answer(response.body);
  if (is_success(response.status)) {
    if (answer) return *answer;
    throw SiteError(tr("%1$s did not answer in JSON (%2$s, %3$s): is its REST API switched off?", site_url_, what,
                       status_text(response.status)));
  }
  const std::string why = explanation(response, answer);
  if (response.status == 401) {
    throw SiteError(tr("%1$s refused the user name or application password of '%2$s' (%3$s): %4$s", site_url_, user_,
                       status_text(response.status), why));
  }
  if (response.status == 403) {
    throw SiteError(tr("the user '%1$s' is not allowed this on %2$s (%3$s, %4$s): %5$s", user_, site_url_, what,
                       status_text(response.status), why));
  }
  if (answer && !wordpress_error(*answer).empty()) {
    throw SiteError(tr("WordPress at %1$s answered with an error (%2$s, %3$s): %4$s", site_url_, what,
                       status_text(response.status), why));
  }
  throw SiteError(tr("%1$s answered %2$s (%3$s), not as WordPress's REST API does: is the REST API switched off?",
                     site_url_, status_text(response.status), what));
}

void WordPressSite::connect() {
  // The REST index: at /wp-json/ with pretty permalinks, at ?rest_route=/ on every site.
  const std::vector<std::pair<std::string, bool>> roots = {{site_url_ + "wp-json/", false},
                                                           {site_url_ + "?rest_route=/", true}};
  std::optional<nlohmann::json> index;
  std::string refusal;  // a WordPress error answered instead of the index
  long last_status = 0;
  for (const auto& [root, plain] : roots) {
    HttpRequest request;
    request.url = root;
    const HttpResponse response = send(request, "GET wp-json/");
    const std::optional<nlohmann::json> answer = parse_answer(response.body);
    if (response.status == 401) answer_of(response, "GET wp-json/");  // throws: wrong password
    if (is_success(response.status) && answer && answer->is_object() && answer->contains("namespaces")) {
      index = answer;
      api_root_ = root;
      plain_routes_ = plain;
      break;
    }
    if (answer && !wordpress_error(*answer).empty()) refusal = wordpress_error(*answer);
    last_status = response.status;
  }
  if (!index) {
    if (!refusal.empty()) throw SiteError(tr("the WordPress REST API at %1$s is switched off: %2$s", site_url_, refusal));
    throw SiteError(tr("no WordPress REST API at %1$s (%2$s at wp-json/ and ?rest_route=/): the REST API is switched "
                       "off, or this is not a WordPress site",
                       site_url_, status_text(last_status)));
  }
  const nlohmann::json& namespaces = (*index)["namespaces"];
  if (!namespaces.is_array() || std::find(namespaces.begin(), namespaces.end(), "wp/v2") == namespaces.end()) {
    throw SiteError(tr("the WordPress REST API at %1$s does not offer its posts and media (wp/v2): switched off by a "
                       "plugin?",
                       site_url_));
  }
  if (const auto found = index->find("name"); found != index->end() && found->is_string()) name_ = *found;

  // Who we are: an application password that WordPress ignores makes an anonymous request.
  HttpRequest request;
  request.url = endpoint("users/me", {{"context", "edit"}});
  const HttpResponse response = send(request, "GET users/me");
  if (response.status == 401) {
    const auto authentication = index->find("authentication");
    const bool application_passwords = authentication != index->end() && authentication->is_object() &&
                                       authentication->contains("application-passwords");
    const std::optional<nlohmann::json> answer = parse_answer(response.body);
    const std::string why = explanation(response, answer);
    const std::string status = status_text(response.status);
    if (!application_passwords && site_url_.rfind("http://", 0) == 0) {
      throw SiteError(tr("%1$s refused the user name or application password of '%2$s' (%3$s): %4$s; WordPress accepts "
                         "application passwords over plain HTTP only on a local site: use https://",
                         site_url_, user_, status, why));
    }
    if (!application_passwords) {
      throw SiteError(tr("%1$s refused the user name or application password of '%2$s' (%3$s): %4$s; application "
                         "passwords are off on this site (they need WordPress 5.6 or later)",
                         site_url_, user_, status, why));
    }
    throw SiteError(tr("%1$s refused the user name or application password of '%2$s' (%3$s): %4$s", site_url_, user_,
                       status, why));
  }
  const nlohmann::json me = answer_of(response, "GET users/me");
  const auto capabilities = me.find("capabilities");
  for (const char* needed : {"upload_files", "edit_posts", "publish_posts"}) {
    const bool granted = capabilities != me.end() && capabilities->is_object() && capabilities->contains(needed) &&
                         (*capabilities)[needed].is_boolean() && (*capabilities)[needed].get<bool>();
    if (!granted) {
      throw SiteError(tr("the user '%1$s' may not publish on %2$s: the account lacks the right '%3$s' (an Author, "
                         "Editor or Administrator account is needed)",
                         user_, site_url_, needed));
    }
  }
}

nlohmann::json WordPressSite::get(const std::string& route, const Query& query) {
  HttpRequest request;
  request.url = endpoint(route, query);
  return answer_of(send(request, "GET " + route), "GET " + route);
}

std::optional<nlohmann::json> WordPressSite::get_if_exists(const std::string& route, const Query& query) {
  HttpRequest request;
  request.url = endpoint(route, query);
  const HttpResponse response = send(request, "GET " + route);
  if (response.status == 404 || response.status == 410) return std::nullopt;
  return answer_of(response, "GET " + route);
}

nlohmann::json WordPressSite::post(const std::string& route, const nlohmann::json& body) {
  HttpRequest request;
  request.method = "POST";
  request.url = endpoint(route, {});
  request.headers = {"Content-Type: application/json; charset=utf-8"};
  request.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return answer_of(send(request, "POST " + route), "POST " + route);
}

nlohmann::json WordPressSite::upload(const std::string& file_name, const std::string& mime_type,
                                     const std::string& bytes, const Query& query) {
  HttpRequest request;
  request.method = "POST";
  request.url = endpoint("media", query);
  // The name is a slug and hex digits (html::read_photo): nothing to quote inside the header.
  request.headers = {"Content-Type: " + mime_type, "Content-Disposition: attachment; filename=\"" + file_name + "\""};
  request.body = bytes;
  return answer_of(send(request, "POST media " + file_name), "POST media " + file_name);
}

}  // namespace thidua::publish
