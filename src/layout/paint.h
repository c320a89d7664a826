// Step 6, paint: placed items -> Canvas calls, one page at a time, with the page numbers.
#pragma once

#include <vector>

#include "layout/canvas.h"
#include "layout/document.h"
#include "layout/flow.h"
#include "layout/fonts.h"
#include "layout/paginate.h"

namespace thidua::layout {

// Paints page `number` of `total` (begin_page … end_page) in PDF coordinates, with its page
// number. `total` matters only when the page-number format shows it (needs_page_count).
void paint_page(const Document& doc, const FontSet& fonts, const Flow& flow, const Page& page, int number,
                int total, Canvas& canvas);

// True when the page numbers show the page count, so no page can be painted before the
// whole document is paginated.
bool needs_page_count(const Document& doc);

}  // namespace thidua::layout
