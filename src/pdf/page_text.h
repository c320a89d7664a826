// Writes a text-showing operator straight into a libharu page's content stream.
#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>

namespace thidua::pdf {

// Appends `<UTF-16BE hex> Tj` for valid, BMP-only UTF-8 `text` to `page`, inside a text
// object whose font (a Type0 font on libharu's UTF-8 encoder) is already set: the exact
// bytes HPDF_Page_ShowText writes, at a fraction of the cost, because it skips the
// width measurement libharu does to advance its text position, which nothing here uses
// (each text is its own BT/ET). `buffer` is reused scratch space. Returns HPDF_OK, or
// HPDF_PAGE_INVALID_GMODE outside a text object, or a stream error.
HPDF_STATUS show_text(HPDF_Page page, std::string_view text, std::string& buffer);

}  // namespace thidua::pdf
