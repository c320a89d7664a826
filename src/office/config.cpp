// Reading thidua.conf: `name = value` lines, each checked, every mistake located.
#include "office/config.h"

#include <set>

#include "i18n/i18n.h"
#include "io/files.h"

namespace thidua::office {

namespace {

std::string trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\r");
  return std::string(text.substr(first, last - first + 1));
}

bool parse_yes_no(const std::string& value, bool& out) {
  if (value == "yes" || value == "true" || value == "on" || value == "1") return out = true, true;
  if (value == "no" || value == "false" || value == "off" || value == "0") return out = false, true;
  return false;
}

}  // namespace

bool parse_listen(const std::string& text, std::string& host, unsigned short& port) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size()) return false;
  std::string h = text.substr(0, colon);
  if (h.front() == '[') {
    if (h.back() != ']') return false;
    h = h.substr(1, h.size() - 2);
  } else if (h.find(':') != std::string::npos) {
    return false;  // an IPv6 address needs its brackets
  }
  const std::string digits = text.substr(colon + 1);
  if (digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos) return false;
  const unsigned long p = std::stoul(digits);
  if (p > 65535 || h.empty()) return false;
  host = h;
  port = static_cast<unsigned short>(p);
  return true;
}

std::string url_origin(const std::string& url) {
  std::size_t start = 0;
  if (url.rfind("https://", 0) == 0) start = 8;
  else if (url.rfind("http://", 0) == 0) start = 7;
  else return {};
  const std::size_t end = url.find_first_of("/?#", start);
  const std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (authority.empty() || authority.find_first_of("@ \t") != std::string::npos) return {};
  std::string origin = url.substr(0, start) + authority;
  for (char& c : origin) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // The default port is not written in an Origin header.
  if (start == 8 && origin.size() > 4 && origin.compare(origin.size() - 4, 4, ":443") == 0) origin.resize(origin.size() - 4);
  if (start == 7 && origin.size() > 3 && origin.compare(origin.size() - 3, 3, ":80") == 0) origin.resize(origin.size() - 3);
  return origin;
}

Config read_config(const std::string& path, Diagnostics& diags) {
  const std::string text = io::read_file(path);
  Config config;
  std::set<std::string> seen;
  std::size_t line_start = 0;
  int line_number = 0;
  while (line_start <= text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    const std::string_view line(text.data() + line_start, line_end - line_start);
    ++line_number;
    const std::size_t next = line_end + 1;
    const std::string content = trim(line.substr(0, line.find('#')));
    const int indent = static_cast<int>(line.find_first_not_of(" \t")) + 1;
    line_start = next;
    if (content.empty()) {
      if (line_end == text.size()) break;
      continue;
    }
    const std::size_t eq = content.find('=');
    if (eq == std::string::npos) {
      diags.error(SourceLoc(path, line_number, indent), _("expected 'name = value'"));
      continue;
    }
    const std::string name = trim(std::string_view(content).substr(0, eq));
    const std::string value = trim(std::string_view(content).substr(eq + 1));
    const std::size_t eq_in_line = line.find('=');
    const std::size_t value_pos = line.find_first_not_of(" \t", eq_in_line + 1);
    const int value_column = static_cast<int>(value_pos == std::string_view::npos ? eq_in_line + 1 : value_pos) + 1;
    const SourceLoc at(path, line_number, indent);
    const SourceLoc value_at(path, line_number, value_column);
    if (!seen.insert(name).second) {
      diags.error(at, tr("'%1$s' is given twice", name));
      continue;
    }
    if (name == "listen") {
      if (!parse_listen(value, config.host, config.port)) {
        diags.error(value_at, tr("listen: '%1$s' is not ADDRESS:PORT (e.g. 127.0.0.1:8080)", value));
      }
    } else if (name == "data") {
      if (value.empty() || value.front() != '/') diags.error(value_at, _("data: give the data folder as an absolute path"));
      else config.data = value;
    } else if (name == "public-url") {
      if (!value.empty() && url_origin(value).empty()) {
        diags.error(value_at, tr("public-url: '%1$s' is not an http:// or https:// address", value));
      } else {
        config.public_url = value;
      }
    } else if (name == "proxy") {
      config.proxy = value;
    } else if (name == "office") {
      if (!parse_yes_no(value, config.office)) diags.error(value_at, tr("office: '%1$s' is neither yes nor no", value));
    } else if (name == "session-minutes") {
      if (value.empty() || value.size() > 5 || value.find_first_not_of("0123456789") != std::string::npos ||
          std::stoul(value) == 0) {
        diags.error(value_at, tr("session-minutes: '%1$s' is not a number of minutes", value));
      } else {
        config.session_minutes = static_cast<unsigned>(std::stoul(value));
      }
    } else {
      diags.error(at, tr("unknown setting '%1$s' (the settings are listen, data, public-url, proxy, office, "
                         "session-minutes)",
                         name));
    }
    if (line_end == text.size()) break;
  }
  return config;
}

}  // namespace thidua::office
