// The layout stage's entry point: lay a parsed document (markup/markup.h) out and paint it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "image/image.h"
#include "layout/canvas.h"
#include "layout/document.h"
#include "layout/fonts.h"

namespace thidua::layout {

// The most pages one document may have (a 20,000-row attendance list takes about 700).
constexpr int max_pages = 5'000;

// Checks every character against the fonts, lays the document out and paints it page by page
// (begin_document … end_document). Returns the page count. Problems (a missing glyph, a table
// row taller than a page, an unreadable image) are reported to `diags` with their markup
// location; throws Failure(bad_input) after reporting when there was any error.
int render(const Document& doc, const FontSet& fonts, Canvas& canvas, const DocumentInfo& info,
           Diagnostics& diags);

// The markup offset of the first item (a paragraph, a table row …) of each page, as render()
// paginates `doc`, nothing painted: lets the DOCX backend cut a long table where the PDF's
// pages break. Empty when the document cannot be laid out.
std::vector<std::uint32_t> page_starts(const Document& doc, const FontSet& fonts);

// The first code point of UTF-8 `text` that face `style` has no glyph for, or 0 when none is
// missing; lets callers check input fields before they reach the markup.
char32_t first_missing_glyph(const FontSet& fonts, FontStyle style, std::string_view text);

// The size (width, height) in points an image of `pixels` is drawn at, asked `width` × `height`: a
// side left at 0 follows the other in the image's proportions (both at 0: its pixels at 96 dpi),
// and an image wider than `room` is scaled down to it.
std::pair<double, double> image_size(const image::Info& pixels, double width, double height, double room);

// Names a code point for messages: "U+1F600 '😀'" (control characters without the quote).
std::string describe_code_point(char32_t cp);

}  // namespace thidua::layout
