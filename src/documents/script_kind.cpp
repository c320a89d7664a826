// The registry entry of the MC's script (kịch bản dẫn chương trình).
#include "compose/ceremony.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

DocumentKind script_kind() {
  DocumentKind kind;
  kind.name = "script";
  kind.title = "Kịch bản dẫn chương trình";
  kind.archive_name = "kich-ban-dan-chuong-trinh.pdf";
  kind.template_folder = "script";
  kind.template_name = "script/document";
  kind.outputs = {Output::pdf, Output::trace};
  kind.summary = N_("Write the master of ceremonies' script (lời dẫn chương trình) as a PDF in large type");
  kind.usage = N_("thidua script EVENT.xml -o FILE.pdf");
  kind.details =
      N_("The words the MC reads, step by step, in 16 pt for a lectern: the greeting and the reason for\n"
      "the meeting, every guest in protocol order (chair, director, attending) with honorific and\n"
      "title, grouped by organisation, the member units present, each hand-over to a speaker by name\n"
      "and title, the signing with every unit called in the bloc's order (the leader first) and its\n"
      "signatory, and the closing. Reword any sentence in templates/script/document.mustache.");
  kind.applies = [](const model::Event& event) { return !event.guests.empty() || !event.units.empty(); };
  kind.why_not = N_("the event has no guests and no units for the MC to introduce");
  kind.when_missing = WhenMissing::warn;
  kind.compose = [](const model::Event& event, const OptionValues&) { return compose::script_data(event); };
  kind.meta = compose::script_meta;
  return kind;
}

}  // namespace thidua::documents
