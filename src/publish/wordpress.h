// A WordPress site's REST API (wp/v2): finding it, checking the user, and reading and writing through it.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "publish/http.h"

namespace thidua::publish {

// The site could not be reached, refused the user, or answered with an error: the message says
// which, with WordPress's own words when it gave any. Always exit code 3.
class SiteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The JSON of a REST answer's body; nothing when it is not JSON (an HTML error page, PHP
// notices alone). Text before the JSON (PHP notices printed by a misconfigured site) is
// skipped. Never throws.
std::optional<nlohmann::json> parse_answer(std::string_view body);

// "message (code)" for a WordPress error object {"code": …, "message": …}; empty for anything else.
std::string wordpress_error(const nlohmann::json& answer);

// Query parameters of a request, in order.
using Query = std::vector<std::pair<std::string, std::string>>;

// One WordPress site, talked to as one user with an application password.
class WordPressSite {
 public:
  // A site at `site_url` (its home address, e.g. "https://congdoan.example.vn/").
  WordPressSite(HttpClient& http, std::string site_url, std::string user);

  // Finds the REST API (/wp-json/, or ?rest_route= on sites without pretty permalinks), reads the
  // site's name and time zone, and checks that the user may upload files and publish posts.
  // Throws SiteError.
  void connect();

  // The site's name, as its REST index gives it.
  const std::string& name() const { return name_; }
  // The site's home address, ending in "/".
  const std::string& url() const { return site_url_; }

  // GET of a wp/v2 route ("posts", "media/12"); throws SiteError for anything but a 2xx JSON answer.
  nlohmann::json get(const std::string& route, const Query& query = {});
  // GET that gives nothing for a 404 or 410 answer (a deleted post) instead of throwing.
  std::optional<nlohmann::json> get_if_exists(const std::string& route, const Query& query = {});
  // POST of a JSON object to a wp/v2 route; throws SiteError.
  nlohmann::json post(const std::string& route, const nlohmann::json& body);
  // Uploads a file to the media library (POST media) with `query` (slug, title, …); throws SiteError.
  nlohmann::json upload(const std::string& file_name, const std::string& mime_type, const std::string& bytes,
                        const Query& query);

 private:
  std::string endpoint(const std::string& route, const Query& query) const;
  nlohmann::json answer_of(const HttpResponse& response, const std::string& what) const;
  HttpResponse send(HttpRequest request, const std::string& what);

  HttpClient& http_;
  std::string site_url_;
  std::string user_;
  std::string api_root_;  // ".../wp-json/" or ".../?rest_route=/"
  bool plain_routes_ = false;  // routes as ?rest_route=/wp/v2/… (no pretty permalinks)
  std::string name_;
};

}  // namespace thidua::publish
