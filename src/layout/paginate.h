// Step 5, paginate: the flow's items -> pages, honouring keeps, widows, orphans and page breaks.
#pragma once

#include <cstdint>
#include <vector>

#include "layout/flow.h"

namespace thidua::layout {

// One item (or a repeated table header) at `y` below the top of the text area.
struct Placement {
  bool header = false;       // true: `index` is into Flow::headers
  std::uint32_t index = 0;   // into Flow::items or Flow::headers
  double y = 0;
};

// The placements of one page, top to bottom.
struct Page {
  std::vector<Placement> placements;
};

// Cuts `flow` into pages whose text area is `height` tall. Each page is filled while items
// fit; on overflow the page ends before the latest item that may start a page, or, when
// nothing on the page may (a keep chain longer than a page), at the overflowing item.
// Indices of items taller than a whole page go to `too_tall`; they are placed anyway.
std::vector<Page> paginate(const Flow& flow, double height, std::vector<std::uint32_t>& too_tall);

}  // namespace thidua::layout
