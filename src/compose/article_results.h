// The article's part about the year-end review (kết quả chấm điểm, bình xét), with its chart as inline SVG.
#pragma once

#include "compose/document_data.h"

namespace thidua::compose {

// Sets has_results and, when the event has results, the sentences, the SVG bars (coordinates in
// px, proportional to the totals) and the table rows that templates/article/results.mustache shows.
void set_results(Data& data, const model::Event& event);

}  // namespace thidua::compose
