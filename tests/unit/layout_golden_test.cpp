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

#include "golden.h"
#include "io/files.h"
#include "layout/layout.h"
#include "markup/markup.h"
#include "layout/trace_canvas.h"
#include "support.h"

namespace {

using thidua::testing::fonts;

namespace fs = std::filesystem;
using namespace thidua;
using namespace thidua::layout;

// The trace of a good case, or the diagnostics (one per line) of a bad one.
std::string run_case(const fs::path& xml) {
  const std::string name = "tests/golden/layout/" + xml.filename().string();
  Diagnostics diags;
  try {
    Document doc = parse_markup(io::read_file(xml.string()), name, diags);
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

}  // namespace

TEST_CASE("layout golden traces and diagnostics", "[layout][golden]") {
  const fs::path dir = fs::path(THIDUA_TEST_DIR) / "golden" / "layout";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".xml") cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 10);
  for (const fs::path& xml : cases) {
    const bool bad = xml.stem().string().rfind("bad-", 0) == 0;
    fs::path expected_path = xml;
    expected_path.replace_extension(bad ? ".diag" : ".trace");
    const std::string actual = run_case(xml);
    INFO("case " << xml.filename().string());
    CHECK(testing::golden_difference(expected_path, actual) == "");
    // A good case must not fail, a bad one must.
    CHECK((actual.rfind("page ", 0) == 0 || actual.rfind("info ", 0) == 0) == !bad);
  }
}
