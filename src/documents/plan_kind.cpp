// The registry entry of a movement's plan (kế hoạch phát động phong trào thi đua).
#include "compose/plan.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

DocumentKind plan_kind() {
  DocumentKind kind;
  kind.name = "plan";
  kind.title = "Kế hoạch phát động phong trào thi đua";
  kind.archive_name = "ke-hoach.pdf";
  kind.template_folder = "plan";
  kind.template_name = "plan/document";
  kind.outputs = {Output::pdf, Output::trace};
  kind.summary = N_("Write the plan of a movement launch (kế hoạch phát động phong trào thi đua) as a PDF");
  kind.usage = N_("thidua plan EVENT.xml -o FILE.pdf");
  kind.details =
      N_("For an event of kind movement. A4, Decree 30/2020/NĐ-CP header with the plan's number and\n"
      "symbol (<movement number= symbol=>, e.g. \"Số: 01/KH-CĐCS\"; left blank to write when not\n"
      "given), \"KẾ HOẠCH\" and \"Phát động phong trào thi đua năm YYYY\", then the parts the event\n"
      "gives, numbered I, II, …: purpose and requirements (<purpose>, <requirement>), theme and goals,\n"
      "solutions, titles and rewards (<reward>), organisation of implementation (<implementation>);\n"
      "the issuer's signature (<signatory>, \"TM. BAN CHẤP HÀNH\" by default) and the recipients.");
  kind.applies = [](const model::Event& event) { return event.movement.has_value(); };
  kind.why_not = N_("the event has no <movement>; the plan is the document of a movement launch (kind movement)");
  kind.when_missing = WhenMissing::refuse;
  kind.compose = [](const model::Event& event, const OptionValues&) { return compose::plan_data(event); };
  kind.meta = compose::plan_meta;
  return kind;
}

}  // namespace thidua::documents
