// Tests of the strict template set: rendering, partial inlining, and located errors.
#include <catch2/catch.hpp>

#include <algorithm>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "io/install_paths.h"
#include "tmpl/template_set.h"

namespace {

using kainjow::mustache::data;
using thidua::Diagnostics;
using thidua::ExitCode;
using thidua::Failure;
using thidua::tmpl::Escape;
using thidua::tmpl::TemplateSet;

std::vector<std::string> messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.all()) out.push_back(d.format());
  return out;
}

TemplateSet make(const std::vector<std::pair<std::string, std::string>>& sources) {
  Diagnostics diags;
  return TemplateSet::from_sources(sources, diags);
}

// Builds a set that must fail; returns the diagnostics it reported.
std::vector<std::string> load_errors(const std::vector<std::pair<std::string, std::string>>& sources) {
  Diagnostics diags;
  try {
    TemplateSet::from_sources(sources, diags);
  } catch (const Failure& failure) {
    CHECK(failure.code() == ExitCode::bad_input);
    return messages(diags);
  }
  FAIL("the templates were accepted");
  return {};
}

// Renders a template that must fail; returns the diagnostics it reported.
std::vector<std::string> render_errors(const TemplateSet& set, const std::string& name, const data& values) {
  Diagnostics diags;
  try {
    set.render(name, values, diags);
  } catch (const Failure& failure) {
    CHECK(failure.code() == ExitCode::bad_input);
    return messages(diags);
  }
  FAIL("the render succeeded");
  return {};
}

}  // namespace

