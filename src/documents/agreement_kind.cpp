// The registry entry of the emulation agreement (giao ước thi đua).
#include "compose/agreement.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

DocumentKind agreement_kind() {
  DocumentKind kind;
  kind.name = "agreement";
  kind.title = "Giao ước thi đua";
  kind.archive_name = "giao-uoc-thi-dua.pdf";
  kind.template_folder = "agreement";
  kind.template_name = "agreement/document";
  kind.outputs = {Output::pdf, Output::trace};
  kind.summary = N_("Write the agreement PDF (giao ước thi đua) of an event");
  kind.usage = N_("thidua agreement EVENT.xml -o FILE.pdf [--templates DIR]");
  kind.details =
      N_("A4, Decree 30/2020/NĐ-CP format: header with the national motto, legal bases, numbered\n"
      "contents and targets, implementation, one signature block per member unit in the bloc's\n"
      "order (two to a row), recipients, page numbers from page 2.");
  kind.applies = [](const model::Event& event) { return event.agreement.has_value(); };
  kind.why_not = N_("the event has no <agreement>; add one to make the agreement document");
  kind.when_missing = WhenMissing::refuse;
  kind.compose = [](const model::Event& event, const OptionValues&) { return compose::agreement_data(event); };
  kind.meta = compose::agreement_meta;
  return kind;
}

}  // namespace thidua::documents
