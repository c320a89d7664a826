// Text and path operators written straight into a libharu page's content stream.
#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>

#include "pdf/glyph_widths.h"

namespace thidua::pdf {

// Builds the operators inside one BT … ET text object: each line is a relative `Td`
// and one `TJ` (or `Tj`) that shows every word of the line, words separated by a real
// space glyph and a kerning number that puts the next word exactly at its x. Text is
// valid UTF-8 of BMP code points and becomes the 2-byte CIDs (GlyphWidths::cid) of an
// Identity-H font, as raw bytes in literal strings: half the bytes of hex strings, ~5%
// less once compressed. The font (`Tf`) is set by the caller between lines.
//
// Why: the layout draws a justified line one word per call. One BT/Tf/Td/Tj/ET per word
// was ~half of a page's compressed content; one TJ per line is a third of that, and
// readers extract the line as "word word" with the space characters it really has.
class TextObject {
 public:
  // Starts a text object (right after BT): the line matrix is at the origin.
  void begin_object() { line_x_ = line_y_ = 0; }
  // Starts a line showing `text` with its baseline at (x, y), in a font of `widths` at
  // `size` points. The start is written to 0.01 pt.
  void begin_line(std::string& out, double x, double y, double size, const GlyphWidths& widths,
                  std::string_view text);
  // Shows `text` next on the line, starting at `x` on the same baseline, to the right of
  // the previous text: after a space glyph when the gap is at least half a space wide
  // (and neither side already has a space there), then a kerning number (0.01
  // thousandths of an em) computed from the exact `x`, so rounding never adds up.
  void add_text(double x, std::string_view text);
  // Appends the line to `out`: "[…]TJ", or "(…)Tj" when nothing was adjusted.
  void end_line(std::string& out);

 private:
  void append_codes(std::string_view text);

  long long line_x_ = 0;  // the line matrix origin in hundredths of a point
  long long line_y_ = 0;
  double size_ = 0;
  const GlyphWidths* widths_ = nullptr;
  long long advance_ = 0;  // pen from the line start, in 0.01 thousandths of an em
  char last_ = 0;  // the last byte of the text shown so far
  bool adjusted_ = false;  // the line has a kerning number: TJ, not Tj
  std::string body_;  // the strings and numbers of the line
};

// Appends `value` rounded to 0.01 in the shortest PDF form: "416.11", "85", "-0.5".
void append_number(std::string& out, double value);

// Appends `hundredths` / 100 in the shortest PDF form: 41611 -> "416.11", -50 -> "-0.5".
void append_hundredths(std::string& out, long long hundredths);

// Appends the bytes of `content` to `page`'s content stream and empties `content`.
// Returns HPDF_OK, HPDF_INVALID_PAGE or a stream error.
HPDF_STATUS write_content(HPDF_Page page, std::string& content);

}  // namespace thidua::pdf