TEST_CASE("variables, sections and lists render like mustache", "[tmpl]") {
  const TemplateSet set = make({{"t", "{{title}}:{{#items}} {{name}}{{/items}}{{^none}}!{{/none}}"}});
  data items{data::type::list};
  items << data{"name", "A"} << data{"name", "B"};
  data values;
  values.set("title", "X");
  values.set("items", items);
  values.set("none", data::type::bool_false);
  Diagnostics diags;
  CHECK(set.render("t", values, diags) == "X: A B!");
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("values are HTML-escaped by default, JSON-escaped or verbatim on request", "[tmpl]") {
  const TemplateSet set = make({{"t", "{{v}}|{{{v}}}|{{&v}}"}});
  data values{"v", "<a href=\"x\">Tôi & 'bạn'</a>"};
  Diagnostics diags;
  CHECK(set.render("t", values, diags) ==
        "&lt;a href=&quot;x&quot;&gt;Tôi &amp; &#39;bạn&#39;&lt;/a&gt;|<a href=\"x\">Tôi & 'bạn'</a>|"
        "<a href=\"x\">Tôi & 'bạn'</a>");
  CHECK(set.render("t", data{"v", "<a href=\"x\">&</a>"}, diags, Escape::json) ==
        "\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u003c/a\\u003e|<a href=\"x\">&</a>|<a href=\"x\">&</a>");
  CHECK(set.render("t", data{"v", "<b>"}, diags, Escape::none) == "<b>|<b>|<b>");
}

TEST_CASE("a name found in no context frame is an error at the tag", "[tmpl]") {
  const TemplateSet set = make({{"page", "<p>\n  {{known}} {{missing}}\n{{#list}}{{other}}{{/list}}</p>\n"}});
  data list{data::type::list};
  list << data{"x", "1"};
  data values;
  values.set("known", "k");
  values.set("list", list);
  CHECK(render_errors(set, "page", values) ==
        std::vector<std::string>{"page.mustache:2:13: error: unknown variable 'missing'",
                                 "page.mustache:3:10: error: unknown variable 'other'"});
}

TEST_CASE("an unknown section name is an error, even for an inverted section", "[tmpl]") {
  const TemplateSet set = make({{"t", "{{#shown}}a{{/shown}}\n{{^flag}}b{{/flag}}"}});
  CHECK(render_errors(set, "t", data{"shown", true}) ==
        std::vector<std::string>{"t.mustache:2:1: error: unknown section name 'flag'"});
}

TEST_CASE("each failing tag is reported once, even inside a repeated section", "[tmpl]") {
  const TemplateSet set = make({{"t", "{{#l}}{{nope}}{{/l}}{{nope}}"}});
  data list{data::type::list};
  list << data{"a", "1"} << data{"a", "2"};
  CHECK(render_errors(set, "t", data{"l", list}) ==
        std::vector<std::string>{"t.mustache:1:7: error: unknown variable 'nope'",
                                 "t.mustache:1:21: error: unknown variable 'nope'"});
}

TEST_CASE("a variable tag whose value is a list or a flag is an error", "[tmpl]") {
  const TemplateSet set = make({{"t", "{{items}} {{flag}}"}});
  data values;
  values.set("items", data::type::list);
  values.set("flag", true);
  CHECK(render_errors(set, "t", values) ==
        std::vector<std::string>{"t.mustache:1:1: error: variable 'items' is a list, not text",
                                 "t.mustache:1:11: error: variable 'flag' is a true/false flag, not text"});
}

TEST_CASE("dotted names and the implicit iterator resolve as in kainjow", "[tmpl]") {
  const TemplateSet set = make({{"t", "{{a.b}} {{#l}}[{{.}}]{{/l}}"}});
  data list{data::type::list};
  list << data{"x"} << data{"y"};
  data values;
  values.set("a", data{"b", "deep"});
  values.set("l", list);
  Diagnostics diags;
  CHECK(set.render("t", values, diags) == "deep [x][y]");
  CHECK(render_errors(set, "t", data{"a", data{"c", "?"}}).front() == "t.mustache:1:1: error: unknown variable 'a.b'");
}

TEST_CASE("structure errors are reported at load with line and column", "[tmpl]") {
  CHECK(load_errors({{"a", "x\n  {{#open}}y"}}) ==
        std::vector<std::string>{"a.mustache:2:3: error: unclosed section 'open'"});
  CHECK(load_errors({{"b", "{{#one}}\nẞ {{/two}}"}}) ==
        std::vector<std::string>{"b.mustache:2:3: error: '{{/two}}' does not match section 'one' opened at 1:1"});
  CHECK(load_errors({{"c", "{{/x}}"}}) == std::vector<std::string>{"c.mustache:1:1: error: '{{/x}}' closes no open section"});
  CHECK(load_errors({{"d", "ab {{name"}}) == std::vector<std::string>{"d.mustache:1:4: error: unclosed tag: '}}' expected"});
  CHECK(load_errors({{"e", "{{=<% %>=}}"}}) ==
        std::vector<std::string>{"e.mustache:1:1: error: set-delimiter tags are not supported"});
  CHECK(load_errors({{"f", "{{tên}} {{}}"}}) ==
        std::vector<std::string>{
            "f.mustache:1:1: error: bad tag name 'tên': use ASCII letters, digits, '_', '-', '.' or '/'",
            "f.mustache:1:9: error: empty tag name"});
}

TEST_CASE("a tag inside a comment is an error, since the comment ends at its '}}'", "[tmpl]") {
  CHECK(load_errors({{"c", "x\n{{! write {{name}} here }}"}}) ==
        std::vector<std::string>{"c.mustache:2:1: error: '{{' inside a comment: the comment ends at the first '}}'"});
}

TEST_CASE("errors in several templates are all reported", "[tmpl]") {
  CHECK(load_errors({{"a", "{{#x}}"}, {"b", "{{/y}}"}}).size() == 2);
}

TEST_CASE("partials are inlined; their errors point into the partial's own file", "[tmpl]") {
  const TemplateSet set = make({{"page", "<main>\n  {{> part/body}}\n</main>\n"},
                                {"part/body", "<p>{{text}}</p>\n<p>{{missing}}</p>\n"}});
  data values;
  values.set("text", "hi");
  values.set("missing", "there");
  Diagnostics diags;
  CHECK(set.render("page", values, diags) == "<main>\n<p>hi</p>\n<p>there</p>\n</main>\n");
  CHECK(render_errors(set, "page", data{"text", "hi"}) ==
        std::vector<std::string>{"part/body.mustache:2:4: error: unknown variable 'missing'"});
}

TEST_CASE("a partial inside a line loses its final newline", "[tmpl]") {
  const TemplateSet set = make({{"s", "Ông {{> name}} phát biểu."}, {"name", "{{n}}\n"}});
  Diagnostics diags;
  CHECK(set.render("s", data{"n", "Thành"}, diags) == "Ông Thành phát biểu.");
}

TEST_CASE("missing and recursive partials are errors at load", "[tmpl]") {
  CHECK(load_errors({{"a", "x\n{{> nowhere}}"}}) ==
        std::vector<std::string>{"a.mustache:2:1: error: unknown partial 'nowhere'"});
  CHECK(load_errors({{"a", "{{> b}}"}, {"b", "b {{> a}}"}}) ==
        std::vector<std::string>{"b.mustache:1:3: error: partial 'a' includes itself"});
}

TEST_CASE("standalone comment lines leave no blank line", "[tmpl]") {
  const TemplateSet set = make({{"t", "a\n  {{! a note for staff }}\nb {{! inline }}c\n"}});
  Diagnostics diags;
  CHECK(set.render("t", data{}, diags) == "a\nb c\n");
}

TEST_CASE("section tags alone on their lines leave no blank lines, rendered or not", "[tmpl]") {
  const TemplateSet set = make({{"t", "<ul>\n{{#items}}\n  {{#shown}}\n  <li>{{name}}</li>\n  {{/shown}}\n"
                                      "  {{^shown}}\n  <li>-</li>\n  {{/shown}}\n{{/items}}\n</ul>\n"}});
  data items{data::type::list};
  data a;
  a.set("name", "A");
  a.set("shown", true);
  data b;
  b.set("name", "B");
  b.set("shown", false);
  items << a << b;
  Diagnostics diags;
  CHECK(set.render("t", data{"items", items}, diags) == "<ul>\n  <li>A</li>\n  <li>-</li>\n</ul>\n");
  CHECK(set.render("t", data{"items", data::type::list}, diags) == "<ul>\n</ul>\n");
}

TEST_CASE("unknown template names are errors", "[tmpl]") {
  const TemplateSet set = make({{"t", "x"}});
  CHECK(render_errors(set, "article/none", data{}) ==
        std::vector<std::string>{"templates: error: no template 'article/none' (expected article/none.mustache)"});
  CHECK(set.has("t"));
  CHECK_FALSE(set.has("article/none"));
}

TEST_CASE("a template renders again after a failed render", "[tmpl]") {
  const TemplateSet set = make({{"t", "[{{v}}]"}});
  // kainjow refuses a lambda with a renderer in a variable tag and keeps that error.
  data bad{"v", kainjow::mustache::lambda2{[](const std::string&, const kainjow::mustache::renderer&) {
             return std::string("?");
           }}};
  const auto errors = render_errors(set, "t", bad);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].find("t.mustache: error: mustache: Lambda with render argument") == 0);
  CHECK(errors[1] == "t.mustache:1:2: error: variable 'v' is a lambda, not text");
  Diagnostics diags;
  CHECK(set.render("t", data{"v", "ok"}, diags) == "[ok]");
}

