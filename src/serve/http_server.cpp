// The HTTP server: Boost.Beast reads and writes the messages, one thread per connection, bounded.
#include "serve/http_server.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"

namespace thidua::serve {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

std::string HttpRequest::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key == name) return value;
  }
  return "";
}

bool HttpRequest::has_header(std::string_view name) const {
  for (const auto& entry : headers) {
    if (entry.first == name) return true;
  }
  return false;
}

std::string HttpRequest::path() const { return target.substr(0, target.find('?')); }

std::string HttpRequest::query(std::string_view name) const {
  const std::size_t question = target.find('?');
  if (question == std::string::npos) return "";
  std::string_view rest = std::string_view(target).substr(question + 1);
  while (!rest.empty()) {
    const std::size_t amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    const std::size_t eq = pair.find('=');
    if (percent_decode(pair.substr(0, eq)) == name) {
      return eq == std::string_view::npos ? "" : percent_decode(pair.substr(eq + 1));
    }
    if (amp == std::string_view::npos) break;
    rest.remove_prefix(amp + 1);
  }
  return "";
}

std::string percent_decode(std::string_view text) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

struct HttpServer::Impl {
  HttpLimits limits;
  HttpHandler handler;
  asio::io_context io;
  tcp::acceptor acceptor{io};
  std::mutex mutex;
  std::condition_variable changed;
  unsigned active = 0;           // connection threads running
  std::set<int> idle_sockets;    // connections waiting for their next request
  bool stopping = false;

  void serve_connection(tcp::socket socket);
  HttpResponse respond(http::request<http::string_body>& request, const std::string& remote);
};

namespace {

// Receive and send timeouts on the socket, so a silent peer frees its thread.
void set_timeouts(int fd, int seconds) {
  timeval tv{};
  tv.tv_sec = seconds;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

http::response<http::string_body> to_beast(HttpResponse&& response, unsigned version, bool keep_alive) {
  http::response<http::string_body> out{static_cast<http::status>(response.status), version};
  out.set(http::field::server, "thidua");
  out.set(http::field::content_type, response.content_type);
  for (auto& [name, value] : response.headers) out.insert(name, value);
  out.body() = std::move(response.body);
  out.keep_alive(keep_alive);
  out.prepare_payload();
  return out;
}

HttpResponse plain(int status, std::string text) {
  HttpResponse response;
  response.status = status;
  response.body = std::move(text);
  return response;
}

}  // namespace

namespace {

// The request as the handlers see it: header names in lower case.
HttpRequest request_of(http::request<http::string_body>& request, const std::string& remote) {
  HttpRequest req;
  req.remote = remote;
  req.method = std::string(request.method_string());
  req.target = std::string(request.target());
  for (const auto& field : request) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    req.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  req.body = std::move(request.body());
  return req;
}

}  // namespace

std::optional<HttpRequest> parse_request(std::string_view raw, const HttpLimits& limits, const std::string& remote) {
  http::request_parser<http::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(limits.max_header_bytes));
  parser.body_limit(limits.max_body_bytes);
  parser.eager(true);
  beast::error_code ec;
  std::size_t used = 0;
  while (!ec && !parser.is_done() && used < raw.size()) {
    const std::size_t n = parser.put(asio::buffer(raw.data() + used, raw.size() - used), ec);
    if (n == 0) break;
    used += n;
  }
  if (!ec && !parser.is_done()) parser.put_eof(ec);
  if (ec || !parser.is_done()) return std::nullopt;
  http::request<http::string_body> request = parser.release();
  return request_of(request, remote);
}

HttpResponse HttpServer::Impl::respond(http::request<http::string_body>& request, const std::string& remote) {
  HttpRequest req = request_of(request, remote);
  try {
    return handler(req);
  } catch (const Failure& failure) {
    std::string text = _("Server error.");
    for (const Diagnostic& d : failure.diagnostics()) text += "\n" + d.format();
    return plain(500, text);
  } catch (const std::exception& error) {
    return plain(500, tr("Server error: %1$s", error.what()));
  }
}

