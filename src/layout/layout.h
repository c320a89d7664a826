// The layout stage's entry points: parse document markup, then lay it out and paint it.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "layout/canvas.h"
#include "layout/document.h"
#include "layout/fonts.h"

namespace thidua::layout {

// Parses document markup (see docs/markup.md). Every problem is reported to `diags` as
// `display_name:LINE:COL`; throws Failure(bad_input) after reporting when there was any error.
Document parse_markup(std::string_view xml, const std::string& display_name, Diagnostics& diags);

// Checks every character against the fonts, lays the document out and paints it page by page
// (begin_document … end_document). Returns the page count. Problems (a missing glyph, a table
// row taller than a page, an unreadable image) are reported to `diags` with their markup
// location; throws Failure(bad_input) after reporting when there was any error.
int render(const Document& doc, const FontSet& fonts, Canvas& canvas, const DocumentInfo& info,
           Diagnostics& diags);

// The first code point of UTF-8 `text` that face `style` has no glyph for, or 0 when none is
// missing; lets callers check input fields before they reach the markup.
char32_t first_missing_glyph(const FontSet& fonts, FontStyle style, std::string_view text);

// Names a code point for messages: "U+1F600 '😀'" (control characters without the quote).
std::string describe_code_point(char32_t cp);

}  // namespace thidua::layout
