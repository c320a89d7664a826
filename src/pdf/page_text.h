// Writes text positioning and showing operators straight into a libharu page's content stream.
#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>

namespace thidua::pdf {

// Appends `x y Td <UTF-16BE hex> Tj` for valid, BMP-only UTF-8 `text` to `page`, right
// after BT (so the move is absolute), once the font (a Type0 font on libharu's UTF-8
// encoder) is set. The string is what HPDF_Page_ShowText writes, at a fraction of the
// cost: libharu also measures the string glyph by glyph to advance a text position
// nothing here uses. Coordinates are written to 0.01 pt (libharu writes 5 decimals,
// which costs ~15% of a justified page's compressed size for no visible difference).
// `buffer` is reused scratch space. Returns HPDF_OK, HPDF_PAGE_INVALID_GMODE outside a
// text object or without a font, or a stream error.
HPDF_STATUS show_text_at(HPDF_Page page, double x, double y, std::string_view text, std::string& buffer);

// Appends `value` rounded to 0.01 in the shortest PDF form: "416.11", "85", "-0.5".
void append_number(std::string& out, double value);

}  // namespace thidua::pdf