void HttpServer::Impl::serve_connection(tcp::socket socket) {
  const int fd = socket.native_handle();
  set_timeouts(fd, limits.idle_seconds);
  beast::error_code endpoint_error;
  const std::string remote = socket.remote_endpoint(endpoint_error).address().to_string();
  beast::flat_buffer buffer;
  for (;;) {
    {
      std::lock_guard lock(mutex);
      if (stopping) break;
      idle_sockets.insert(fd);
    }
    http::request_parser<http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(limits.max_header_bytes));
    parser.body_limit(limits.max_body_bytes);
    beast::error_code ec;
    http::read_header(socket, buffer, parser, ec);
    {
      std::lock_guard lock(mutex);
      idle_sockets.erase(fd);
    }
    if (!ec && !parser.is_done()) http::read(socket, buffer, parser, ec);
    if (ec == http::error::body_limit || ec == http::error::header_limit) {
      const bool body = ec == http::error::body_limit;
      auto refusal = to_beast(plain(body ? 413 : 431, body ? _("What was sent is too large.") : _("The request's headers are too large.")),
                              11, false);
      http::write(socket, refusal, ec);
      break;
    }
    if (ec) break;  // closed, timed out or malformed: nothing to answer
    http::request<http::string_body> request = parser.release();
    const unsigned version = request.version();
    const bool keep_alive = request.keep_alive();
    auto response = to_beast(respond(request, remote), version, keep_alive);
    http::write(socket, response, ec);
    if (ec || !keep_alive) break;
  }
  beast::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
  socket.close(ignored);
}

HttpServer::HttpServer(const std::string& host, unsigned short port, HttpLimits limits, HttpHandler handler)
    : impl_(new Impl) {
  impl_->limits = limits;
  impl_->handler = std::move(handler);
  beast::error_code ec;
  const asio::ip::address address = asio::ip::make_address(host, ec);
  if (ec) {
    delete impl_;
    throw Failure(ExitCode::usage, SourceLoc{}, tr("'%1$s' is not an IP address (e.g. 127.0.0.1)", host));
  }
  const tcp::endpoint endpoint(address, port);
  impl_->acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl_->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) impl_->acceptor.bind(endpoint, ec);
  if (!ec) impl_->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    const std::string reason = i18n::system_error_text(ec);
    delete impl_;
    throw Failure(ExitCode::io_or_internal, SourceLoc{},
                  tr("cannot listen on %1$s:%2$d: %3$s", host, static_cast<int>(port), reason));
  }
}

HttpServer::~HttpServer() { delete impl_; }

unsigned short HttpServer::port() const { return impl_->acceptor.local_endpoint().port(); }

void HttpServer::run(const std::atomic<bool>& stop) {
  Impl& s = *impl_;
  const int listen_fd = s.acceptor.native_handle();
  while (!stop.load()) {
    pollfd pfd{listen_fd, POLLIN, 0};
    const int ready = ::poll(&pfd, 1, 200);  // wakes up to look at `stop`
    if (ready <= 0) continue;
    {
      std::unique_lock lock(s.mutex);
      s.changed.wait(lock, [&] { return s.active < s.limits.max_connections || stop.load(); });
      if (stop.load()) break;
      ++s.active;
    }
    beast::error_code ec;
    tcp::socket socket(s.io);
    s.acceptor.accept(socket, ec);
    if (ec) {
      std::lock_guard lock(s.mutex);
      --s.active;
      continue;
    }
    std::thread([&s, sock = std::move(socket)]() mutable {
      s.serve_connection(std::move(sock));
      std::lock_guard lock(s.mutex);
      --s.active;
      s.changed.notify_all();
    }).detach();
  }
  beast::error_code ignored;
  s.acceptor.close(ignored);
  // Connections waiting for a request are woken (their read fails); those handling one finish it.
  std::unique_lock lock(s.mutex);
  s.stopping = true;
  for (;;) {
    for (int fd : s.idle_sockets) ::shutdown(fd, SHUT_RD);
    if (s.changed.wait_for(lock, std::chrono::milliseconds(50), [&] { return s.active == 0; })) break;
  }
}

}  // namespace thidua::serve
