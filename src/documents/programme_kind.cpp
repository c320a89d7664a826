// The registry entry of the ceremony's programme (chương trình hội nghị).
#include "compose/ceremony.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

DocumentKind programme_kind() {
  DocumentKind kind;
  kind.name = "programme";
  kind.title = "Chương trình hội nghị";
  kind.archive_name = "chuong-trinh.pdf";
  kind.template_folder = "programme";
  kind.template_name = "programme/document";
  kind.outputs = {Output::pdf, Output::trace};
  kind.summary = N_("Write the programme of the ceremony (chương trình) as a one-page PDF");
  kind.usage = N_("thidua programme EVENT.xml -o FILE.pdf");
  kind.details =
      N_("A4, Decree 30/2020/NĐ-CP header; \"CHƯƠNG TRÌNH\" and the ceremony, its time and place, and a\n"
      "table STT | Thời gian | Nội dung | Người thực hiện. The steps are the event's <programme>;\n"
      "without one, the usual order of the ceremony: the reason and the guests, the programme, the\n"
      "draft agreement (or the movement's launch), the discussion, the signing, the directing speech\n"
      "of the first directing guest, the closing. A time is printed only where the event gives it.");
  kind.applies = [](const model::Event& event) { return event.kind != model::EventKind::movement || !event.programme.empty() || !event.guests.empty(); };
  kind.why_not = N_("a movement launch without <programme> or guests has no ceremony to plan");
  kind.when_missing = WhenMissing::warn;
  kind.compose = [](const model::Event& event, const OptionValues&) { return compose::programme_data(event); };
  kind.meta = compose::programme_meta;
  return kind;
}

}  // namespace thidua::documents
