// Where a centred line (header, title, signature block) may break: costs from the words around each space.
#pragma once

#include <vector>

#include "layout/document.h"
#include "layout/linebreak.h"

namespace thidua::layout {

// The cost of breaking at a space between `before` and `after` (two words of centred text):
// 0 before a word that starts a place or a body ("TỈNH", "HUYỆN", "CÔNG ĐOÀN", "LIÊN ĐOÀN"…),
// high inside a name ("TỈNH / NAM ĐỊNH", "CÔNG / ĐOÀN", "THI / ĐUA", "Sóc / Trăng"), a
// moderate cost elsewhere. `all_caps` tells that the text is in capitals, where a name cannot
// be told by its capital letters.
double space_break_cost(std::string_view before, std::string_view after, bool all_caps);

// Sets the `penalty` of every glue item of `items` (measured from `p`) to space_break_cost.
void set_space_break_costs(const Paragraph& p, std::vector<LineItem>& items);

}  // namespace thidua::layout