TEST_CASE("load reads *.mustache files recursively, named by relative path", "[tmpl]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "thidua_tmpl_load_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "article");
  std::ofstream(dir / "page.mustache") << "<h1>{{> article/title}}</h1>\n";
  std::ofstream(dir / "article" / "title.mustache") << "{{title}}\n";
  std::ofstream(dir / "article" / "notes.txt") << "not a template {{";
  Diagnostics diags;
  const TemplateSet set = TemplateSet::load(dir.string(), diags);
  CHECK(set.names() == std::vector<std::string>{"article/title", "page"});
  CHECK(set.render("page", data{"title", "Tin & ảnh"}, diags) == "<h1>Tin &amp; ảnh</h1>\n");

  std::ofstream(dir / "broken.mustache") << "{{#x}}";
  Diagnostics bad;
  CHECK_THROWS_AS(TemplateSet::load(dir.string(), bad), Failure);
  REQUIRE(bad.all().size() == 1);
  CHECK(bad.all()[0].format() == (dir / "broken.mustache").string() + ":1:1: error: unclosed section 'x'");
  fs::remove_all(dir);
}

TEST_CASE("load compiles only the selected folders and the partials they include", "[tmpl]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "thidua_tmpl_select_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "agreement");
  fs::create_directories(dir / "common");
  fs::create_directories(dir / "article");
  std::ofstream(dir / "agreement" / "document.mustache") << "<p>{{> common/motto}}</p>\n";
  std::ofstream(dir / "common" / "motto.mustache") << "{{motto}}\n";
  std::ofstream(dir / "article" / "page.mustache") << "{{#unclosed}}";  // broken, but not selected
  std::ofstream(dir / "agreementx.mustache") << "{{/stray}}";  // a prefix of the name is not the folder
  Diagnostics diags;
  const TemplateSet set = TemplateSet::load(dir.string(), diags, {"agreement"});
  CHECK(set.names() == std::vector<std::string>{"agreement/document", "common/motto"});
  CHECK_FALSE(set.has("article/page"));
  CHECK(set.render("agreement/document", data{"motto", "Độc lập"}, diags) == "<p>Độc lập</p>\n");
  CHECK(diags.all().empty());

  // A partial is looked up by name, but never outside the template folder.
  std::ofstream(dir.parent_path() / "thidua_outside.mustache") << "secret";
  fs::create_directories(dir / "letter");
  std::ofstream(dir / "letter" / "document.mustache") << "{{> ../thidua_outside}}";
  Diagnostics outside;
  CHECK_THROWS_AS(TemplateSet::load(dir.string(), outside, {"letter"}), Failure);
  REQUIRE(outside.all().size() == 1);
  CHECK(outside.all()[0].message == "unknown partial '../thidua_outside'");
  fs::remove(dir.parent_path() / "thidua_outside.mustache");
  fs::remove_all(dir / "letter");

  // Selecting the broken folder, or everything, reports it.
  for (const std::vector<std::string>& folders : {std::vector<std::string>{"article"}, std::vector<std::string>{}}) {
    Diagnostics bad;
    CHECK_THROWS_AS(TemplateSet::load(dir.string(), bad, folders), Failure);
    std::vector<std::string> messages;
    for (const auto& d : bad.all()) messages.push_back(d.format());
    CHECK(std::count(messages.begin(), messages.end(),
                     (dir / "article" / "page.mustache").string() + ":1:1: error: unclosed section 'unclosed'") == 1);
    CHECK(messages.size() == (folders.empty() ? 2 : 1));  // and agreementx when everything is compiled
  }
  fs::remove_all(dir);
}

