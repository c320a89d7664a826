// Unit tests of the ToUnicode CMap builder: dense CIDs, ranges of consecutive codes, single codes, block sizes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pdf/to_unicode.h"

using thidua::pdf::to_unicode_cmap;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The lines between "N begin<keyword>" and "end<keyword>" of every block, in order.
std::vector<std::string> entries(const std::string& cmap, const std::string& keyword) {
  std::vector<std::string> out;
  bool inside = false;
  std::size_t start = 0;
  while (start < cmap.size()) {
    std::size_t end = cmap.find('\n', start);
    std::string line = cmap.substr(start, end - start);
    start = end + 1;
    if (line == "end" + keyword) {
      inside = false;
    } else if (inside) {
      out.push_back(line);
    } else if (line.size() > keyword.size() && line.ends_with(" begin" + keyword)) {
      inside = true;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("to_unicode_cmap maps CID i+1 to the i-th code, one bfchar each, even for runs", "[pdf]") {
  // CIDs 1..9 for the codes in order. A..C and U+1EA0..U+1EA1 are runs of consecutive codes:
  // still single entries, as Ghostscript maps CIDs inside a bfrange wrongly.
  const std::string cmap = to_unicode_cmap({u'A', u'B', u'C', 0x00FF, 0x0100, 0x1EA0, 0x1EA1, 0x1EF9, 0x20AB});
  CHECK(cmap.rfind("/CIDInit /ProcSet findresource begin\n", 0) == 0);
  CHECK(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n") != std::string::npos);
  CHECK(cmap.find("/CMapType 2 def\n") != std::string::npos);
  CHECK(count(cmap, "bfrange") == 0);
  CHECK(entries(cmap, "bfchar") ==
        std::vector<std::string>{"<0001> <0041>", "<0002> <0042>", "<0003> <0043>", "<0004> <00FF>", "<0005> <0100>",
                                 "<0006> <1EA0>", "<0007> <1EA1>", "<0008> <1EF9>", "<0009> <20AB>"});
  CHECK(cmap.find("cidrange") == std::string::npos);
  CHECK(cmap.ends_with("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"));
}

TEST_CASE("to_unicode_cmap writes 300 consecutive codes as 300 single entries in blocks of 100", "[pdf]") {
  std::vector<char16_t> codes;
  for (char16_t c = 0x1F0; c < 0x1F0 + 300; ++c) codes.push_back(c);
  const std::string cmap = to_unicode_cmap(codes);
  const std::vector<std::string> singles = entries(cmap, "bfchar");
  REQUIRE(singles.size() == 300);
  CHECK(singles.front() == "<0001> <01F0>");
  CHECK(singles[255] == "<0100> <02EF>");
  CHECK(singles.back() == "<012C> <031B>");
  CHECK(count(cmap, "100 beginbfchar\n") == 3);
}

TEST_CASE("to_unicode_cmap splits blocks at 100 entries", "[pdf]") {
  std::vector<char16_t> codes;
  for (char16_t c = 0x100; c < 0x100 + 250 * 0x100; c += 0x100) codes.push_back(c);  // 250 lone codes
  const std::string cmap = to_unicode_cmap(codes);
  CHECK(count(cmap, "100 beginbfchar\n") == 2);
  CHECK(count(cmap, "\n50 beginbfchar\n") == 1);
  CHECK(count(cmap, "endbfchar\n") == 3);
  CHECK(entries(cmap, "bfchar").size() == 250);
  CHECK(count(cmap, "bfrange") == 0);
}

TEST_CASE("to_unicode_cmap of no codes is still a complete CMap", "[pdf]") {
  const std::string cmap = to_unicode_cmap({});
  CHECK(count(cmap, "begincmap") == 1);
  CHECK(count(cmap, "endcmap") == 1);
  CHECK(count(cmap, "bf") == 0);
}
