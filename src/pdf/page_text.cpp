// show_text: UTF-8 to the hex string of 2-byte codes that Identity-H fonts take.
//
// Reaches the page's content stream through libharu's internal page record
// (hpdf_pages.h, installed by Debian; fixed for the 2.3.0 ABI). HPDF_Page_ShowText
// would also measure the string glyph by glyph (40% of the time of a text-heavy
// document) and mark the glyphs used, which fix_subset_font has already done.
#include "pdf/page_text.h"

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>

namespace thidua::pdf {

HPDF_STATUS show_text(HPDF_Page page, std::string_view text, std::string& buffer) {
  if (page == nullptr || page->attr == nullptr) return HPDF_INVALID_PAGE;
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  if (attr->gmode != HPDF_GMODE_TEXT_OBJECT || attr->gstate == nullptr || attr->gstate->font == nullptr) {
    return HPDF_PAGE_INVALID_GMODE;
  }
  static const char digits[] = "0123456789ABCDEF";
  static constexpr std::string_view tail = "> Tj\012";
  // At most 4 hex digits per byte of input (ASCII), plus the brackets and operator.
  buffer.resize(1 + 4 * text.size() + tail.size());
  char* out = buffer.data();
  *out++ = '<';
  for (std::size_t i = 0; i < text.size();) {
    // Valid UTF-8 of BMP code points only (checked when the call was recorded).
    const auto lead = static_cast<unsigned char>(text[i++]);
    unsigned int cp = lead;
    if (lead >= 0xE0) {
      cp = (lead & 0x0Fu) << 12;
      cp |= (static_cast<unsigned char>(text[i++]) & 0x3Fu) << 6;
      cp |= static_cast<unsigned char>(text[i++]) & 0x3Fu;
    } else if (lead >= 0xC0) {
      cp = (lead & 0x1Fu) << 6;
      cp |= static_cast<unsigned char>(text[i++]) & 0x3Fu;
    }
    out[0] = digits[(cp >> 12) & 0xF];
    out[1] = digits[(cp >> 8) & 0xF];
    out[2] = digits[(cp >> 4) & 0xF];
    out[3] = digits[cp & 0xF];
    out += 4;
  }
  out = std::copy(tail.begin(), tail.end(), out);
  buffer.resize(static_cast<std::size_t>(out - buffer.data()));
  return HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(buffer.data()),
                           static_cast<HPDF_UINT>(buffer.size()));
}

}  // namespace thidua::pdf
