// `thidua serve`: binds, prints the address with its session token, serves until Ctrl-C, stops cleanly.
#include "serve/serve.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <iostream>

#include "i18n/i18n.h"
#include "office/accounts.h"
#include "serve/folder.h"
#include "serve/gate.h"
#include "serve/http_server.h"

namespace thidua::serve {

namespace {

std::atomic<bool> stop_requested{false};

extern "C" void request_stop(int) { stop_requested.store(true); }

bool is_loopback(const std::string& host) {
  return host.rfind("127.", 0) == 0 || host == "::1" || host == "localhost";
}

// The Host names the server answers to, with the port.
std::vector<std::string> host_names(const std::string& host, unsigned short port) {
  const std::string p = ":" + std::to_string(port);
  std::vector<std::string> names;
  if (host == "::1" || host == "::") names.push_back("[::1]" + p);
  if (is_loopback(host) || host == "0.0.0.0" || host == "::") {
    names.push_back("127.0.0.1" + p);
    names.push_back("localhost" + p);
  }
  if (host != "0.0.0.0" && host != "::" && host != "::1") {
    names.push_back((host.find(':') != std::string::npos ? "[" + host + "]" : host) + p);
  }
  return names;
}

}  // namespace

int run_server(const ServeOptions& options, DocumentService documents) {
  Folder folder(options.folder);
  const std::string token = new_token();
  App* app_ptr = nullptr;
  HttpServer server(options.host, options.port, HttpLimits{},
                    [&app_ptr](const HttpRequest& request) { return app_ptr->handle(request); });
  const unsigned short port = server.port();
  Gate gate = options.office ? Gate(*options.office, host_names(options.host, port))
                             : Gate(token, host_names(options.host, port));
  App app(std::move(folder), std::move(gate), std::move(documents));
  app_ptr = &app;

  struct sigaction action{};
  action.sa_handler = request_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a browser closing a connection must not end the server

  const std::string shown_host = options.host == "0.0.0.0" || options.host == "::" ? "127.0.0.1"
                                 : options.host.find(':') != std::string::npos     ? "[" + options.host + "]"
                                                                                   : options.host;
  const std::string origin = "http://" + shown_host + ":" + std::to_string(port);
  if (options.office) {
    // Office mode: no token; the clerks sign in. The address printed is where they do.
    std::cout << origin << "/login" << std::endl;
    if (!options.office->public_url.empty()) std::cerr << "thidua: " << tr("public address: %1$s", options.office->public_url) << '\n';
    if (office::AccountStore(options.office->data_folder).load().empty()) {
      std::cerr << "thidua: " << _("warning: there are no accounts yet; add the administrator's with "
                                   "'thidua user add NAME --role admin'")
                << '\n';
    }
    server.run(stop_requested);
    std::cerr << "thidua: " << _("stopped") << '\n';
    return 0;
  }
  const std::string address = origin + "/?token=" + token;
  if (!is_loopback(options.host)) {
    std::cerr << "thidua: "
              << tr("warning: listening on %1$s: every computer that can reach this one may open the folder "
                    "(with the address below)",
                    options.host)
              << '\n';
  }
  std::cout << address << std::endl;
  if (options.open_browser) {
    // xdg-open is the desktop's own way to open an address; it is not waited for.
    const std::string command = "xdg-open '" + address + "' >/dev/null 2>&1 &";
    if (std::system(command.c_str()) != 0) std::cerr << "thidua: " << _("warning: could not open a browser") << '\n';
  }
  server.run(stop_requested);
  std::cerr << "thidua: " << _("stopped") << '\n';
  return 0;
}

}  // namespace thidua::serve
