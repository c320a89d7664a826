// TextObject: relative Td and one TJ per line; UTF-8 turned into 2-byte CIDs in literal strings.
//
// Reaches the page's content stream through libharu's internal page record
// (hpdf_pages.h, installed by Debian; fixed for the 2.3.0 ABI). The fonts are not libharu's
// (embed_font), so HPDF_Page_ShowText could not draw with them anyway; writing the operators
// also skips its glyph-by-glyph measuring of a text position nothing here uses.
#include "pdf/page_text.h"

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <cmath>

#include "text/utf8.h"

namespace thidua::pdf {

void append_hundredths(std::string& out, long long hundredths) {
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

void append_number(std::string& out, double value) { append_hundredths(out, std::llround(value * 100)); }

void TextObject::append_codes(std::string_view text) {
  // At most 3 bytes per byte of input: an ASCII '(' becomes "\0\(".
  const std::size_t start = body_.size();
  body_.resize(start + 3 * text.size());
  char* out = body_.data() + start;
  auto put = [&out](unsigned int byte) {
    // Escape what a literal string cannot hold as is: parentheses, backslash, and CR
    // (a reader turns a bare CR into LF; PDF 32000 7.3.4.2).
    if (byte == '(' || byte == ')' || byte == '\\') {
      *out++ = '\\';
    } else if (byte == '\r') {
      *out++ = '\\';
      byte = 'r';
    }
    *out++ = static_cast<char>(byte);
  };
  for (std::size_t i = 0; i < text.size();) {
    // Valid UTF-8 of BMP code points only (checked when the call was recorded).
    const char32_t cp = text::next_code_point(text, i);
    const char16_t cid = widths_->cid(static_cast<char16_t>(cp));
    put(static_cast<unsigned int>(cid) >> 8);
    put(cid & 0xFFu);
  }
  body_.resize(static_cast<std::size_t>(out - body_.data()));
  advance_ += 100 * widths_->text_width(text);
  if (!text.empty()) last_ = text.back();
}

void TextObject::begin_line(std::string& out, double x, double y, double size, const GlyphWidths& widths,
                            std::string_view text) {
  // Positions are kept in whole hundredths so that relative moves add up exactly.
  const long long x_h = std::llround(x * 100);
  const long long y_h = std::llround(y * 100);
  if (x_h != line_x_ || y_h != line_y_) {
    append_hundredths(out, x_h - line_x_);
    out += ' ';
    append_hundredths(out, y_h - line_y_);
    out += " Td\n";
    line_x_ = x_h;
    line_y_ = y_h;
  }
  size_ = size;
  widths_ = &widths;
  advance_ = 0;
  last_ = 0;
  adjusted_ = false;
  body_.assign(1, '(');
  append_codes(text);
}

void TextObject::add_text(double x, std::string_view text) {
  // Where x is, from the line start, in 0.01 thousandths of an em: computed from the
  // exact x each time, so the error of one number never carries to the next word.
  const double target = (x - static_cast<double>(line_x_) / 100) * 100000 / size_;
  const int space = widths_->width(u' ');
  const bool spaced = last_ == ' ' || (!text.empty() && text.front() == ' ');
  if (!spaced && widths_->has_space() && target - static_cast<double>(advance_) >= 50.0 * space) {
    append_codes(" ");
  }
  const long long kern = std::llround(static_cast<double>(advance_) - target);
  if (kern != 0) {
    // A positive number moves the next glyph left: TJ subtracts it from the advance.
    body_ += ')';
    append_hundredths(body_, kern);
    body_ += '(';
    advance_ -= kern;
    adjusted_ = true;
  }
  append_codes(text);
}

void TextObject::end_line(std::string& out) {
  body_ += ')';
  if (adjusted_) {
    out += '[';
    out += body_;
    out += "]TJ\n";
  } else {
    out += body_;
    out += "Tj\n";
  }
}

HPDF_STATUS write_content(HPDF_Page page, std::string& content) {
  if (page == nullptr || page->attr == nullptr) return HPDF_INVALID_PAGE;
  if (content.empty()) return HPDF_OK;
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  const HPDF_STATUS status = HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(content.data()),
                                               static_cast<HPDF_UINT>(content.size()));
  content.clear();
  return status;
}

}  // namespace thidua::pdf
