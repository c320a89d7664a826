// Step 6, paint: placed items -> Canvas calls, page by page, then the page numbers.
#pragma once

#include <vector>

#include "layout/canvas.h"
#include "layout/document.h"
#include "layout/flow.h"
#include "layout/fonts.h"
#include "layout/paginate.h"

namespace thidua::layout {

// Paints every page of `pages` (begin_page … end_page) in PDF coordinates, with the page
// numbers of `doc` drawn once the total is known. Does not begin or end the document.
void paint(const Document& doc, const FontSet& fonts, const Flow& flow, const std::vector<Page>& pages,
           Canvas& canvas);

}  // namespace thidua::layout
