// The registry entry of the score sheet (bảng chấm điểm thi đua): one page set per unit, or a blank one.
#include "compose/year_end.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

namespace {

// The event's unit ids, for the message about an unknown one.
std::string unit_ids(const model::Event& event) {
  std::string ids;
  for (const model::Unit& unit : event.units) ids += (ids.empty() ? "" : ", ") + unit.id;
  return ids.empty() ? std::string(_("(the event has no units)")) : ids;
}

}  // namespace

DocumentKind scoresheet_kind() {
  return pdf_kind({
      .name = "scoresheet",
      .title = "Bảng chấm điểm thi đua",
      .archive_name = "bang-cham-diem.pdf",
      .summary = N_("Write the score sheets (bảng chấm điểm thi đua) of the agreement's criteria as a PDF"),
      .usage = N_("thidua scoresheet EVENT.xml -o FILE.pdf [--unit ID | --blank]"),
      .details =
          N_("A4, Decree 30/2020/NĐ-CP header; \"BẢNG CHẤM ĐIỂM THI ĐUA NĂM …\" and the bloc; the agreement's\n"
          "sections and items with their maximum points and how they are scored (points=, rule=), the bonus\n"
          "and penalty criteria and the scale's total; columns for the unit's own score (tự chấm), the bloc's\n"
          "score (khối chấm or cụm chấm) and notes; the signatures of the bloc leader and the unit's head.\n"
          "One page set per member unit, its name in the header; --unit ID writes only that unit's, --blank\n"
          "one sheet with the unit left to fill in."),
      .options = {
          OptionSpec{"unit", N_("ID"), N_("only the score sheet of the unit with this id"), "Chỉ bảng chấm điểm của đơn vị (mã)", {}, ""},
          OptionSpec{"blank", "", N_("one blank score sheet, the unit left to fill in"), "Một bảng chấm điểm để trống tên đơn vị", {}, ""},
      },
      .applies = [](const model::Event& event) { return event.agreement && event.agreement->scored(); },
      .why_not = N_("the agreement's sections have no points; give each <section> points=\"…\" to make the score sheet"),
      .check_options = [](const model::Event& event, const OptionValues& values) -> std::optional<OptionProblem> {
        const std::string unit_id = option_value(values, "unit");
        if (unit_id.empty() || event.find_unit(unit_id) != nullptr) return std::nullopt;
        return OptionProblem{"unit", unit_id, tr("unknown unit '%1$s'", unit_id),
                             tr("the units of %1$s are: %2$s", event.source_file, unit_ids(event)), false};
      },
      .compose = [](const model::Event& event, const OptionValues& values) {
        const bool blank = option_value(values, "blank") == "1";
        return compose::scoresheet_data(event, compose::scoresheet_units(event, option_value(values, "unit"), blank));
      },
      .meta = compose::scoresheet_meta,
  });
}

}  // namespace thidua::documents
