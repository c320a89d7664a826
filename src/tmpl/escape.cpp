// Escaping functions for HTML, JSON inside <script>, and URLs.
#include "tmpl/escape.h"

#include <cctype>

namespace thidua::tmpl {

namespace {

const char hex_digits[] = "0123456789ABCDEF";

void append_percent(std::string& out, unsigned char byte) {
  out += '%';
  out += hex_digits[byte >> 4];
  out += hex_digits[byte & 0x0F];
}

void append_u_escape(std::string& out, unsigned value) {
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += static_cast<char>(std::tolower(hex_digits[(value >> shift) & 0x0F]));
}

bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

// The entity that writes `c` in XML, for the characters xml_escape() takes.
const char* entity_of(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    case '\r': return "&#13;";
    default: return "";
  }
}

}  // namespace

std::string xml_escape(std::string_view text, std::string_view special) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    const char* entity = special.find(c) == std::string_view::npos ? "" : entity_of(c);
    if (*entity == '\0') {
      out += c;  // not special, or special without an entity: kept as it is, never dropped
    } else {
      out += entity;
    }
  }
  return out;
}

std::string html_escape(std::string_view text) { return xml_escape(text, "&<>\"'"); }

std::string json_string_escape(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + 8);
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '<': case '>': case '&': append_u_escape(out, c); break;
      default:
        if (c < 0x20 || c == 0x7F) {
          append_u_escape(out, c);
        } else if (c == 0xE2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(utf8[i + 2]) == 0xA8 || static_cast<unsigned char>(utf8[i + 2]) == 0xA9)) {
          // U+2028 and U+2029 end a line in JavaScript but not in JSON.
          append_u_escape(out, 0x2000u + static_cast<unsigned char>(utf8[i + 2]) - 0x80u);
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::string safe_url(std::string_view url) {
  // Trim ASCII white space at the ends, as browsers do.
  while (!url.empty() && std::isspace(static_cast<unsigned char>(url.front()))) url.remove_prefix(1);
  while (!url.empty() && std::isspace(static_cast<unsigned char>(url.back()))) url.remove_suffix(1);
  for (char c : url) {
    // Browsers drop tabs and newlines inside URLs ("java\tscript:"), so refuse any control character.
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b == 0x7F) return "#";
  }
  const std::size_t end_of_scheme = url.find_first_of(":/?#");
  if (end_of_scheme != std::string_view::npos && url[end_of_scheme] == ':') {
    const std::string_view scheme = url.substr(0, end_of_scheme);
    if (!ascii_iequals(scheme, "http") && !ascii_iequals(scheme, "https")) return "#";
  }
  std::string out;
  out.reserve(url.size());
  for (char c : url) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80 || c == ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\') {
      append_percent(out, b);
    } else {
      out += c;
    }
  }
  return out;
}

std::string url_encode_segment(std::string_view segment) {
  std::string out;
  for (char c : segment) {
    const auto b = static_cast<unsigned char>(c);
    if (std::isalnum(b) != 0 && b < 0x80) {
      out += c;
    } else if (c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      append_percent(out, b);
    }
  }
  return out;
}

std::string xml_cdata(std::string_view text) {
  std::string out = "<![CDATA[";
  std::size_t pos = 0;
  for (std::size_t end = text.find("]]>"); end != std::string_view::npos; end = text.find("]]>", pos)) {
    out.append(text.substr(pos, end - pos));
    out += "]]]]><![CDATA[>";
    pos = end + 3;
  }
  out.append(text.substr(pos));
  out += "]]>";
  return out;
}

}  // namespace thidua::tmpl
