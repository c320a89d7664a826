// Builds a valid ToUnicode CMap to replace libharu's, which poppler rejects.
#include "pdf/to_unicode.h"

#include <algorithm>
#include <cstddef>

namespace thidua::pdf {

namespace {

// The PDF spec and Adobe's CMap documentation limit each begin…end block to 100 entries.
constexpr std::size_t max_block_entries = 100;

struct Run {
  char16_t first_cid;
  char16_t last_cid;
  char16_t first_code;
};

struct Single {
  char16_t cid;
  char16_t code;
};

void append_hex(std::string& out, char16_t code) {
  static const char digits[] = "0123456789ABCDEF";
  out += '<';
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(code >> shift) & 0xF];
  out += '>';
}

// Writes `items` in blocks of at most 100 entries; `entry` appends one line.
template <typename Item, typename Entry>
void append_blocks(std::string& out, const std::vector<Item>& items, const char* keyword,
                   Entry entry) {
  for (std::size_t start = 0; start < items.size(); start += max_block_entries) {
    std::size_t end = std::min(items.size(), start + max_block_entries);
    out += std::to_string(end - start) + " begin" + keyword + "\n";
    for (std::size_t i = start; i < end; ++i) entry(items[i]);
    out += std::string("end") + keyword + "\n";
  }
}

}  // namespace

std::string to_unicode_cmap(const std::vector<char16_t>& codes) {
  // CID i + 1 shows codes[i]. A run of consecutive codes becomes one bfrange, as long as
  // neither its CIDs nor its codes cross a multiple of 256: a bfrange may vary only in the
  // last byte of its source codes, and readers add to the last byte of the destination.
  std::vector<Run> ranges;
  std::vector<Single> singles;
  for (std::size_t i = 0; i < codes.size();) {
    std::size_t j = i;
    while (j + 1 < codes.size() && codes[j + 1] == codes[j] + 1 && (codes[j + 1] & 0xFF) != 0 &&
           ((j + 2) & 0xFF) != 0) {
      ++j;
    }
    const auto cid = static_cast<char16_t>(i + 1);
    if (j > i) {
      ranges.push_back({cid, static_cast<char16_t>(j + 1), codes[i]});
    } else {
      singles.push_back({cid, codes[i]});
    }
    i = j + 1;
  }

  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  append_blocks(out, ranges, "bfrange", [&out](const Run& run) {
    append_hex(out, run.first_cid);
    out += ' ';
    append_hex(out, run.last_cid);
    out += ' ';
    append_hex(out, run.first_code);
    out += '\n';
  });
  append_blocks(out, singles, "bfchar", [&out](const Single& single) {
    append_hex(out, single.cid);
    out += ' ';
    append_hex(out, single.code);
    out += '\n';
  });
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace thidua::pdf
