// The registry of document kinds: the one list the CLI, `build` and the web app take documents from.
#include "documents/registry.h"

#include "compose/agreement.h"
#include "compose/attendance.h"
#include "compose/ceremony.h"
#include "compose/invitations.h"
#include "compose/plan.h"
#include "compose/year_end.h"
#include "documents/kinds.h"
#include "documents/toolbox.h"
#include "html/article_page.h"
#include "i18n/i18n.h"

namespace thidua::documents {

const std::vector<DocumentKind>& registry() {
  // A new kind is one more entry here (and its composer and template); nothing else lists kinds.
  // A kind with logic of its own (options read by its composer, their checks against the event, a
  // page check) names its functions from KIND_kind.cpp (declared in kinds.h).
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
      pdf_kind({
          .name = "attendance",
          .title = "Danh sách đại biểu",
          .archive_name = "danh-sach-dai-bieu.pdf",
          .outputs = {Output::pdf},  // no --trace: the command never had one
          .summary = N_("Write the attendance / sign-in list (danh sách đại biểu) of an event as a PDF"),
          .usage = N_("thidua attendance EVENT.xml -o FILE.pdf [--sort order|name] [--landscape]"),
          .details =
              N_("A4, Decree 30/2020/NĐ-CP header; the title from the event's kind, the bloc, time and place\n"
              "under it; a table STT | Họ và tên | Chức vụ | Đơn vị | Ký tên | Ghi chú whose header row\n"
              "repeats on every page. --sort order (the default): the guests by role (chair, director,\n"
              "attending), then each member unit's delegates under a row naming the unit, in the bloc's\n"
              "order, then other organisations. --sort name: one list in Vietnamese name order (given\n"
              "name, middle names, family name). An attendee who is also a guest is listed once. An\n"
              "event that names its units but no delegates gets blank rows under each unit (3, or\n"
              "<attendees rows-per-unit=\"N\"/>); one that lists nobody, a blank sheet, with a warning."),
          .options = {
              OptionSpec{"sort", N_("order|name"), N_("protocol order with a row per unit (order), or Vietnamese name order (name)"),
                         "Sắp xếp",
                         {Choice{"order", "Theo thứ tự nghi thức, từng đơn vị"}, Choice{"name", "Theo tên (A–Z)"}},
                         "order"},
              OptionSpec{"landscape", "", N_("A4 landscape, for wider columns"), "Khổ A4 nằm ngang", {}, ""},
          },
          .applies = [](const model::Event& event) {
            return !event.attendees.empty() || !event.guests.empty() || !event.units.empty();
          },
          .why_not = N_("the event lists no guests, units or attendees; the list is a blank sign-in sheet"),
          .when_missing = WhenMissing::warn,
          .compose = compose_attendance,
          .meta = compose::attendance_meta,
      }),
      pdf_kind({
          .name = "invitations",
          .title = "Giấy mời",
          .archive_name = "giay-moi.pdf",
          .outputs = {Output::pdf},  // no --trace: the command never had one
          .summary = N_("Write the invitation letters (giấy mời) of an event, one page per guest or member unit, as one PDF"),
          .usage = N_("thidua invitations EVENT.xml -o FILE.pdf [--guest ID | --unit ID]"),
          .details =
              N_("One A4 letter per guest, in the file's order, in the Decree 30/2020/NĐ-CP format: the event's\n"
              "logo, the header, \"GIẤY MỜI\", \"Kính gửi: Đồng chí <name> - <title>\", the ceremony, its time\n"
              "and place, and the signature of the leading unit (of the organising union, or of the upper\n"
              "body, when the bloc has no leader). The date and number are left blank for the clerk.\n"
              "An event without guests gets one letter per member unit (\"Kính gửi: Ban Chấp hành Công đoàn …\"),\n"
              "the leading unit excepted. --guest ID or --unit ID writes only that letter."),
          .options = {
              OptionSpec{"guest", N_("ID"), N_("only the letter to the guest with this id"), "Chỉ giấy mời gửi khách mời (mã)", {}, ""},
              OptionSpec{"unit", N_("ID"), N_("only the letter to the member unit with this id (an event without guests)"), "Chỉ giấy mời gửi đơn vị (mã)", {}, ""},
          },
          .applies = [](const model::Event& event) {
            return !event.guests.empty() || !compose::invited_units(event, "").empty();
          },
          .why_not = N_("the event has no <guest> and no member unit to invite; add guests under <guests> or units under <units>"),
          .check_options = check_invitation_options,
          .compose = compose_invitations,
          .meta = compose::invitations_meta,
          .check_pages = check_invitation_pages,
      }),
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
      pdf_kind({
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
          .check_options = check_scoresheet_options,
          .compose = compose_scoresheet,
          .meta = compose::scoresheet_meta,
      }),
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
      DocumentKind{
          .name = "article",
          .title = "Bài viết",
          .archive_name = "bai-viet/index.html",
          .template_folder = "article",
          .template_name = "article/page",
          .outputs = {Output::html},
          .summary = N_("Write the HTML news article of an event"),
          .usage = N_("thidua article EVENT.xml -o FILE.html [--templates DIR]"),
          .details =
              N_("One standalone page written like the published reports (lead, guests, members, contents,\n"
              "speeches, photos, signing, byline), with its photos copied into media/ beside it."),
          .applies = [](const model::Event& event) { return event.news.has_value(); },
          .why_not = N_("the event has no <news>; the article is composed from the event's facts alone"),
          // Without <news> the article still tells the event's facts (`thidua article` always writes
          // it); `build` publishes only the events that have news.
          .when_missing = WhenMissing::proceed,
          .render_html = [](const Toolbox& tools, const model::Event& event, const OptionValues&,
                            html::MediaStore& media, Diagnostics& diags) {
            return html::render_article_page(event, tools.templates(), html::PageContext{}, media, diags);
          },
      },
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
