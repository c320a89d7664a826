// The document font family (Liberation Serif): file locations, glyph coverage and advance widths.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "layout/canvas.h"

namespace thidua::layout {

// The four TrueType faces of one family, loaded once and shared by layout and PDF output.
class FontSet {
 public:
  // Loads the faces from `directory` (LiberationSerif-{Regular,Bold,Italic,BoldItalic}.ttf);
  // throws thidua::Failure (exit 3) naming the file when one is missing or unreadable.
  static std::shared_ptr<const FontSet> load(const std::string& directory);
  // The default location: $THIDUA_FONTS, else the Debian fonts-liberation2 folder.
  static std::string default_directory();

  virtual ~FontSet() = default;
  // The path of the face's TrueType file.
  virtual const std::string& path(FontStyle style) const = 0;
  // The raw bytes of the face's TrueType file.
  virtual std::string_view data(FontStyle style) const = 0;
  // True when the face has a glyph for code point `cp`.
  virtual bool has_glyph(FontStyle style, char32_t cp) const = 0;
  // True when the face has a glyph for every printable ASCII character (U+0020..U+007E).
  virtual bool covers_printable_ascii(FontStyle style) const;
  // The advance width of `cp` in thousandths of an em (0 when missing).
  virtual double advance(FontStyle style, char32_t cp) const = 0;
  // Width of UTF-8 `text` at `size` points (no kerning: the document faces do not need it).
  double width(FontStyle style, double size, std::string_view text) const;
  // Ascender and descender in thousandths of an em (descender negative).
  virtual double ascender(FontStyle style) const = 0;
  virtual double descender(FontStyle style) const = 0;
  // The extra gap the face asks for between lines, in thousandths of an em (0 unless known).
  virtual double line_gap(FontStyle /*style*/) const { return 0; }
};

}  // namespace thidua::layout
