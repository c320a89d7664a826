// The plan of a movement launch (kế hoạch phát động phong trào thi đua), as template data.
#pragma once

#include "compose/document_data.h"

namespace thidua::compose {

// "Số: 01/KH-CĐCS", or "Số:     /KH" with room to write when the event gives no number.
std::string plan_number_line(const model::Event& event);
// Template data of templates/plan/document.mustache (the event must have a <movement>).
Data plan_data(const model::Event& event);
// PDF metadata of the plan.
DocumentMeta plan_meta(const model::Event& event);

}  // namespace thidua::compose
