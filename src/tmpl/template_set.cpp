// Loading, inlining and strict rendering of a set of mustache templates.
#include "tmpl/template_set.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>

#include "i18n/i18n.h"
#include "io/install_paths.h"
#include "io/files.h"
#include "tmpl/strict_context.h"

namespace thidua::tmpl {

namespace fs = std::filesystem;

namespace {

const char* sigil(TagKind kind) {
  switch (kind) {
    case TagKind::section: return "#";
    case TagKind::inverted: return "^";
    case TagKind::close: return "/";
    case TagKind::unescaped: return "&";
    default: return "";
  }
}

// True when the current output line holds only blanks (so far). The line starts after the last
// newline, or after `floor` when a standalone tag that swallowed its line ends the output.
bool blank_line_so_far(const std::string& out, std::size_t floor, std::size_t& line_start) {
  const std::size_t newline = out.find_last_of('\n');
  line_start = std::max(newline == std::string::npos ? 0 : newline + 1, floor);
  return out.find_first_not_of(" \t", line_start) == std::string::npos;
}

// When only blanks and a line end follow `pos`, returns the offset past that line end.
bool blank_rest_of_line(const std::string& text, std::size_t pos, std::size_t& next_line) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos == text.size()) {
    next_line = pos;
    return true;
  }
  if (text[pos] == '\n') {
    next_line = pos + 1;
    return true;
  }
  if (text.compare(pos, 2, "\r\n") == 0) {
    next_line = pos + 2;
    return true;
  }
  return false;
}

std::string without_final_newline(const std::string& text) {
  if (text.ends_with("\r\n")) return text.substr(0, text.size() - 2);
  if (text.ends_with('\n')) return text.substr(0, text.size() - 1);
  return text;
}

std::string read_file(const fs::path& path) {
  io::InputFile file = io::read_input_file(path.string(), max_template_file_bytes);
  if (!file.bytes) {
    // A template beyond the size limit is bad input (staff edit templates), not an I/O failure.
    throw Failure(file.too_large ? ExitCode::bad_input : ExitCode::io_or_internal, {path.string()},
                  tr("cannot read template file: %1$s", file.error));
  }
  return std::move(*file.bytes);
}

// The output of one render, refusing to grow past max_output_bytes (kainjow writes to any
// stream with operator<<).
struct BoundedOutput {
  std::string text;
  bool overflow = false;
  BoundedOutput& operator<<(const std::string& piece) {
    if (text.size() + piece.size() > max_output_bytes) {
      overflow = true;
      throw RenderStopped();
    }
    text += piece;
    return *this;
  }
};

}  // namespace

TemplateSet::~TemplateSet() = default;

std::string TemplateSet::default_directory() {
  if (const char* env = std::getenv("THIDUA_TEMPLATES"); env != nullptr && *env != '\0') return env;
  const std::string found = io::find_data_folder(io::executable_folder(), "templates");
  if (found.empty()) {
    throw Failure(ExitCode::io_or_internal, {io::executable_folder()},
                  _("no templates beside the program (../share/thidua/templates); give --templates DIR or set THIDUA_TEMPLATES"));
  }
  return found;
}

TemplateSet TemplateSet::load(const std::string& directory, Diagnostics& diags,
                              const std::vector<std::string>& folders) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    throw Failure(ExitCode::io_or_internal, {directory}, _("template directory not found"));
  }
  TemplateSet set;
  set.directory_ = directory;
  // Only the selected folders are listed; the partials they include are found by name
  // (find_source). Every folder when none is selected.
  std::vector<fs::path> roots;
  if (folders.empty()) roots.push_back(directory);
  for (const std::string& folder : folders) {
    if (fs::is_directory(fs::path(directory) / folder, ec)) roots.push_back(fs::path(directory) / folder);
  }
  for (const fs::path& root : roots) {
    fs::recursive_directory_iterator it(root, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& path = it->path();
      if (!it->is_regular_file(ec) || path.extension() != ".mustache") continue;
      fs::path relative = path.lexically_relative(directory);
      relative.replace_extension();
      set.sources_[relative.generic_string()] = {path.string(), std::nullopt};  // read when compiled
    }
    if (ec) throw Failure(ExitCode::io_or_internal, {root.string()}, tr("cannot list template directory: %1$s", i18n::system_error_text(ec)));
  }
  set.build(diags, folders);
  return set;
}

