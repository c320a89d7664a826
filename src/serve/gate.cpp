// The request gate: the token in constant time, a cookie after the first visit, DNS rebinding and cross-site refusals.
#include "serve/gate.h"

#include <sys/random.h>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"
#include "tmpl/escape.h"

namespace thidua::serve {

std::string new_token() {
  unsigned char bytes[16];
  std::size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (n <= 0) throw Failure(ExitCode::io_or_internal, SourceLoc{}, _("cannot read random bytes for the session token"));
    got += static_cast<std::size_t>(n);
  }
  static const char digits[] = "0123456789abcdef";
  std::string token;
  for (unsigned char b : bytes) {
    token += digits[b >> 4];
    token += digits[b & 15];
  }
  return token;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  // Every byte of the longer string is looked at whatever the contents; only the lengths leak.
  const std::size_t n = std::max(a.size(), b.size());
  unsigned diff = a.size() == b.size() ? 0u : 1u;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned>(x ^ y);
  }
  return diff == 0;
}

std::optional<std::string> cookie_value(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const std::size_t semi = header.find(';');
    std::string_view pair = header.substr(0, semi);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) return std::string(pair.substr(eq + 1));
    if (semi == std::string_view::npos) break;
    header.remove_prefix(semi + 1);
  }
  return std::nullopt;
}

HttpResponse forbidden(const HttpRequest& request, const std::string& message) {
  HttpResponse response;
  response.status = 403;
  if (request.path().rfind("/api/", 0) == 0) {
    response.content_type = "application/json";
    response.body = nlohmann::json{{"error", message}}.dump();
  } else {
    response.content_type = "text/html; charset=utf-8";
    response.body = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Không được phép</title>"
                    "</head><body><h1>Không được phép</h1><p>" +
                    tmpl::html_escape(message) + "</p></body></html>";
  }
  return response;
}

Gate::Gate(std::string token, std::vector<std::string> hosts) : token_(std::move(token)), hosts_(std::move(hosts)) {}

std::string Gate::cookie() const {
  return std::string(cookie_name) + "=" + token_ + "; Path=/; HttpOnly; SameSite=Strict";
}

bool Gate::host_allowed(std::string_view host) const {
  for (const std::string& allowed : hosts_) {
    if (host == allowed) return true;
  }
  return false;
}

bool Gate::origin_allowed(std::string_view origin) const {
  constexpr std::string_view scheme = "http://";
  if (origin.substr(0, scheme.size()) != scheme) return false;
  return host_allowed(origin.substr(scheme.size()));
}

bool Gate::token_matches(std::string_view candidate) const { return constant_time_equal(candidate, token_); }

std::optional<HttpResponse> Gate::admit(const HttpRequest& request) const {
  // DNS rebinding: a foreign name resolving to 127.0.0.1 reaches us with its own Host.
  if (!host_allowed(request.header("host"))) {
    return forbidden(request, "Địa chỉ máy chủ không hợp lệ. Hãy mở đúng địa chỉ mà lệnh thidua serve đã in ra.");
  }
  if (request.has_header("origin") && !origin_allowed(request.header("origin"))) {
    return forbidden(request, "Yêu cầu đến từ một trang khác nên bị từ chối.");
  }
  if (request.has_header("referer")) {
    const std::string referer = request.header("referer");
    const std::size_t slash = referer.find('/', std::string_view("http://").size());
    if (!origin_allowed(std::string_view(referer).substr(0, slash))) {
      return forbidden(request, "Yêu cầu đến từ một trang khác nên bị từ chối.");
    }
  }
  const std::string from_query = request.query("token");
  if (!from_query.empty()) {
    if (!token_matches(from_query)) {
      return forbidden(request, "Mã truy cập không đúng. Hãy mở đúng địa chỉ mà lệnh thidua serve đã in ra.");
    }
    if (request.method == "GET" && request.path().rfind("/api/", 0) != 0) {
      // The first visit: keep the token in a cookie and take it out of the address bar.
      HttpResponse redirect;
      redirect.status = 303;
      redirect.headers.emplace_back("Set-Cookie", cookie());
      redirect.headers.emplace_back("Location", request.path());
      return redirect;
    }
    return std::nullopt;
  }
  const std::optional<std::string> from_cookie = cookie_value(request.header("cookie"), cookie_name);
  if (!from_cookie) {
    return forbidden(request, "Thiếu mã truy cập. Hãy mở đúng địa chỉ mà lệnh thidua serve đã in ra.");
  }
  if (!token_matches(*from_cookie)) {
    return forbidden(request, "Mã truy cập không đúng. Hãy mở đúng địa chỉ mà lệnh thidua serve đã in ra.");
  }
  return std::nullopt;
}

}  // namespace thidua::serve
