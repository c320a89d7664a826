// Repairs to the Type0 fonts libharu 2.3.0 builds, done through its internal object API.
#pragma once

#include <hpdf.h>

#include <vector>

namespace thidua::pdf {

// Fixes a font that libharu created (HPDF_GetFont with "UTF-8") from a subset face,
// whose codes are the Unicode values of `codes` (sorted, unique):
//  - replaces the invalid ToUnicode CMap with a correct one for exactly `codes`;
//  - cuts the CIDToGIDMap, 128 KB for all of the BMP, down to the highest code used;
//  - sets the descendant font's CIDSystemInfo Ordering to "Identity" (not "Identity-H");
//  - marks every glyph of the subset as used, so libharu keeps the components of
//    nested composite glyphs (it follows composites only one level down).
// Returns HPDF_OK or a libharu error code (HPDF_INVALID_FONT when the font is not the
// Type0/TrueType kind this code knows).
HPDF_STATUS fix_subset_font(HPDF_Font font, const std::vector<char16_t>& codes);

}  // namespace thidua::pdf