TemplateSet TemplateSet::from_sources(const std::vector<std::pair<std::string, std::string>>& sources,
                                      Diagnostics& diags) {
  TemplateSet set;
  for (const auto& [name, text] : sources) set.sources_[name] = {name + ".mustache", text};
  set.build(diags, {});
  return set;
}

bool TemplateSet::has(const std::string& name) const { return compiled_.count(name) != 0; }

std::vector<std::string> TemplateSet::names() const {
  std::vector<std::string> out;
  for (const auto& entry : compiled_) out.push_back(entry.first);
  return out;
}

bool TemplateSet::find_source(const std::string& name) {
  if (sources_.count(name) != 0) return true;
  if (directory_.empty()) return false;
  const fs::path relative(name);
  for (const fs::path& part : relative) {
    if (part == ".." || part == ".") return false;  // a partial stays inside the template folder
  }
  const fs::path path = fs::path(directory_) / (name + ".mustache");
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return false;
  sources_[name] = {path.string(), std::nullopt};
  return true;
}

bool TemplateSet::is_selected(const std::string& name, const std::vector<std::string>& folders) {
  if (folders.empty()) return true;
  for (const std::string& folder : folders) {
    if (name.size() > folder.size() && name.starts_with(folder) && name[folder.size()] == '/') return true;
  }
  return false;
}

void TemplateSet::build(Diagnostics& diags, const std::vector<std::string>& folders) {
  const std::size_t errors_before = diags.error_count();
  for (const auto& entry : sources_) {
    if (!is_selected(entry.first, folders)) continue;
    std::vector<std::string> stack;
    compile(entry.first, stack, diags);
  }
  if (diags.error_count() != errors_before) throw Failure(ExitCode::bad_input);
  for (auto& [name, compiled] : compiled_) {
    compiled->parsed = std::make_unique<kainjow::mustache::mustache>(compiled->text);
    if (!compiled->parsed->is_valid()) {
      // The scanner accepts only what kainjow parses, so this is a bug, but say where.
      diags.error({sources_[name].file}, tr("mustache: %1$s", compiled->parsed->error_message()));
    }
  }
  if (diags.error_count() != errors_before) throw Failure(ExitCode::bad_input);
  tokens_.clear();
  measure_sections();
}

void TemplateSet::measure_sections() {
  // Compiled tags read {{#name@SITE}}, {{^name@SITE}}, {{/name@SITE}}; everything else is text
  // or a variable. Literal text is charged to the innermost enclosing {{#section}}.
  for (const auto& [name, compiled] : compiled_) {
    const std::string& text = compiled->text;
    std::vector<std::size_t> local(sites_.size(), 0);
    std::vector<std::pair<char, std::size_t>> open;  // sigil and site of the open sections
    auto charge = [&](std::size_t bytes) {
      for (auto it = open.rbegin(); it != open.rend(); ++it) {
        if (it->first == '#') {
          local[it->second] += bytes;
          return;
        }
      }
    };
    std::size_t pos = 0;
    while (pos < text.size()) {
      const std::size_t tag = text.find("{{", pos);
      charge((tag == std::string::npos ? text.size() : tag) - pos);
      if (tag == std::string::npos) break;
      const std::size_t end = text.find("}}", tag);
      if (end == std::string::npos) break;
      const std::string_view body(text.data() + tag + 2, end - tag - 2);
      const std::size_t at = body.rfind('@');
      std::size_t site = 0;
      const bool tagged = at != std::string_view::npos &&
                          std::from_chars(body.data() + at + 1, body.data() + body.size(), site).ec == std::errc{} &&
                          site < sites_.size();
      if (tagged && !body.empty() && (body.front() == '#' || body.front() == '^')) open.emplace_back(body.front(), site);
      if (tagged && !body.empty() && body.front() == '/' && !open.empty()) open.pop_back();
      pos = end + 2;
      if (pos < text.size() && text[pos] == '}') ++pos;  // {{{name}}}
    }
    for (std::size_t i = 0; i < sites_.size(); ++i) sites_[i].text_bytes = std::max(sites_[i].text_bytes, local[i]);
  }
}

