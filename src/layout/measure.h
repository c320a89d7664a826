// Step 2, measure: a paragraph's spans -> boxes, glue and penalties with FontSet widths.
#pragma once

#include <vector>

#include "layout/document.h"
#include "layout/fonts.h"
#include "layout/linebreak.h"

namespace thidua::layout {

// Converts `p` to line-breaking items: an indent box, a box per word (per face run inside a
// word), a glue per space (stretch 1/2, shrink 1/3 of the space), fill glue and a forced
// penalty for each <br/> and at the end. A word wider than `max_box_width` is cut into
// single-character boxes joined by penalties, so it breaks by characters instead of
// overflowing. `items` is cleared first and reused.
void measure_paragraph(const Paragraph& p, const FontSet& fonts, double max_box_width, std::vector<LineItem>& items);

// Appends the end of a paragraph to `items`: fill glue, then a forced break.
void push_paragraph_end(std::vector<LineItem>& items);

}  // namespace thidua::layout
