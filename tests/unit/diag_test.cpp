// Unit tests of the diagnostics module: formatting, limits, offset-to-location mapping.
#include <catch2/catch.hpp>

#include "diag/diagnostic.h"

using thidua::Diagnostics;
using thidua::LineIndex;

TEST_CASE("diagnostics print as FILE:LINE:COL: error: message", "[diag]") {
  Diagnostics diags;
  diags.error({"a.xml", 3, 7}, "unknown element <unti>");
  diags.warning({"a.xml", 4, 0}, "no signatory");
  diags.error({"", 0, 0}, "no input");
  REQUIRE(diags.all().size() == 3);
  CHECK(diags.all()[0].format() == "a.xml:3:7: error: unknown element <unti>");
  CHECK(diags.all()[1].format() == "a.xml:4: warning: no signatory");
  CHECK(diags.all()[2].format() == "thidua: error: no input");
  CHECK(diags.error_count() == 2);
}

TEST_CASE("diagnostics stop recording at the error limit", "[diag]") {
  Diagnostics diags(3);
  for (int i = 1; i <= 5; ++i) diags.error({"f", i, 1}, "e");
  CHECK(diags.error_count() == 5);
  CHECK(diags.all().size() == 4);  // three errors and the note
  CHECK(diags.all().back().format() == "f:3:1: note: too many errors; stopping after 3");
}

TEST_CASE("line index counts columns in code points", "[diag]") {
  const std::string text = "ab\nKhối x\n";
  LineIndex index(text);
  CHECK(index.locate("f", 0).line == 1);
  auto loc = index.locate("f", text.find('x'));
  CHECK(loc.line == 2);
  CHECK(loc.column == 6);  // K h ố i space x
  CHECK(index.locate("f", text.size()).line == 3);
}
