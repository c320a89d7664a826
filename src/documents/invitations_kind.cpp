// The registry entry of the invitation letters (giấy mời): one page per guest, in one PDF.
#include "compose/invitations.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

namespace {

std::vector<compose::Letter> letters(const model::Event& event, const OptionValues& values) {
  return compose::event_letters(event, option_value(values, "guest"), option_value(values, "unit"));
}

// The known guest ids, for the message about an unknown one.
std::string guest_ids(const model::Event& event) {
  std::string ids;
  for (const model::Guest& guest : event.guests) ids += (ids.empty() ? "" : ", ") + guest.id;
  return ids.empty() ? std::string(_("(the event has no guests)")) : ids;
}

// The member units that get letters, for the message about an unknown one.
std::string invited_unit_ids(const model::Event& event) {
  std::string ids;
  for (const model::Unit* unit : compose::invited_units(event, "")) ids += (ids.empty() ? "" : ", ") + unit->id;
  return ids.empty() ? std::string(_("(none)")) : ids;
}

}  // namespace

DocumentKind invitations_kind() {
  return pdf_kind({
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
      .check_options = [](const model::Event& event, const OptionValues& values) -> std::optional<OptionProblem> {
        const std::string guest_id = option_value(values, "guest");
        const std::string unit_id = option_value(values, "unit");
        if (!guest_id.empty() && event.find_guest(guest_id) == nullptr) {
          return OptionProblem{"guest", guest_id, tr("unknown guest '%1$s'", guest_id),
                               tr("the guests of %1$s are: %2$s", event.source_file, guest_ids(event)), false};
        }
        if (!unit_id.empty() && (!event.guests.empty() || compose::invited_units(event, unit_id).empty())) {
          return OptionProblem{"unit", unit_id,
                               event.guests.empty() ? tr("no letter goes to unit '%1$s'", unit_id)
                                                    : tr("the event has guests, so its letters go to them, not to unit '%1$s'", unit_id),
                               tr("the units invited from %1$s are: %2$s", event.source_file, invited_unit_ids(event)), false};
        }
        if (!guest_id.empty() && compose::invited_guests(event, guest_id).empty()) {
          return OptionProblem{"guest", guest_id, tr("guest '%1$s' signs the letters and gets none", guest_id),
                               tr("the guests of %1$s are: %2$s", event.source_file, guest_ids(event)), false};
        }
        return std::nullopt;
      },
      .compose = [](const model::Event& event, const OptionValues& values) {
        return compose::invitations_data(event, letters(event, values));
      },
      .meta = compose::invitations_meta,
      .check_pages = [](const model::Event& event, const OptionValues& values, int pages, Diagnostics& diags) {
        const std::size_t count = letters(event, values).size();
        if (pages != static_cast<int>(count)) {
          diags.warning(SourceLoc{event.source_file, 0, 0},
                        trn("%1$d letter took %2$d pages: a letter runs over its page; shorten the guest's title or the place",
                            "%1$d letters took %2$d pages: a letter runs over its page; shorten the guest's title or the place",
                            count, count, pages));
        }
      },
  });
}

}  // namespace thidua::documents
