// The bad-input corpus (tests/bad) through the loader, printed as `thidua check` prints it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "i18n/i18n.h"
#include "load/load_event.h"

namespace {

namespace fs = std::filesystem;
using namespace thidua;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// What `thidua check tests/bad/NAME` writes to stderr, and its exit code.
std::pair<std::string, int> check_output(const fs::path& input) {
  const std::string shown = "tests/bad/" + input.filename().string();
  Diagnostics diags;
  std::ostringstream err;
  int code = 0;
  try {
    std::optional<model::Event> event;
    if (fs::is_directory(input)) {
      event = load::load_event(input.string(), diags);  // throws; the path is rewritten below
    } else {
      event = load::load_event_from_string(slurp(input), shown, input.parent_path().string(), diags);
    }
    diags.print(err);
    code = event ? 0 : 1;
  } catch (const Failure& failure) {
    diags.print(err);
    for (const Diagnostic& d : failure.diagnostics()) {
      Diagnostic named = d;
      named.where.file = shown;
      err << named.format() << '\n';
    }
    code = static_cast<int>(failure.code());
  }
  return {err.str(), code};
}

}  // namespace

TEST_CASE("every bad input gives exactly its expected diagnostics and exit code", "[load]") {
  const fs::path dir = fs::path(THIDUA_TEST_DIR) / "bad";
  int cases = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".xml") continue;
    ++cases;
    fs::path base = entry.path();
    base.replace_extension();
    // Both languages: Vietnamese (the default) in .stderr, English in .en.stderr.
    for (const i18n::Language language : {i18n::Language::vietnamese, i18n::Language::english}) {
      i18n::ScopedLanguage chosen(language);
      const auto [stderr_text, code] = check_output(entry.path());
      const std::string expected = language == i18n::Language::english ? ".en.stderr" : ".stderr";
      INFO("input: " << entry.path().filename().string() << ", expected " << expected);
      CHECK(stderr_text == slurp(base.string() + expected));
      CHECK(std::to_string(code) + "\n" == slurp(base.string() + ".exit"));
    }
  }
  CHECK(cases >= 25);
}

TEST_CASE("the corpus covers errors, warnings-only successes and I/O failures", "[load]") {
  const fs::path dir = fs::path(THIDUA_TEST_DIR) / "bad";
  // A few cases that must keep their meaning if the corpus is regenerated.
  CHECK(slurp(dir / "bom-ok.exit") == "0\n");
  CHECK(slurp(dir / "bom-ok.stderr").empty());
  CHECK(slurp(dir / "too-many-errors.stderr").find("ghi chú: ") != std::string::npos);
  CHECK(slurp(dir / "csv-tcvn3.exit") == "0\n");
  CHECK(slurp(dir / "csv-tcvn3.en.stderr").find("warning: the file is not UTF-8; it looks like TCVN3 (ABC)") !=
        std::string::npos);
  CHECK(slurp(dir / "directory.exit") == "3\n");
  CHECK(slurp(dir / "legacy-vni.exit") == "1\n");
  CHECK(slurp(dir / "too-many-errors.en.stderr").find("note: too many errors") != std::string::npos);
}
