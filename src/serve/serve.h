// `thidua serve`: runs the web app for a folder of event files until Ctrl-C.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "serve/app.h"
#include "serve/gate.h"

namespace thidua::serve {

// How to serve.
struct ServeOptions {
  std::string folder = ".";         // the event files; created when missing
  std::string host = "127.0.0.1";   // the address to listen on
  unsigned short port = 8080;       // 0: any free port
  bool open_browser = false;        // open the address in the desktop's browser
  std::optional<OfficeSettings> office;  // set: office mode (accounts, roles, history) instead of a token
};

// Serves until SIGINT or SIGTERM; prints the address to open (with its token; in office mode
// the sign-in address) on stdout and, when `host` is not a loopback address in the one-user
// mode, a warning on stderr. Returns the exit code.
int run_server(const ServeOptions& options, DocumentService documents);

}  // namespace thidua::serve
