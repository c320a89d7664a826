// The ToUnicode CMap of a font whose 2-byte codes are Unicode code points (Identity-H, UTF-16 BMP).
#pragma once

#include <string>
#include <vector>

namespace thidua::pdf {

// A complete ToUnicode CMap program mapping each code in `codes` (BMP code points,
// sorted and unique) to itself: for each high byte, one bfrange from its lowest code to
// its highest (unused codes in between map to themselves too), or one bfchar when it has
// a single code; at most 100 entries per block (PDF 32000 9.10.3).
std::string to_unicode_cmap(const std::vector<char16_t>& codes);

}  // namespace thidua::pdf
