// The ToUnicode CMap of a font whose 2-byte codes are Unicode code points (Identity-H, UTF-16 BMP).
#pragma once

#include <string>
#include <vector>

namespace thidua::pdf {

// A complete ToUnicode CMap program mapping each code in `codes` (BMP code points,
// sorted and unique) to itself: bfrange entries for runs that vary only in the last
// byte, bfchar entries for the rest, at most 100 entries per block (PDF 32000 9.10.3).
std::string to_unicode_cmap(const std::vector<char16_t>& codes);

}  // namespace thidua::pdf
