// Golden tests of the layout stage: tests/golden/layout/<case>.xml gives exactly <case>.trace,
// and bad-<case>.xml exactly the diagnostics in bad-<case>.diag; THIDUA_UPDATE=1 rewrites them.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "layout/layout.h"
#include "markup/markup.h"
#include "layout/trace_canvas.h"

namespace {

namespace fs = std::filesystem;
using namespace thidua;
using namespace thidua::layout;

const FontSet& fonts() {
  static const std::shared_ptr<const FontSet> set = FontSet::load(FontSet::default_directory());
  return *set;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

// The trace of a good case, or the diagnostics (one per line) of a bad one.
std::string run_case(const fs::path& xml) {
  const std::string name = "tests/golden/layout/" + xml.filename().string();
  Diagnostics diags;
  try {
    Document doc = parse_markup(read_file(xml), name, diags);
    TraceCanvas canvas;
    DocumentInfo info;
    info.title = xml.stem().string();
    render(doc, fonts(), canvas, info, diags);
    return canvas.text();
  } catch (const Failure&) {
    std::ostringstream out;
    diags.print(out);
    return out.str();
  }
}

// "" when equal, else the first differing line of each.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string le, la;
  for (int line = 1;; ++line) {
    const bool more_e = static_cast<bool>(std::getline(e, le));
    const bool more_a = static_cast<bool>(std::getline(a, la));
    if (!more_e && !more_a) return "";
    if (!more_e || !more_a || le != la) {
      return "line " + std::to_string(line) + ": expected [" + (more_e ? le : "<end>") + "] got [" +
             (more_a ? la : "<end>") + "]";
    }
  }
}

}  // namespace

TEST_CASE("layout golden traces and diagnostics", "[layout][golden]") {
  const fs::path dir = fs::path(THIDUA_TEST_DIR) / "golden" / "layout";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".xml") cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 10);
  const char* update = std::getenv("THIDUA_UPDATE");
  const bool rewrite = update != nullptr && std::string(update) == "1";
  for (const fs::path& xml : cases) {
    const bool bad = xml.stem().string().rfind("bad-", 0) == 0;
    fs::path expected_path = xml;
    expected_path.replace_extension(bad ? ".diag" : ".trace");
    const std::string actual = run_case(xml);
    INFO("case " << xml.filename().string());
    if (rewrite) {
      std::ofstream(expected_path, std::ios::binary) << actual;
      continue;
    }
    REQUIRE(fs::exists(expected_path));
    CHECK(first_difference(read_file(expected_path), actual) == "");
    // A good case must not fail, a bad one must.
    CHECK((actual.rfind("page ", 0) == 0 || actual.rfind("info ", 0) == 0) == !bad);
  }
}
