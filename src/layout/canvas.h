// The drawing interface the layout stage paints pages through (PDF and text-trace backends).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "layout/document.h"  // FontStyle

namespace thidua::layout {

// What a backend is told before the first page: the document's metadata and the code points it draws.
struct DocumentInfo : DocumentMeta {
  // Every code point the document draws, per FontStyle (by its number), sorted and unique.
  // layout::render fills it before the first page: a backend that embeds font subsets
  // needs them then, to write each page as soon as it is drawn.
  std::array<std::vector<char16_t>, 4> code_points;
};

// Adds the code points of UTF-8 `text` (BMP only; others are skipped) to `info`'s set for
// `style`, keeping it sorted and unique.
void add_code_points(DocumentInfo& info, FontStyle style, std::string_view text);

// Receives positioned drawing calls. Units are PDF points (1/72 inch); the origin is
// the bottom-left corner of the page and y grows upwards, as in PDF.
class Canvas {
 public:
  virtual ~Canvas() = default;

  // Starts the document; called once before the first page. Text drawn later uses only
  // the code points `info` lists for its face.
  virtual void begin_document(const DocumentInfo& info) = 0;
  // Starts a new page of the given size.
  virtual void begin_page(double width, double height) = 0;
  // Draws UTF-8 `text` (NFC, no line breaks) with its baseline starting at (x, y).
  virtual void text(double x, double y, FontStyle style, double size, std::string_view text) = 0;
  // Draws a solid line of the given width.
  virtual void line(double x1, double y1, double x2, double y2, double width) = 0;
  // Strokes a rectangle outline with its bottom-left corner at (x, y).
  virtual void rect(double x, double y, double width, double height, double line_width) = 0;
  // Fills a rectangle (no outline) with bottom-left corner (x, y) in `grey` (0 black … 1 white):
  // the bars of a chart, as vector graphics.
  virtual void fill_rect(double x, double y, double width, double height, double grey) = 0;
  // Draws the PNG or JPEG image at `path` into the box with bottom-left corner (x, y).
  virtual void image(const std::string& path, double x, double y, double width, double height) = 0;
  // Ends the current page.
  virtual void end_page() = 0;
  // Finishes the document; a backend that writes a file does it here.
  virtual void end_document() = 0;
};

}  // namespace thidua::layout
