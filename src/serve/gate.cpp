// The request gate: the token in constant time, a cookie after the first visit, DNS rebinding and
// cross-site refusals; in office mode accounts, sessions, CSRF tokens and the sign-in limits.
#include "serve/gate.h"

#include <sys/random.h>
#include <sys/stat.h>

#include <algorithm>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <semaphore>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"
#include "office/config.h"
#include "serve/sessions.h"
#include "tmpl/escape.h"

namespace thidua::serve {

std::string new_token(std::size_t count) {
  std::vector<unsigned char> bytes(count);
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::getrandom(bytes.data() + got, bytes.size() - got, 0);
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
    const std::string title = tmpl::html_escape(_("Not allowed"));
    response.body = std::string("<!DOCTYPE html><html lang=\"") + i18n::language_code() +
                    "\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title +
                    "</h1><p>" + tmpl::html_escape(message) + "</p></body></html>";
  }
  return response;
}

namespace {

// The first part of a path in the data folder: the bloc's folder.
std::string_view first_part(std::string_view relative) { return relative.substr(0, relative.find('/')); }

// Office mode keeps its own files in hidden folders (.thidua, .thidua-history): never served.
bool has_hidden_part(std::string_view relative) {
  for (;;) {
    if (!relative.empty() && relative.front() == '.') return true;
    const std::size_t slash = relative.find('/');
    if (slash == std::string_view::npos) return false;
    relative.remove_prefix(slash + 1);
  }
}

HttpResponse json_answer(int status, const nlohmann::json& body) {
  HttpResponse response;
  response.status = status;
  response.content_type = "application/json";
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

// "::ffff:127.0.0.1" (an IPv4 client of a dual-stack socket) is 127.0.0.1.
std::string plain_address(std::string address) {
  if (address.rfind("::ffff:", 0) == 0 && address.find('.') != std::string::npos) address.erase(0, 7);
  return address;
}

}  // namespace

bool Caller::may_read(std::string_view relative) const {
  if (!office) return true;
  if (has_hidden_part(relative)) return false;
  if (admin()) return true;
  const std::string_view folder = first_part(relative);
  if (folder.size() == relative.size()) return false;  // files directly in the data folder: the administrator's
  return std::find(folders.begin(), folders.end(), folder) != folders.end();
}

bool Caller::may_write(std::string_view relative) const {
  if (!office) return true;
  return role != office::Role::reader && may_read(relative);
}

// Office mode's state: accounts (reread when the file changes), sessions, sign-in limits, audit.
struct Gate::Office {
  OfficeSettings settings;
  std::string public_origin;  // "https://thidua.example.vn" or ""
  std::string public_host;    // "thidua.example.vn"
  bool public_https = false;
  office::AccountStore store;
  office::AuditLog audit;
  SessionTable sessions;
  LoginLimiter limiter;
  std::counting_semaphore<2> hashing{2};  // Argon2id takes 64 MiB each: two at once, whatever the crowd
  std::string dummy_hash;  // verified for unknown names, so a wrong name costs the time a wrong password does

  std::mutex accounts_mutex;
  std::shared_ptr<const std::vector<office::Account>> accounts = std::make_shared<std::vector<office::Account>>();
  struct stat accounts_stat{};
  bool accounts_loaded = false;

  explicit Office(OfficeSettings s)
      : settings(std::move(s)),
        public_origin(office::url_origin(settings.public_url)),
        store(settings.data_folder),
        audit(settings.data_folder),
        sessions(settings.idle) {
    public_https = public_origin.rfind("https://", 0) == 0;
    if (!public_origin.empty()) public_host = public_origin.substr(public_origin.find("//") + 2);
    dummy_hash = office::hash_password(new_token());
  }

  // The accounts as the file holds them now (read again only when the file changed).
  std::shared_ptr<const std::vector<office::Account>> current_accounts() {
    std::lock_guard lock(accounts_mutex);
    struct stat now{};
    const bool exists = ::stat(store.path().c_str(), &now) == 0;
    const bool same = accounts_loaded && exists && now.st_ino == accounts_stat.st_ino &&
                      now.st_size == accounts_stat.st_size && now.st_mtim.tv_sec == accounts_stat.st_mtim.tv_sec &&
                      now.st_mtim.tv_nsec == accounts_stat.st_mtim.tv_nsec;
    if (!same) {
      accounts = std::make_shared<std::vector<office::Account>>(exists ? store.load() : std::vector<office::Account>{});
      accounts_stat = now;
      accounts_loaded = exists;
    }
    return accounts;
  }