const std::string* TemplateSet::compile(const std::string& name, std::vector<std::string>& stack,
                                        Diagnostics& diags) {
  if (auto done = compiled_.find(name); done != compiled_.end()) return &done->second->text;
  if (failed_.count(name) != 0) return nullptr;  // reported once already
  Source& source = sources_.at(name);
  if (!source.text) source.text = read_file(source.file);
  auto scanned = tokens_.find(name);
  if (scanned == tokens_.end()) {
    const std::size_t errors_before = diags.error_count();
    scanned = tokens_.emplace(name, scan(*source.text, source.file, diags)).first;
    if (diags.error_count() != errors_before) {
      failed_.insert(name);
      return nullptr;
    }
  }
  const std::vector<Token>& tokens = scanned->second;
  const LineIndex lines(*source.text);
  stack.push_back(name);
  bool ok = true;
  std::string out;
  std::vector<std::size_t> site_of(tokens.size(), 0);
  std::size_t depth = 0;      // sections open here
  std::size_t max_depth = 0;  // deepest nesting, partials included
  std::size_t skip_to = 0;  // source offset up to which text was swallowed by a standalone tag
  std::size_t floor = 0;    // output offset where the current line starts after such a tag
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    std::size_t line_start = 0;
    std::size_t next_line = 0;
    // A comment or partial alone on its line takes the whole line with it, as the mustache
    // spec says; kainjow would leave a blank line behind.
    const bool standalone = token.kind != TagKind::text && blank_line_so_far(out, floor, line_start) &&
                            blank_rest_of_line(*source.text, token.end, next_line);
    switch (token.kind) {
      case TagKind::text: {
        const std::size_t begin = std::max(token.begin, skip_to);
        if (begin < token.end) out.append(*source.text, begin, token.end - begin);
        break;
      }
      case TagKind::comment:
        if (standalone) {
          out.resize(line_start);
          skip_to = next_line;
          floor = out.size();
        }
        break;
      case TagKind::partial: {
        const SourceLoc where = lines.locate(source.file, token.begin);
        if (!find_source(token.name)) {
          diags.error(where, tr("unknown partial '%1$s'", token.name));
          ok = false;
          break;
        }
        if (std::find(stack.begin(), stack.end(), token.name) != stack.end()) {
          diags.error(where, tr("partial '%1$s' includes itself", token.name));
          ok = false;
          break;
        }
        const std::string* inner = compile(token.name, stack, diags);
        if (inner == nullptr) {
          ok = false;
          break;
        }
        if (depth + compiled_.at(token.name)->depth > max_section_depth) {
          diags.error(where, tr("sections nested more than %1$d deep with partial '%2$s' included",
                                max_section_depth, token.name));
          ok = false;
          break;
        }
        max_depth = std::max(max_depth, depth + compiled_.at(token.name)->depth);
        if (out.size() + inner->size() > max_compiled_bytes) {
          diags.error(where, tr("with its partials included the template grows beyond %1$d MB",
                                max_compiled_bytes / (1024 * 1024)));
          ok = false;
          break;
        }
        if (standalone) {
          out.resize(line_start);
          out += *inner;
          if (!inner->empty() && inner->back() != '\n') out += '\n';
          skip_to = next_line;
          floor = out.size();
        } else {
          // Editors end files with a newline; inside a line it would split the sentence.
          out += without_final_newline(*inner);
        }
        break;
      }
      case TagKind::close:
        if (depth > 0) --depth;
        if (standalone) out.resize(line_start);
        out += "{{/" + tokens[token.open].name + "@" + std::to_string(site_of[token.open]) + "}}";
        if (standalone) {
          skip_to = next_line;
          floor = out.size();
        }
        break;
      default: {
        // Section tags alone on their line take the line with them (the spec's rule); kainjow
        // applies it only to sections it renders, leaving blank lines for the false ones.
        const bool section_line = standalone && (token.kind == TagKind::section || token.kind == TagKind::inverted);
        if (section_line) out.resize(line_start);
        if (token.kind == TagKind::section || token.kind == TagKind::inverted) {
          if (++depth > max_section_depth) {
            diags.error(lines.locate(source.file, token.begin),
                        tr("sections nested more than %1$d deep", max_section_depth));
            ok = false;
            i = tokens.size();  // one error is enough
            break;
          }
          max_depth = std::max(max_depth, depth);
        }
        site_of[i] = sites_.size();
        sites_.push_back({token.name, token.kind, lines.locate(source.file, token.begin)});
        out += std::string("{{") + sigil(token.kind) + token.name + "@" + std::to_string(site_of[i]) + "}}";
        if (section_line) {
          skip_to = next_line;
          floor = out.size();
        }
      }
    }
  }
  stack.pop_back();
  if (!ok) {
    failed_.insert(name);
    return nullptr;
  }
  auto compiled = std::make_unique<Compiled>();
  compiled->text = std::move(out);
  compiled->depth = max_depth;
  return &compiled_.emplace(name, std::move(compiled)).first->second->text;
}

