// The score sheet's (bảng chấm điểm thi đua) options: the unit checked, the sheets chosen.
#include "compose/year_end.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

std::optional<OptionProblem> check_scoresheet_options(const model::Event& event, const OptionValues& values) {
  const std::string unit_id = option_value(values, "unit");
  if (unit_id.empty() || event.find_unit(unit_id) != nullptr) return std::nullopt;
  std::vector<std::string> ids;
  for (const model::Unit& unit : event.units) ids.push_back(unit.id);
  return OptionProblem{"unit", unit_id, tr("unknown unit '%1$s'", unit_id),
                       tr("the units of %1$s are: %2$s", event.source_file, listed_ids(ids, _("(the event has no units)"))),
                       false};
}

compose::Data compose_scoresheet(const model::Event& event, const OptionValues& values) {
  const bool blank = option_value(values, "blank") == "1";
  return compose::scoresheet_data(event, compose::scoresheet_units(event, option_value(values, "unit"), blank));
}

}  // namespace thidua::documents
