// A strict set of mustache templates: parsed once, partials inlined, unknown names are errors.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <kainjow/mustache.hpp>

#include "diag/diagnostic.h"
#include "tmpl/escape.h"
#include "tmpl/scan.h"

namespace thidua::tmpl {

// Limits on templates, which staff edit (docs/format.md lists them with their messages).
constexpr std::size_t max_template_file_bytes = 1024u * 1024u;        // one .mustache file
constexpr std::size_t max_section_depth = 100;                        // sections inside sections, partials included
constexpr std::size_t max_compiled_bytes = 4u * 1024u * 1024u;       // a template with its partials inlined
constexpr std::size_t max_output_bytes = 32u * 1024u * 1024u;        // what one render produces
constexpr std::uint64_t max_render_lookups = 2'000'000;              // names looked up by one render

// Where a rewritten tag came from, and what kind of tag it is.
struct Site {
  std::string name;
  TagKind kind = TagKind::variable;
  SourceLoc where;
  // Sections: the bytes of literal text one pass through the body writes (inverted sections
  // inside included, nested sections not): what each entry into the section may add.
  std::size_t text_bytes = 0;
};

// The templates of one directory, by name ("article/page" for article/page.mustache).
//
// Stricter than plain mustache: a name found in no context frame, a variable tag whose value
// is a list or an object, a missing partial, an unbalanced section are all errors reported
// as TEMPLATE:LINE:COL. Partials are inlined once at load time (kainjow re-parses a partial on
// every use). Once loaded, a TemplateSet is read-only: threads may render from one set.
class TemplateSet {
 public:
  // Loads the *.mustache files under `directory` (recursively) and compiles those in `folders`
  // ("agreement" selects agreement/*), with the partials they include; every template when
  // `folders` is empty. Why a selection: one PDF needs one template, and parsing all of them
  // took a third of the agreement command's time. Reports errors of the compiled templates to
  // `diags` and throws Failure(bad_input) if any; throws Failure(io_or_internal) when the
  // directory or a file cannot be read.
  static TemplateSet load(const std::string& directory, Diagnostics& diags,
                          const std::vector<std::string>& folders = {});
  // Builds a set from (name, text) pairs, for tests and built-in templates; errors as load().
  static TemplateSet from_sources(const std::vector<std::pair<std::string, std::string>>& sources,
                                  Diagnostics& diags);

  // The template directory to use when none is given: $THIDUA_TEMPLATES, else the one found
  // beside the program (io::find_data_folder). Throws Failure (exit 3) when there is none.
  static std::string default_directory();

  // True when a template called `name` exists and was compiled (is in the selected folders).
  bool has(const std::string& name) const;
  // Every compiled template name, sorted.
  std::vector<std::string> names() const;
  // The directory the set was loaded from (empty for from_sources).
  const std::string& directory() const { return directory_; }

  // Renders template `name` with `data`, escaping {{values}} for `escape`. Reports unknown
  // names and other render errors to `diags` (all of them, each once) and throws
  // Failure(bad_input) after reporting.
  std::string render(const std::string& name, const kainjow::mustache::data& data, Diagnostics& diags,
                     Escape escape = Escape::html) const;

  TemplateSet(TemplateSet&&) noexcept = default;
  TemplateSet& operator=(TemplateSet&&) noexcept = default;
  ~TemplateSet();

 private:
  TemplateSet() = default;

  struct Source {
    std::string file;  // path for messages
    std::optional<std::string> text;  // read when first compiled: a command needs few templates
  };
  struct Compiled {
    std::string text;  // partials inlined, tag names tagged with their site
    std::size_t depth = 0;  // deepest section nesting, partials included
    std::unique_ptr<kainjow::mustache::mustache> parsed;  // parsed once at load; copied for each render
  };

  // True when template `name` is known, looking it up in the directory when it was not
  // listed (a partial outside the selected folders).
  bool find_source(const std::string& name);
  // True when `name` lies in one of `folders` (any name when `folders` is empty).
  static bool is_selected(const std::string& name, const std::vector<std::string>& folders);
  // Sets Site::text_bytes from the compiled texts.
  void measure_sections();
  // Scans, inlines and parses the selected sources; reports errors; throws when any.
  void build(Diagnostics& diags, const std::vector<std::string>& folders);
  // The rewritten text of `name`, compiling it (and its partials) on first use.
  const std::string* compile(const std::string& name, std::vector<std::string>& stack, Diagnostics& diags);

  std::string directory_;
  std::map<std::string, Source> sources_;
  std::map<std::string, std::vector<Token>> tokens_;
  std::map<std::string, std::unique_ptr<Compiled>> compiled_;
  std::set<std::string> failed_;  // templates whose compilation reported errors
  std::vector<Site> sites_;
};

}  // namespace thidua::tmpl