  bool from_proxy(const HttpRequest& request) const {
    return !settings.proxy.empty() && plain_address(request.remote) == settings.proxy;
  }
  // The client: the last address the proxy added to X-Forwarded-For, or the peer.
  std::string client_address(const HttpRequest& request) const {
    if (from_proxy(request) && request.has_header("x-forwarded-for")) {
      std::string list = request.header("x-forwarded-for");
      const std::size_t comma = list.rfind(',');
      std::string last = comma == std::string::npos ? list : list.substr(comma + 1);
      last.erase(0, last.find_first_not_of(' '));
      return last;
    }
    return plain_address(request.remote);
  }
  bool secure(const HttpRequest& request) const {
    return public_https || (from_proxy(request) && request.header("x-forwarded-proto") == "https");
  }
};

Gate::Gate(std::string token, std::vector<std::string> hosts) : token_(std::move(token)), hosts_(std::move(hosts)) {}

Gate::Gate(OfficeSettings office, std::vector<std::string> hosts)
    : hosts_(std::move(hosts)), office_(std::make_unique<Office>(std::move(office))) {
  if (!office_->public_host.empty()) hosts_.push_back(office_->public_host);
}

Gate::~Gate() = default;
Gate::Gate(Gate&&) noexcept = default;
Gate& Gate::operator=(Gate&&) noexcept = default;

office::AuditLog& Gate::audit() { return office_->audit; }

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
  if (office_ && !office_->public_origin.empty() && origin == office_->public_origin) return true;
  constexpr std::string_view scheme = "http://";
  if (origin.substr(0, scheme.size()) != scheme) return false;
  return host_allowed(origin.substr(scheme.size()));
}

bool Gate::token_matches(std::string_view candidate) const { return constant_time_equal(candidate, token_); }

std::optional<HttpResponse> Gate::admit(const HttpRequest& request, Caller& caller) {
  caller = Caller{};
  if (office_) return admit_office(request, caller);
  // DNS rebinding: a foreign name resolving to 127.0.0.1 reaches us with its own Host.
  if (!host_allowed(request.header("host"))) {
    return forbidden(request, _("The server address is not valid. Open the address that thidua serve printed."));
  }
  if (request.has_header("origin") && !origin_allowed(request.header("origin"))) {
    return forbidden(request, _("The request comes from another site, so it is refused."));
  }
  if (request.has_header("referer")) {
    const std::string referer = request.header("referer");
    const std::size_t slash = referer.find('/', std::string_view("http://").size());
    if (!origin_allowed(std::string_view(referer).substr(0, slash))) {
      return forbidden(request, _("The request comes from another site, so it is refused."));
    }
  }
  const std::string from_query = request.query("token");
  if (!from_query.empty()) {
    if (!token_matches(from_query)) {
      return forbidden(request, _("The access code is wrong. Open the address that thidua serve printed."));
    }
    if (request.method == "GET" && request.path().rfind("/api/", 0) != 0) {
      // The first visit: keep the token in a cookie and take it out of the address bar.
      HttpResponse redirect;
      redirect.status = 303;
      redirect.headers.emplace_back("Set-Cookie", cookie());
      // "//host/…" (or "/\\host") in Location is a link to another site: such a path goes home.
      const std::string path = request.path();
      const bool stays_here = !path.empty() && path[0] == '/' &&
                              (path.size() == 1 || (path[1] != '/' && path[1] != '\\'));
      redirect.headers.emplace_back("Location", stays_here ? path : "/");
      return redirect;
    }
    return std::nullopt;
  }
  const std::optional<std::string> from_cookie = cookie_value(request.header("cookie"), cookie_name);
  if (!from_cookie) {
    return forbidden(request, _("The access code is missing. Open the address that thidua serve printed."));
  }
  if (!token_matches(*from_cookie)) {
    return forbidden(request, _("The access code is wrong. Open the address that thidua serve printed."));
  }
  return std::nullopt;
}

namespace {

// Refuses a request from another site: its Origin, or else its Referer, names a page we do not serve.
bool cross_site(const HttpRequest& request, const std::function<bool(std::string_view)>& origin_allowed) {
  if (request.has_header("origin")) return !origin_allowed(request.header("origin"));
  if (request.has_header("referer")) {
    const std::string referer = request.header("referer");
    const std::size_t scheme_end = referer.find("://");
    const std::size_t slash = scheme_end == std::string::npos ? std::string::npos : referer.find('/', scheme_end + 3);
    return !origin_allowed(std::string_view(referer).substr(0, slash));
  }
  return false;
}

}  // namespace

