// Repairs to the Type0 fonts libharu 2.3.0 builds, done through its internal object API.
#pragma once

#include <hpdf.h>

#include <string_view>
#include <vector>

#include "pdf/glyph_widths.h"

namespace thidua::pdf {

// HPDF_GetFont(doc, name, "UTF-8") for a loaded subset face that will draw only
// `codes` (sorted, unique): the same font, built ~8 times faster (0.4 ms instead of
// 3 ms). Returns nullptr when libharu fails (its error handler has the cause).
HPDF_Font get_subset_font(HPDF_Doc doc, const char* name, const std::vector<char16_t>& codes);

// Fixes a font that libharu created (HPDF_GetFont with "UTF-8") from a subset face that
// draws `codes` (Unicode values, sorted, unique) as CIDs 1..N (GlyphWidths::cid):
//  - replaces the invalid ToUnicode CMap with a correct one for `codes` (to_unicode_cmap);
//  - rewrites the CIDToGIDMap for CIDs 0..N (libharu's own covers the whole BMP, 128 KB,
//    unless the font came from get_subset_font);
//  - sets the descendant font's CIDSystemInfo Ordering to "Identity" (not "Identity-H");
//  - replaces the W array and DW with the shortest equivalent and drops DW2 (vertical
//    writing only), and sets `widths` to the widths the new W array states, by code.
// Returns HPDF_OK or a libharu error code (HPDF_INVALID_FONT when the font is not the
// Type0/TrueType kind this code knows).
HPDF_STATUS fix_subset_font(HPDF_Font font, const std::vector<char16_t>& codes, GlyphWidths& widths);

// Gives the font its FontDescriptor now, with the entries libharu would write and with
// `program` (the subset TrueType file the font was loaded from) as its FontFile2, as is.
// Why: libharu makes the descriptor only when saving, and then rebuilds the font program
// table by table from its parsed copy (HPDF_TTFontDef_SaveFontData), reading it back a few
// bytes at a time: a tenth of the agreement's instructions to re-create what HarfBuzz has
// just written. With a descriptor in place libharu skips all of that. Call once per font,
// before saving; returns HPDF_OK or a libharu error code.
HPDF_STATUS embed_font_program(HPDF_Font font, std::string_view program);

}  // namespace thidua::pdf
