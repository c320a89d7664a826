// HTTP requests through libcurl: timeouts, bounded retries, TLS verification, basic authentication.
#pragma once

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

namespace thidua::publish {

// A request that got no HTTP answer: the site is unreachable, timed out, or TLS failed.
class HttpError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One HTTP request.
struct HttpRequest {
  std::string method = "GET";        // GET, POST, PUT, DELETE
  std::string url;
  std::vector<std::string> headers;  // "Content-Type: application/json", …
  std::string body;
};

// The answer to a request.
struct HttpResponse {
  long status = 0;            // 200, 404, …
  std::string content_type;   // as sent, e.g. "application/json; charset=UTF-8"
  std::string body;
};

// How requests are sent.
struct HttpOptions {
  std::string user;      // basic authentication; none when empty
  std::string password;
  std::chrono::seconds connect_timeout{10};
  std::chrono::seconds timeout{120};  // a whole request, uploads included
  int attempts = 3;                   // tries of a request that timed out or got a 502/503/504
  std::chrono::milliseconds retry_delay{1000};  // doubled after each try
  bool verify_tls = true;
};

// Sends requests with one reusable libcurl handle (keep-alive). libcurl is loaded on first use
// (see http.cpp for why).
class HttpClient {
 public:
  explicit HttpClient(HttpOptions options);
  virtual ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Sends `request`, retrying (up to `attempts` tries) after a timeout, a failed connection
  // attempt that timed out, or a 502, 503 or 504 answer; other answers, 4xx and 500 included,
  // are returned as they are. Throws HttpError when no answer came.
  // Virtual so that the fuzz target (fuzz/fuzz_wordpress.cpp) can answer with fuzzed responses.
  virtual HttpResponse send(const HttpRequest& request);

 private:
  HttpOptions options_;
  void* handle_ = nullptr;  // CURL*
};

}  // namespace thidua::publish
