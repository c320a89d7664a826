// A small HTTP/1.1 server over Boost.Beast: plain request/response values, limits, clean stop.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace thidua::serve {

// One request as the handlers see it (Beast parsed it; nothing here parses HTTP).
struct HttpRequest {
  std::string method;  // "GET", "POST", …
  std::string target;  // "/api/event?path=a.xml"
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string body;
  std::string remote;  // the peer's address ("127.0.0.1", "::1")

  // The value of header `name` (lower case), or "" when absent.
  std::string header(std::string_view name) const;
  // True when header `name` is present (even empty).
  bool has_header(std::string_view name) const;
  // The target without its query string: "/api/event".
  std::string path() const;
  // The query parameter `name`, percent-decoded, or "" when absent.
  std::string query(std::string_view name) const;
};

// One response; Content-Length and Connection are set by the server.
struct HttpResponse {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers (Set-Cookie, Location, …)
};

// Turns a request into a response; called on a connection's thread, several at once.
using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

// What the server accepts before refusing a request.
struct HttpLimits {
  std::size_t max_header_bytes = 16 * 1024;
  std::size_t max_body_bytes = 32 * 1024 * 1024;  // an uploaded photo or list file
  unsigned max_connections = 64;  // browsers keep ~6 per tab; more wait in the listen queue
  int idle_seconds = 30;          // a connection with no request for this long is closed
};

// Listens on `host`:`port` (0 = any free port) and serves `handler` until stopped.
class HttpServer {
 public:
  // Binds at once; throws thidua::Failure (exit 3) when the address cannot be used.
  HttpServer(const std::string& host, unsigned short port, HttpLimits limits, HttpHandler handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // The port bound (the one chosen when 0 was asked for).
  unsigned short port() const;
  // Serves until `stop` becomes true (checked several times a second); then stops accepting,
  // lets every request being handled finish (a save in progress completes), and returns.
  void run(const std::atomic<bool>& stop);

 private:
  struct Impl;
  Impl* impl_;
};

// Parses the one request in `raw` from peer `remote` with Beast under `limits`, as a connection does; nullopt when
// it is malformed, incomplete or beyond the limits. (How the fuzz target reaches the handlers.)
std::optional<HttpRequest> parse_request(std::string_view raw, const HttpLimits& limits, const std::string& remote);

// Decodes %XX and '+' of a query component; malformed escapes are kept as they are.
std::string percent_decode(std::string_view text);

}  // namespace thidua::serve