TEST_CASE("a missing template directory is an I/O failure", "[tmpl]") {
  Diagnostics diags;
  try {
    TemplateSet::load("/nonexistent/thidua/templates", diags);
    FAIL("loaded a missing directory");
  } catch (const Failure& failure) {
    CHECK(failure.code() == ExitCode::io_or_internal);
    CHECK(failure.diagnostics().at(0).format() == "/nonexistent/thidua/templates: error: template directory not found");
  }
}

TEST_CASE("the default directory is $THIDUA_TEMPLATES, else the templates found beside the program", "[tmpl]") {
  const char* saved = std::getenv("THIDUA_TEMPLATES");
  const std::string before = saved ? saved : "";
  ::setenv("THIDUA_TEMPLATES", "/tmp/custom", 1);
  CHECK(TemplateSet::default_directory() == "/tmp/custom");
  ::unsetenv("THIDUA_TEMPLATES");
  // The unit tests run from build/tests/, where CMake links the checkout's templates.
  CHECK(TemplateSet::default_directory() == thidua::io::executable_folder() + "/templates");
  if (saved) ::setenv("THIDUA_TEMPLATES", before.c_str(), 1); else ::unsetenv("THIDUA_TEMPLATES");
}

TEST_CASE("data folders are found relative to the binary: installed tree first, then the build tree", "[tmpl]") {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / ("thidua-install-paths-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "prefix" / "bin");
  CHECK(thidua::io::find_data_folder((root / "prefix" / "bin").string(), "templates").empty());
  fs::create_directories(root / "prefix" / "bin" / "templates");  // a build tree's link
  CHECK(thidua::io::find_data_folder((root / "prefix" / "bin").string(), "templates") ==
        (root / "prefix" / "bin" / "templates").string());
  fs::create_directories(root / "prefix" / "share" / "thidua" / "templates");  // installed: preferred
  CHECK(thidua::io::find_data_folder((root / "prefix" / "bin").string(), "templates") ==
        (root / "prefix" / "share" / "thidua" / "templates").string());
  fs::rename(root / "prefix", root / "moved");  // a moved tree still finds its own data
  CHECK(thidua::io::find_data_folder((root / "moved" / "bin").string(), "templates") ==
        (root / "moved" / "share" / "thidua" / "templates").string());
  CHECK(thidua::io::find_data_folder("", "templates").empty());
  CHECK_FALSE(thidua::io::executable_folder().empty());
  fs::remove_all(root);
}
