// Builds the ToUnicode CMap of a subset font: one bfchar entry per CID, the form every reader handles.
#include "pdf/to_unicode.h"

#include <algorithm>
#include <cstddef>

namespace thidua::pdf {

namespace {

// The PDF spec and Adobe's CMap documentation limit each begin…end block to 100 entries.
constexpr std::size_t max_block_entries = 100;

void append_hex(std::string& out, char16_t code) {
  static const char digits[] = "0123456789ABCDEF";
  out += '<';
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(code >> shift) & 0xF];
  out += '>';
}

}  // namespace

std::string to_unicode_cmap(const std::vector<char16_t>& codes) {
  // CID i + 1 shows codes[i], one bfchar entry each. Runs of consecutive codes could be
  // bfranges, and poppler, pdf.js and mupdf read those right, but Ghostscript (txtwrite,
  // 10.0) maps CIDs inside ranges to wrong code points ("CHỨC" came out "CHĄC"): single
  // entries are the form every reader handles, and cost only a few hundred bytes.
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
  for (std::size_t start = 0; start < codes.size(); start += max_block_entries) {
    const std::size_t end = std::min(codes.size(), start + max_block_entries);
    out += std::to_string(end - start) + " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i) {
      append_hex(out, static_cast<char16_t>(i + 1));
      out += ' ';
      append_hex(out, codes[i]);
      out += '\n';
    }
    out += "endbfchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace thidua::pdf
