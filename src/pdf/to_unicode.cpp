// Builds a valid ToUnicode CMap to replace libharu's, which poppler rejects.
#include "pdf/to_unicode.h"

#include <algorithm>
#include <cstddef>

namespace thidua::pdf {

namespace {

// The PDF spec and Adobe's CMap documentation limit each begin…end block to 100 entries.
constexpr std::size_t max_block_entries = 100;

struct Run {
  char16_t first;
  char16_t last;
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
  // One bfrange per high byte, from the lowest code used to the highest: a bfrange may
  // only vary in the last byte of its source codes, and codes are their own Unicode
  // values, so the unused codes it also covers map to their own values too, which no
  // text ever shows. Why: a Vietnamese face uses ~60 runs of consecutive codes; one
  // entry per high byte (00, 01, 1E, 20) keeps the CMap at a third of the size (818
  // bytes less on the Sóc Trăng agreement's four faces).
  std::vector<Run> ranges;
  std::vector<char16_t> singles;
  for (std::size_t i = 0; i < codes.size();) {
    std::size_t j = i;
    while (j + 1 < codes.size() && (codes[j + 1] >> 8) == (codes[i] >> 8)) ++j;
    if (j > i) {
      ranges.push_back({codes[i], codes[j]});
    } else {
      singles.push_back(codes[i]);
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
    append_hex(out, run.first);
    out += ' ';
    append_hex(out, run.last);
    out += ' ';
    append_hex(out, run.first);  // codes are their own Unicode values
    out += '\n';
  });
  append_blocks(out, singles, "bfchar", [&out](char16_t code) {
    append_hex(out, code);
    out += ' ';
    append_hex(out, code);
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
