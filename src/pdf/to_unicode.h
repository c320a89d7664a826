// The ToUnicode CMap of a font whose 2-byte codes are dense CIDs (see GlyphWidths::cid).
#pragma once

#include <string>
#include <vector>

namespace thidua::pdf {

// A complete ToUnicode CMap program mapping CID i + 1 to `codes[i]` (BMP code points,
// sorted and unique): one bfchar entry per CID, never bfranges (Ghostscript misreads them),
// at most 100 entries per block (PDF 32000 9.10.3).
std::string to_unicode_cmap(const std::vector<char16_t>& codes);

}  // namespace thidua::pdf
