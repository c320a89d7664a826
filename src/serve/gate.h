// The one place every request passes before any handler: session token, Host, Origin and Referer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "serve/http_server.h"

namespace thidua::serve {

// Admits or refuses requests. Today one session token per server run; the office mode's
// accounts and roles (a later issue) replace `admit` and nothing else.
class Gate {
 public:
  // `token` is the session token; `hosts` the names the server answers to ("127.0.0.1:8080",
  // "localhost:8080", …), each also accepted as the origin "http://NAME".
  Gate(std::string token, std::vector<std::string> hosts);

  // Nullopt when the request may go on; otherwise the refusal to send (403, or a redirect
  // that stores the token of the address in a cookie and drops it from the address bar).
  std::optional<HttpResponse> admit(const HttpRequest& request) const;

  // The cookie header value that carries the token.
  std::string cookie() const;
  // The name of the cookie.
  static constexpr std::string_view cookie_name = "thidua_token";

 private:
  bool host_allowed(std::string_view host) const;
  bool origin_allowed(std::string_view origin) const;
  bool token_matches(std::string_view candidate) const;

  std::string token_;
  std::vector<std::string> hosts_;
};

// A new random session token: 32 lower-case hex digits from the kernel's random source.
std::string new_token();

// Compares in time that depends only on the lengths, not on where the strings differ.
bool constant_time_equal(std::string_view a, std::string_view b);

// The value of cookie `name` in a Cookie header ("a=1; b=2"), or nullopt.
std::optional<std::string> cookie_value(std::string_view header, std::string_view name);

// A 403 response with a Vietnamese explanation (HTML for page loads, JSON for the API).
HttpResponse forbidden(const HttpRequest& request, const std::string& message);

}  // namespace thidua::serve
