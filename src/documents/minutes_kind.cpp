// The registry entry of the minutes of the ceremony (biên bản hội nghị).
#include "compose/ceremony.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

DocumentKind minutes_kind() {
  DocumentKind kind;
  kind.name = "minutes";
  kind.title = "Biên bản hội nghị";
  kind.archive_name = "bien-ban.pdf";
  kind.template_folder = "minutes";
  kind.template_name = "minutes/document";
  kind.outputs = {Output::pdf, Output::trace};
  kind.summary = N_("Write the minutes of the ceremony (biên bản) as a PDF");
  kind.usage = N_("thidua minutes EVENT.xml -o FILE.pdf");
  kind.details =
      N_("A4, Decree 30/2020/NĐ-CP header; \"BIÊN BẢN\" and the ceremony; when and where it opened; who\n"
      "attended (the guests; the member units present out of all, by name, from <minutes absent=>);\n"
      "the chair and the secretary (<minutes>); the business conducted (the programme's steps); what\n"
      "was adopted (the agreement, its number and its sections); the closing time (<minutes end=>,\n"
      "dots to fill in when not given); the secretary's (THƯ KÝ) and the chair's (CHỦ TRÌ) signatures.");
  kind.applies = [](const model::Event& event) { return event.minutes.has_value(); };
  kind.why_not = N_("the event has no <minutes> (chair and secretary); the minutes leave their names to fill in");
  kind.when_missing = WhenMissing::warn;
  kind.compose = [](const model::Event& event, const OptionValues&) { return compose::minutes_data(event); };
  kind.meta = compose::minutes_meta;
  return kind;
}

}  // namespace thidua::documents
