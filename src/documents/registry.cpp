// The registry of document kinds: the one list the CLI, `build` and the web app take documents from.
#include "documents/registry.h"

#include "compose/agreement.h"
#include "compose/ceremony.h"
#include "compose/plan.h"
#include "compose/year_end.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

const std::vector<DocumentKind>& registry() {
  // A new kind is one more entry here (and its composer and template); nothing else lists kinds.
  // A kind that only declares (no options, a composer of the event alone) is a pdf_kind() row;
  // one with logic of its own is its KIND_kind() from KIND_kind.cpp.
  static const std::vector<DocumentKind> kinds = {
      pdf_kind({
          .name = "agreement",
          .title = "Giao ước thi đua",
          .archive_name = "giao-uoc-thi-dua.pdf",
          .summary = N_("Write the agreement PDF (giao ước thi đua) of an event"),
          .usage = N_("thidua agreement EVENT.xml -o FILE.pdf [--templates DIR]"),
          .details =
              N_("A4, Decree 30/2020/NĐ-CP format: header with the national motto, legal bases, numbered\n"
              "contents and targets, implementation, one signature block per member unit in the bloc's\n"
              "order (two to a row), recipients, page numbers from page 2."),
          .applies = [](const model::Event& event) { return event.agreement.has_value(); },
          .why_not = N_("the event has no <agreement>; add one to make the agreement document"),
          .compose = without_options(compose::agreement_data),
          .meta = compose::agreement_meta,
      }),
      attendance_kind(),
      invitations_kind(),
      pdf_kind({
          .name = "plan",
          .title = "Kế hoạch phát động phong trào thi đua",
          .archive_name = "ke-hoach.pdf",
          .summary = N_("Write the plan of a movement launch (kế hoạch phát động phong trào thi đua) as a PDF"),
          .usage = N_("thidua plan EVENT.xml -o FILE.pdf"),
          .details =
              N_("For an event of kind movement. A4, Decree 30/2020/NĐ-CP header with the plan's number and\n"
              "symbol (<movement number= symbol=>, e.g. \"Số: 01/KH-CĐCS\"; left blank to write when not\n"
              "given), \"KẾ HOẠCH\" and \"Phát động phong trào thi đua năm YYYY\", then the parts the event\n"
              "gives, numbered I, II, …: purpose and requirements (<purpose>, <requirement>), theme and goals,\n"
              "solutions, titles and rewards (<reward>), organisation of implementation (<implementation>);\n"
              "the issuer's signature (<signatory>, \"TM. BAN CHẤP HÀNH\" by default) and the recipients."),
          .applies = [](const model::Event& event) { return event.movement.has_value(); },
          .why_not = N_("the event has no <movement>; the plan is the document of a movement launch (kind movement)"),
          .compose = without_options(compose::plan_data),
          .meta = compose::plan_meta,
      }),
      pdf_kind({
          .name = "programme",
          .title = "Chương trình hội nghị",
          .archive_name = "chuong-trinh.pdf",
          .summary = N_("Write the programme of the ceremony (chương trình) as a one-page PDF"),
          .usage = N_("thidua programme EVENT.xml -o FILE.pdf"),
          .details =
              N_("A4, Decree 30/2020/NĐ-CP header; \"CHƯƠNG TRÌNH\" and the ceremony, its time and place, and a\n"
              "table STT | Thời gian | Nội dung | Người thực hiện. The steps are the event's <programme>;\n"
              "without one, the usual order of the ceremony: the reason and the guests, the programme, the\n"
              "draft agreement (or the movement's launch), the discussion, the signing, the directing speech\n"
              "of the first directing guest, the closing. A time is printed only where the event gives it."),
          .applies =
              [](const model::Event& event) {
                return event.kind != model::EventKind::movement || !event.programme.empty() || !event.guests.empty();
              },
          .why_not = N_("a movement launch without <programme> or guests has no ceremony to plan"),
          .when_missing = WhenMissing::warn,
          .compose = without_options(compose::programme_data),
          .meta = compose::programme_meta,
      }),
      pdf_kind({
          .name = "script",
          .title = "Kịch bản dẫn chương trình",
          .archive_name = "kich-ban-dan-chuong-trinh.pdf",
          .summary = N_("Write the master of ceremonies' script (lời dẫn chương trình) as a PDF in large type"),
          .usage = N_("thidua script EVENT.xml -o FILE.pdf"),
          .details =
              N_("The words the MC reads, step by step, in 16 pt for a lectern: the greeting and the reason for\n"
              "the meeting, every guest in protocol order (chair, director, attending) with honorific and\n"
              "title, grouped by organisation, the member units present, each hand-over to a speaker by name\n"
              "and title, the signing with every unit called in the bloc's order (the leader first) and its\n"
              "signatory, and the closing. Reword any sentence in templates/script/document.mustache."),
          .applies = [](const model::Event& event) { return !event.guests.empty() || !event.units.empty(); },
          .why_not = N_("the event has no guests and no units for the MC to introduce"),
          .when_missing = WhenMissing::warn,
          .compose = without_options(compose::script_data),
          .meta = compose::script_meta,
      }),
      pdf_kind({
          .name = "minutes",
          .title = "Biên bản hội nghị",
          .archive_name = "bien-ban.pdf",
          .summary = N_("Write the minutes of the ceremony (biên bản) as a PDF"),
          .usage = N_("thidua minutes EVENT.xml -o FILE.pdf"),
          .details =
              N_("A4, Decree 30/2020/NĐ-CP header; \"BIÊN BẢN\" and the ceremony; when and where it opened; who\n"
              "attended (the guests; the member units present out of all, by name, from <minutes absent=>);\n"
              "the chair and the secretary (<minutes>); the business conducted (the programme's steps); what\n"
              "was adopted (the agreement, its number and its sections); the closing time (<minutes end=>,\n"
              "dots to fill in when not given); the secretary's (THƯ KÝ) and the chair's (CHỦ TRÌ) signatures."),
          .applies = [](const model::Event& event) { return event.minutes.has_value(); },
          .why_not = N_("the event has no <minutes> (chair and secretary); the minutes leave their names to fill in"),
          .when_missing = WhenMissing::warn,
          .compose = without_options(compose::minutes_data),
          .meta = compose::minutes_meta,
      }),
      scoresheet_kind(),
      pdf_kind({
          .name = "results",
          .title = "Kết quả chấm điểm, xếp hạng thi đua",
          .archive_name = "ket-qua-cham-diem.pdf",
          .summary = N_("Write the results of the year's scoring (units, sections, total, rank) with charts as a PDF"),
          .usage = N_("thidua results EVENT.xml -o FILE.pdf"),
          .details =
              N_("A4 landscape, Decree 30/2020/NĐ-CP header; the table of the units' scores per section, bonus,\n"
              "penalty, total, rank and votes (<results>), the ranking rule (ties broken by results tie=, else a\n"
              "shared rank), the units proposed for each <reward> (how many, the votes needed), a bar chart of\n"
              "the totals and, for numeric targets per party (<target party=>, <achieved>), the targets against\n"
              "what was achieved; charts are vector drawings with real text."),
          .applies = [](const model::Event& event) { return event.results.has_value(); },
          .why_not = N_("the event has no <results>; add the units' scores to make the results"),
          .compose = without_options(compose::results_data),
          .meta = compose::results_meta,
      }),
      pdf_kind({
          .name = "review",
          .title = "Biên bản họp bình xét thi đua",
          .archive_name = "bien-ban-binh-xet.pdf",
          .summary = N_("Write the minutes of the review meeting (biên bản họp bình xét thi đua) as a PDF"),
          .usage = N_("thidua review EVENT.xml -o FILE.pdf"),
          .details =
              N_("A4, Decree 30/2020/NĐ-CP header; \"BIÊN BẢN\" of the review; the chair and the secretary\n"
              "(<results><chair>, <secretary>), the units scored, the table of totals, ranks and votes, the\n"
              "ranking rule, the units proposed for each reward; the secretary's and the chair's signatures."),
          .applies = [](const model::Event& event) { return event.results.has_value(); },
          .why_not = N_("the event has no <results>; add the units' scores to make the minutes of the review"),
          .compose = without_options(compose::review_data),
          .meta = compose::review_meta,
      }),
      pdf_kind({
          .name = "proposal",
          .title = "Tờ trình đề nghị khen thưởng",
          .archive_name = "to-trinh-khen-thuong.pdf",
          .summary = N_("Write the proposal for rewards (tờ trình đề nghị khen thưởng) as a PDF"),
          .usage = N_("thidua proposal EVENT.xml -o FILE.pdf"),
          .details =
              N_("A4, Decree 30/2020/NĐ-CP header with a number to fill in; \"TỜ TRÌNH\" to the upper body; the\n"
              "bases (the agreement, the review); for each <reward>, the units proposed with their totals and\n"
              "votes; recipients; the bloc leader's signature."),
          .applies = [](const model::Event& event) { return event.results.has_value() && !event.results->rewards.empty(); },
          .why_not = N_("the event's <results> name no <reward>; add the rewards to propose units for"),
          .compose = without_options(compose::proposal_data),
          .meta = compose::proposal_meta,
      }),
      article_kind(),
  };
  return kinds;
}

const DocumentKind* find_kind(const std::string& name) {
  for (const DocumentKind& kind : registry()) {
    if (kind.name == name) return &kind;
  }
  return nullptr;
}

std::vector<Availability> availability(const model::Event& event) {
  std::vector<Availability> list;
  for (const DocumentKind& kind : registry()) {
    const bool applies = kind.applies(event);
    list.push_back(Availability{&kind, applies, applies ? std::string() : std::string(_(kind.why_not.c_str()))});
  }
  return list;
}

}  // namespace thidua::documents
