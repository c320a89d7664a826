// Tokenizer and structure check for mustache templates (default delimiters only).
#include "tmpl/scan.h"
#include "i18n/i18n.h"

#include <cctype>

namespace thidua::tmpl {

namespace {

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

TagKind kind_of(char sigil) {
  switch (sigil) {
    case '#': return TagKind::section;
    case '^': return TagKind::inverted;
    case '/': return TagKind::close;
    case '>': return TagKind::partial;
    case '&': return TagKind::unescaped;
    case '!': return TagKind::comment;
    default: return TagKind::variable;
  }
}

std::string where_text(const SourceLoc& loc) {
  return std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

}  // namespace

bool is_valid_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-' || c == '.' || c == '/';
    if (!ok) return false;
  }
  return true;
}

std::vector<Token> scan(std::string_view source, const std::string& file, Diagnostics& diags) {
  const LineIndex lines(source);
  std::vector<Token> tokens;
  std::vector<std::size_t> open_sections;  // indexes into tokens
  std::size_t pos = 0;
  while (pos < source.size()) {
    const std::size_t tag = source.find("{{", pos);
    if (tag == std::string_view::npos) {
      tokens.push_back({TagKind::text, {}, pos, source.size(), 0});
      break;
    }
    if (tag > pos) tokens.push_back({TagKind::text, {}, pos, tag, 0});
    // Same rule as kainjow: "{{{" opens an unescaped tag that must end with "}}}".
    const bool triple = tag + 2 < source.size() && source[tag + 2] == '{';
    const std::string_view closer = triple ? "}}}" : "}}";
    const std::size_t contents = tag + (triple ? 3 : 2);
    const std::size_t stop = source.find(closer, contents);
    if (stop == std::string_view::npos) {
      diags.error(lines.locate(file, tag), tr("unclosed tag: '%1$s' expected", closer));
      return tokens;
    }
    Token token;
    token.begin = tag;
    token.end = stop + closer.size();
    std::string_view body = trim(source.substr(contents, stop - contents));
    if (triple) {
      token.kind = TagKind::unescaped;
    } else if (!body.empty()) {
      token.kind = kind_of(body.front());
      if (token.kind != TagKind::variable) body = trim(body.substr(1));
    }
    pos = token.end;
    if (!triple && !body.empty() && body.front() == '=') {
      // Error locations depend on finding tags with the default delimiters, so changing them is refused.
      diags.error(lines.locate(file, tag), _("set-delimiter tags are not supported"));
      continue;
    }
    if (token.kind == TagKind::comment) {
      if (body.find("{{") != std::string_view::npos) {
        // The comment ends at the first "}}", so the rest would be rendered as text.
        diags.error(lines.locate(file, tag), _("'{{' inside a comment: the comment ends at the first '}}'"));
      }
      tokens.push_back(token);
      continue;
    }
    token.name = std::string(body);
    if (!is_valid_name(token.name)) {
      diags.error(lines.locate(file, tag),
                  token.name.empty() ? std::string(_("empty tag name"))
                                     : tr("bad tag name '%1$s': use ASCII letters, digits, '_', '-', '.' or '/'",
                                          token.name));
    }
    if (token.kind == TagKind::section || token.kind == TagKind::inverted) {
      open_sections.push_back(tokens.size());
    } else if (token.kind == TagKind::close) {
      if (open_sections.empty()) {
        diags.error(lines.locate(file, tag), tr("'{{/%1$s}}' closes no open section", token.name));
        continue;
      }
      const Token& opener = tokens[open_sections.back()];
      if (opener.name != token.name) {
        diags.error(lines.locate(file, tag),
                    tr("'{{/%1$s}}' does not match section '%2$s' opened at %3$s", token.name, opener.name,
                       where_text(lines.locate(file, opener.begin))));
        // Assume the intended section ends here, so one typo gives one error.
      }
      token.open = open_sections.back();
      open_sections.pop_back();
    }
    tokens.push_back(token);
  }
  for (std::size_t index : open_sections) {
    diags.error(lines.locate(file, tokens[index].begin), tr("unclosed section '%1$s'", tokens[index].name));
  }
  return tokens;
}

}  // namespace thidua::tmpl
