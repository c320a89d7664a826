// The office service's configuration: /etc/thidua/thidua.conf read into plain values.
#pragma once

#include <string>

#include "diag/diagnostic.h"

namespace thidua::office {

// What `thidua serve --config FILE` reads; every field has the value a missing line gives.
struct Config {
  std::string host = "127.0.0.1";  // listen = HOST:PORT
  unsigned short port = 8080;
  std::string data = "/var/lib/thidua";  // data = DIR: one folder per bloc
  std::string public_url;                // public-url = https://thidua.example.vn/ ("" = the listen address)
  std::string proxy;                     // proxy = ADDR: the reverse proxy whose X-Forwarded-* are believed
  bool office = true;                    // office = yes: accounts, roles, history; no: the one-user mode
  unsigned session_minutes = 60;         // session-minutes = N: a session ends after N idle minutes
};

// Reads `path`: one `name = value` a line, '#' starting a comment, blank lines ignored.
// Unknown names, bad values and repeated names are errors located FILE:LINE:COL in `diags`.
// Throws Failure (exit 3) when the file cannot be read.
Config read_config(const std::string& path, Diagnostics& diags);

// Splits "HOST:PORT" ("[::1]:8080", "0.0.0.0:80"); false when it is not one.
bool parse_listen(const std::string& text, std::string& host, unsigned short& port);

// The origin of an http(s) URL ("https://thidua.example.vn"), or "" when `url` is not one.
std::string url_origin(const std::string& url);

}  // namespace thidua::office
