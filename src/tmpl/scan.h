// Splits a mustache template into text and tags, the way kainjow 4.1 does, and checks its structure.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace thidua::tmpl {

// The kinds of pieces a template is made of.
enum class TagKind {
  text,       // literal text
  variable,   // {{name}}: escaped
  unescaped,  // {{{name}}} or {{&name}}
  section,    // {{#name}}
  inverted,   // {{^name}}
  close,      // {{/name}}
  partial,    // {{>name}}
  comment,    // {{!…}}
};

// One piece of a template: a run of text or one tag.
struct Token {
  TagKind kind = TagKind::text;
  std::string name;        // the tag's name, trimmed; empty for text and comments
  std::size_t begin = 0;   // byte offset of the piece in the source
  std::size_t end = 0;     // byte offset just past it
  std::size_t open = 0;    // close tags: index of the matching section token
};

// Scans `source` (named `file` in messages) into tokens. Reports every error it finds to
// `diags`: unclosed tags, bad or empty names, set-delimiter tags, unbalanced sections.
// Returns the tokens; they are only meaningful when no error was reported.
std::vector<Token> scan(std::string_view source, const std::string& file, Diagnostics& diags);

// True when `name` is a name templates may use: ASCII letters, digits, '_', '-', '.', '/'.
bool is_valid_name(std::string_view name);

}  // namespace thidua::tmpl
