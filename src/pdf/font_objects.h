// The PDF objects of an embedded font subset (Type0, CIDFontType2, descriptor, streams), made directly.
#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>
#include <vector>

#include "pdf/glyph_widths.h"

namespace thidua::pdf {

// A font subset embedded in a document: its Type0 font dictionary and the widths its W
// array states (by code; see GlyphWidths for the CIDs).
struct EmbeddedFont {
  HPDF_Dict font = nullptr;
  GlyphWidths widths;
};

// Builds, in `doc`'s object table, a Type0 font (Identity-H) for the TrueType subset
// `program` (HarfBuzz's output) that draws `codes` (sorted, unique) as CIDs 1..N: the
// CIDFontType2 with its W array and CIDToGIDMap, a ToUnicode CMap, and the descriptor with
// `program` itself as the FontFile2. `tag` is the six capital letters of the subset name
// ("THIDUA"). Failures throw thidua::Failure (exit 3) naming `font_path`.
//
// Why not libharu's HPDF_LoadTTFontFromFile and HPDF_GetFont: for each face they parse the
// whole font again, build a 128 KB encoder table per document and scan all 65,536 code
// points, then write a CIDToGIDMap of the whole BMP and an invalid ToUnicode map; they were a
// seventh of the archive build's instructions, and thidua replaced most of their output anyway.
EmbeddedFont embed_font(HPDF_Doc doc, std::string_view program, const std::vector<char16_t>& codes,
                        const std::string& tag, const std::string& font_path);

}  // namespace thidua::pdf