std::string TemplateSet::render(const std::string& name, const kainjow::mustache::data& data, Diagnostics& diags,
                                Escape escape) const {
  const auto found = compiled_.find(name);
  if (found == compiled_.end()) {
    diags.error({directory_.empty() ? std::string("templates") : directory_},
                tr("no template '%1$s' (expected %1$s.mustache)", name));
    throw Failure(ExitCode::bad_input);
  }
  const Compiled& compiled = *found->second;
  // A copy of the parsed tree per render: kainjow keeps the escaper and any error in the object,
  // so rendering the shared one would not be safe from several threads. Copying shares the
  // section texts and costs far less than parsing.
  kainjow::mustache::mustache renderer = *compiled.parsed;
  switch (escape) {
    case Escape::html: renderer.set_custom_escape([](const std::string& s) { return html_escape(s); }); break;
    case Escape::json: renderer.set_custom_escape([](const std::string& s) { return json_string_escape(s); }); break;
    case Escape::none: renderer.set_custom_escape([](const std::string& s) { return s; }); break;
  }
  StrictContext context(&data, sites_);
  BoundedOutput out;
  bool failed = false;
  try {
    renderer.render(context, out);
  } catch (const RenderStopped&) {
    const std::string file = sources_.at(name).file;
    if (out.overflow || context.output_overflow()) {
      diags.error({file}, tr("the template's output grows beyond %1$d MB: a section repeats too often",
                             max_output_bytes / (1024 * 1024)));
    } else {
      diags.error(sites_[context.stopped_at()].where,
                  tr("rendering stopped after %1$d lookups: sections repeat inside each other too often",
                     max_render_lookups));
    }
    throw Failure(ExitCode::bad_input);
  }
  if (!renderer.is_valid()) {
    diags.error({sources_.at(name).file}, tr("mustache: %1$s", renderer.error_message()));
    failed = true;
  }
  for (const StrictContext::Problem& problem : context.problems()) {
    diags.error(sites_[problem.site].where, problem.message);
    failed = true;
  }
  if (failed) throw Failure(ExitCode::bad_input);
  return std::move(out.text);
}

}  // namespace thidua::tmpl
