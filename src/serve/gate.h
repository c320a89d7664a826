// The one place every request passes before any handler: in the one-user mode the session
// token, Host, Origin and Referer; in office mode also the signed-in account, its CSRF token,
// sign-in and sign-out, and who the caller is for the handlers' checks of roles and folders.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "office/accounts.h"
#include "office/history.h"
#include "serve/http_server.h"

namespace thidua::serve {

// Who a request comes from, as the gate established it; the handlers check each path with it.
struct Caller {
  bool office = false;      // false: the one-user mode, where the holder of the token may do everything
  std::string user;         // the account ("" in the one-user mode)
  office::Role role = office::Role::admin;
  std::vector<std::string> folders;  // an editor's or reader's folders
  std::string csrf;         // the session's CSRF token
  std::string address;      // the client's address (the proxy's X-Forwarded-For when it came through it)

  // True when the caller may read `relative` (a path in the data folder, '/' between parts).
  bool may_read(std::string_view relative) const;
  // True when the caller may write `relative`.
  bool may_write(std::string_view relative) const;
  // True for the administrator (and in the one-user mode).
  bool admin() const { return role == office::Role::admin; }
};

// What office mode needs besides the names the server answers to.
struct OfficeSettings {
  std::string data_folder;    // holds .thidua/accounts.json and .thidua/audit.log
  std::string public_url;     // "https://thidua.example.vn/": its origin is accepted, https makes cookies Secure
  std::string proxy;          // the reverse proxy's address: its X-Forwarded-Proto/Host/For are believed
  std::chrono::seconds idle{3600};  // a session ends after this long without a request
};

// Admits or refuses requests.
class Gate {
 public:
  // The one-user mode: `token` is the session token; `hosts` the names the server answers to
  // ("127.0.0.1:8080", "localhost:8080", …), each also accepted as the origin "http://NAME".
  Gate(std::string token, std::vector<std::string> hosts);
  // Office mode: accounts from the data folder, sessions signed in at /login.
  Gate(OfficeSettings office, std::vector<std::string> hosts);
  ~Gate();
  Gate(Gate&&) noexcept;
  Gate& operator=(Gate&&) noexcept;

  // Nullopt when the request may go on (with `caller` filled in); otherwise the refusal to
  // send (403, 401, or a redirect: to /login, or one that stores the token in a cookie).
  std::optional<HttpResponse> admit(const HttpRequest& request, Caller& caller);
  // The same when who the caller is does not matter.
  std::optional<HttpResponse> admit(const HttpRequest& request) {
    Caller ignored;
    return admit(request, ignored);
  }

  // True in office mode.
  bool office() const { return office_ != nullptr; }
  // Office mode: POST /api/login {"user", "password"}: a session cookie, or a refusal
  // (401 wrong, 429 too many failures, with Retry-After).
  HttpResponse login(const HttpRequest& request, const Caller& caller);
  // Office mode: ends the caller's session and clears its cookie.
  HttpResponse logout(const HttpRequest& request, const Caller& caller);
  // Office mode: the audit log (logins, saves, restores, builds).
  office::AuditLog& audit();

  // The cookie header value that carries the token (one-user mode).
  std::string cookie() const;
  // The name of the one-user mode's cookie.
  static constexpr std::string_view cookie_name = "thidua_token";
  // The name of office mode's session cookie.
  static constexpr std::string_view session_cookie_name = "thidua_session";

 private:
  struct Office;
  bool host_allowed(std::string_view host) const;
  bool origin_allowed(std::string_view origin) const;
  bool token_matches(std::string_view candidate) const;
  std::optional<HttpResponse> admit_office(const HttpRequest& request, Caller& caller);

  std::string token_;
  std::vector<std::string> hosts_;
  std::unique_ptr<Office> office_;
};

// A new random token: `bytes` bytes from the kernel's random source as lower-case hex digits.
std::string new_token(std::size_t bytes = 16);

// Compares in time that depends only on the lengths, not on where the strings differ.
bool constant_time_equal(std::string_view a, std::string_view b);

// The value of cookie `name` in a Cookie header ("a=1; b=2"), or nullopt.
std::optional<std::string> cookie_value(std::string_view header, std::string_view name);

// A 403 response with a Vietnamese explanation (HTML for page loads, JSON for the API).
HttpResponse forbidden(const HttpRequest& request, const std::string& message);

}  // namespace thidua::serve