std::optional<HttpResponse> Gate::admit_office(const HttpRequest& request, Caller& caller) {
  Office& o = *office_;
  caller.office = true;
  caller.address = o.client_address(request);
  // Behind the proxy the browser's Host comes as X-Forwarded-Host (when the proxy rewrites Host).
  const std::string host = o.from_proxy(request) && request.has_header("x-forwarded-host") ? request.header("x-forwarded-host")
                                                                                           : request.header("host");
  if (!host_allowed(host)) {
    return forbidden(request, _("The server address is not valid. Open the address of your office's thidua service."));
  }
  if (cross_site(request, [this](std::string_view origin) { return origin_allowed(origin); })) {
    return forbidden(request, _("The request comes from another site, so it is refused."));
  }
  const std::string path = request.path();
  const bool read_only = request.method == "GET" || request.method == "HEAD";
  // The sign-in page and the files it needs are open to everyone; so is signing in.
  if ((read_only && (path == "/login" || path.rfind("/assets/", 0) == 0)) || (request.method == "POST" && path == "/api/login")) {
    return std::nullopt;
  }
  const std::optional<std::string> id = cookie_value(request.header("cookie"), session_cookie_name);
  std::optional<Session> session = id ? o.sessions.touch(*id) : std::nullopt;
  const office::Account* account = nullptr;
  const auto accounts = o.current_accounts();
  if (session) {
    account = office::find_account(*accounts, session->user);
    // A removed account, or a changed password, ends the session at once.
    if (account == nullptr || account->hash != session->account_hash) {
      o.sessions.close(*id);
      session.reset();
    }
  }
  if (!session) {
    if (path.rfind("/api/", 0) == 0) {
      return json_answer(401, nlohmann::json{{"error", _("Your session has ended or you have not signed in. Sign in again.")},
                                             {"login", true}});
    }
    HttpResponse redirect;
    redirect.status = 303;
    redirect.headers.emplace_back("Location", "/login");
    return redirect;
  }
  caller.user = account->name;
  caller.role = account->role;
  caller.folders = account->folders;
  caller.csrf = session->csrf;
  if (!read_only && !constant_time_equal(request.header("x-csrf-token"), session->csrf)) {
    return forbidden(request, _("The anti-forgery (CSRF) code is missing or wrong. Reload the page."));
  }
  return std::nullopt;
}

HttpResponse Gate::login(const HttpRequest& request, const Caller& caller) {
  Office& o = *office_;
  const nlohmann::json body = nlohmann::json::parse(request.body);
  const std::string user = body.at("user").get<std::string>();
  const std::string password = body.at("password").get<std::string>();
  if (const long wait = o.limiter.wait_seconds(user, caller.address); wait > 0) {
    o.audit.record(user, caller.address, "login", "", "waiting");
    HttpResponse response = json_answer(
        429, nlohmann::json{{"error", trn("Too many wrong passwords. Wait %1$d second and try again.",
                                              "Too many wrong passwords. Wait %1$d seconds and try again.",
                                              static_cast<unsigned long>(wait), wait)},
                            {"wait", wait}});
    response.headers.emplace_back("Retry-After", std::to_string(wait));
    return response;
  }
  const auto accounts = o.current_accounts();
  const office::Account* account = office::find_account(*accounts, user);
  bool ok = false;
  o.hashing.acquire();
  try {
    ok = office::verify_password(account != nullptr ? account->hash : o.dummy_hash, password) && account != nullptr;
  } catch (...) {
    o.hashing.release();
    throw;
  }
  o.hashing.release();
  if (!ok) {
    o.limiter.failed(user, caller.address);
    o.audit.record(user, caller.address, "login", "", "wrong");
    return json_answer(401, nlohmann::json{{"error", _("The user name or the password is wrong.")}});
  }
  o.limiter.succeeded(user);
  std::string hash = account->hash;
  if (office::needs_rehash(hash)) {
    // Made with older limits: hashed again now that the password is at hand.
    std::lock_guard lock(o.accounts_mutex);
    std::vector<office::Account> all = o.store.load();
    for (office::Account& a : all) {
      if (a.name == user && a.hash == hash) a.hash = hash = office::hash_password(password);
    }
    o.store.store(all);
  }
  const std::string id = o.sessions.open(user, hash);
  const std::optional<Session> session = o.sessions.touch(id);
  o.audit.record(user, caller.address, "login", "", "ok");
  HttpResponse response = json_answer(200, nlohmann::json{{"user", user},
                                                          {"role", office::role_name(account->role)},
                                                          {"folders", account->folders},
                                                          {"csrf", session ? session->csrf : std::string()}});
  response.headers.emplace_back("Set-Cookie", std::string(session_cookie_name) + "=" + id +
                                                  "; Path=/; HttpOnly; SameSite=Strict" +
                                                  (o.secure(request) ? "; Secure" : ""));
  return response;
}

HttpResponse Gate::logout(const HttpRequest& request, const Caller& caller) {
  Office& o = *office_;
  if (const std::optional<std::string> id = cookie_value(request.header("cookie"), session_cookie_name)) o.sessions.close(*id);
  o.audit.record(caller.user, caller.address, "logout", "", "ok");
  HttpResponse response = json_answer(200, nlohmann::json{{"ok", true}});
  response.headers.emplace_back("Set-Cookie", std::string(session_cookie_name) +
                                                  "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" +
                                                  (o.secure(request) ? "; Secure" : ""));
  return response;
}

}  // namespace thidua::serve
