// The year-end papers: the score sheet, the results with their charts, the review's minutes and the proposal for rewards.
#pragma once

#include <string>
#include <vector>

#include "compose/document_data.h"

namespace thidua::compose {

// The units whose score sheets are printed: `unit_id` only, every member unit (unit_id ""), or
// none for a blank sheet (`blank`).
std::vector<const model::Unit*> scoresheet_units(const model::Event& event, const std::string& unit_id, bool blank);

// Template data of templates/scoresheet/document.mustache: one page set per unit in `units`,
// or one blank set when `units` is empty.
Data scoresheet_data(const model::Event& event, const std::vector<const model::Unit*>& units);
// PDF metadata of the score sheet.
DocumentMeta scoresheet_meta(const model::Event& event);
// Template data of templates/results/document.mustache: the table, the rule, the proposals, the charts.
Data results_data(const model::Event& event);
// PDF metadata of the results.
DocumentMeta results_meta(const model::Event& event);
// Template data of templates/review/document.mustache: the minutes of the review meeting.
Data review_data(const model::Event& event);
// PDF metadata of the review's minutes.
DocumentMeta review_meta(const model::Event& event);
// Template data of templates/proposal/document.mustache: the proposal for rewards (tờ trình).
Data proposal_data(const model::Event& event);
// PDF metadata of the proposal.
DocumentMeta proposal_meta(const model::Event& event);

// Ticks for a value axis from 0 to at least `top`: 4 or 5 round steps (1, 2, 2,5 or 5 × 10^k).
std::vector<double> axis_ticks(double top);

}  // namespace thidua::compose
