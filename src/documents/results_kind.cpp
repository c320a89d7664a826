// The registry entry of the results of the year's scoring (kết quả chấm điểm, xếp hạng thi đua), with charts.
#include "compose/year_end.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

DocumentKind results_kind() {
  DocumentKind kind;
  kind.name = "results";
  kind.title = "Kết quả chấm điểm, xếp hạng thi đua";
  kind.archive_name = "ket-qua-cham-diem.pdf";
  kind.template_folder = "results";
  kind.template_name = "results/document";
  kind.outputs = {Output::pdf, Output::trace};
  kind.summary = N_("Write the results of the year's scoring (units, sections, total, rank) with charts as a PDF");
  kind.usage = N_("thidua results EVENT.xml -o FILE.pdf");
  kind.details =
      N_("A4 landscape, Decree 30/2020/NĐ-CP header; the table of the units' scores per section, bonus,\n"
      "penalty, total, rank and votes (<results>), the ranking rule (ties broken by results tie=, else a\n"
      "shared rank), the units proposed for each <reward> (how many, the votes needed), a bar chart of\n"
      "the totals and, for numeric targets per party (<target party=>, <achieved>), the targets against\n"
      "what was achieved; charts are vector drawings with real text.");
  kind.applies = [](const model::Event& event) { return event.results.has_value(); };
  kind.why_not = N_("the event has no <results>; add the units' scores to make the results");
  kind.when_missing = WhenMissing::refuse;
  kind.compose = [](const model::Event& event, const OptionValues&) { return compose::results_data(event); };
  kind.meta = compose::results_meta;
  return kind;
}

DocumentKind review_kind() {
  DocumentKind kind;
  kind.name = "review";
  kind.title = "Biên bản họp bình xét thi đua";
  kind.archive_name = "bien-ban-binh-xet.pdf";
  kind.template_folder = "review";
  kind.template_name = "review/document";
  kind.outputs = {Output::pdf, Output::trace};
  kind.summary = N_("Write the minutes of the review meeting (biên bản họp bình xét thi đua) as a PDF");
  kind.usage = N_("thidua review EVENT.xml -o FILE.pdf");
  kind.details =
      N_("A4, Decree 30/2020/NĐ-CP header; \"BIÊN BẢN\" of the review; the chair and the secretary\n"
      "(<results><chair>, <secretary>), the units scored, the table of totals, ranks and votes, the\n"
      "ranking rule, the units proposed for each reward; the secretary's and the chair's signatures.");
  kind.applies = [](const model::Event& event) { return event.results.has_value(); };
  kind.why_not = N_("the event has no <results>; add the units' scores to make the minutes of the review");
  kind.when_missing = WhenMissing::refuse;
  kind.compose = [](const model::Event& event, const OptionValues&) { return compose::review_data(event); };
  kind.meta = compose::review_meta;
  return kind;
}

DocumentKind proposal_kind() {
  DocumentKind kind;
  kind.name = "proposal";
  kind.title = "Tờ trình đề nghị khen thưởng";
  kind.archive_name = "to-trinh-khen-thuong.pdf";
  kind.template_folder = "proposal";
  kind.template_name = "proposal/document";
  kind.outputs = {Output::pdf, Output::trace};
  kind.summary = N_("Write the proposal for rewards (tờ trình đề nghị khen thưởng) as a PDF");
  kind.usage = N_("thidua proposal EVENT.xml -o FILE.pdf");
  kind.details =
      N_("A4, Decree 30/2020/NĐ-CP header with a number to fill in; \"TỜ TRÌNH\" to the upper body; the\n"
      "bases (the agreement, the review); for each <reward>, the units proposed with their totals and\n"
      "votes; recipients; the bloc leader's signature.");
  kind.applies = [](const model::Event& event) { return event.results.has_value() && !event.results->rewards.empty(); };
  kind.why_not = N_("the event's <results> name no <reward>; add the rewards to propose units for");
  kind.when_missing = WhenMissing::refuse;
  kind.compose = [](const model::Event& event, const OptionValues&) { return compose::proposal_data(event); };
  kind.meta = compose::proposal_meta;
  return kind;
}

}  // namespace thidua::documents
