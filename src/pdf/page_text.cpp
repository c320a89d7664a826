// show_text_at: absolute Td plus UTF-8 turned into the 2-byte hex codes Identity-H fonts take.
//
// Reaches the page's content stream through libharu's internal page record
// (hpdf_pages.h, installed by Debian; fixed for the 2.3.0 ABI). Skipping
// HPDF_Page_ShowText also skips its marking of used glyphs, which fix_subset_font has
// already done for every glyph of the subset.
#include "pdf/page_text.h"

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cmath>

namespace thidua::pdf {

void append_number(std::string& out, double value) {
  long long hundredths = std::llround(value * 100);
  if (hundredths < 0) {
    out += '-';
    hundredths = -hundredths;
  }
  out += std::to_string(hundredths / 100);
  const auto fraction = static_cast<int>(hundredths % 100);
  if (fraction != 0) {
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0) out += static_cast<char>('0' + fraction % 10);
  }
}

HPDF_STATUS show_text_at(HPDF_Page page, double x, double y, std::string_view text, std::string& buffer) {
  if (page == nullptr || page->attr == nullptr) return HPDF_INVALID_PAGE;
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  if (attr->gmode != HPDF_GMODE_TEXT_OBJECT || attr->gstate == nullptr || attr->gstate->font == nullptr) {
    return HPDF_PAGE_INVALID_GMODE;
  }
  static const char digits[] = "0123456789ABCDEF";
  static constexpr std::string_view tail = "> Tj\012";
  buffer.clear();
  append_number(buffer, x);
  buffer += ' ';
  append_number(buffer, y);
  buffer += " Td\012<";
  // At most 4 hex digits per byte of input (ASCII), plus the operator.
  const std::size_t start = buffer.size();
  buffer.resize(start + 4 * text.size() + tail.size());
  char* out = buffer.data() + start;
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
