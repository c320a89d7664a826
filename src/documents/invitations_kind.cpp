// The registry entry of the invitation letters (giấy mời): one page per guest, in one PDF.
#include "compose/invitations.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

namespace {

// The --guest value, or "" for every guest.
std::string chosen_guest(const OptionValues& values) {
  const auto guest = values.find("guest");
  return guest == values.end() ? std::string() : guest->second;
}

// The known guest ids, for the message about an unknown one.
std::string guest_ids(const model::Event& event) {
  std::string ids;
  for (const model::Guest& guest : event.guests) ids += (ids.empty() ? "" : ", ") + guest.id;
  return ids.empty() ? std::string(_("(the event has no guests)")) : ids;
}

}  // namespace

DocumentKind invitations_kind() {
  DocumentKind kind;
  kind.name = "invitations";
  kind.title = "Giấy mời";
  kind.archive_name = "giay-moi.pdf";
  kind.template_folder = "invitations";
  kind.template_name = "invitations/document";
  kind.outputs = {Output::pdf};
  kind.summary = N_("Write the invitation letters (giấy mời) of an event, one page per guest, as one PDF");
  kind.usage = N_("thidua invitations EVENT.xml -o FILE.pdf [--guest ID]");
  kind.details =
      N_("One A4 letter per guest, in the file's order, in the Decree 30/2020/NĐ-CP format: the event's\n"
      "logo, the header, \"GIẤY MỜI\", \"Kính gửi: Đồng chí <name> - <title>\", the ceremony, its time\n"
      "and place, and the signature of the leading unit (of the organising union, or of the upper\n"
      "body, when the bloc has no leader). The date and number are left blank for the clerk.\n"
      "--guest ID writes only that guest's letter.");
  kind.options = {
      OptionSpec{"guest", N_("ID"), N_("only the letter to the guest with this id"), "Chỉ giấy mời gửi khách mời (mã)", {}, ""},
  };
  kind.applies = [](const model::Event& event) { return !event.guests.empty(); };
  kind.why_not = N_("the event has no <guest>; invitations are written to guests, so add them under <guests>");
  kind.when_missing = WhenMissing::refuse;
  kind.check_options = [](const model::Event& event, const OptionValues& values) -> std::optional<OptionProblem> {
    const std::string guest_id = chosen_guest(values);
    if (guest_id.empty() || event.find_guest(guest_id) != nullptr) return std::nullopt;
    return OptionProblem{"guest", guest_id, tr("unknown guest '%1$s'", guest_id),
                         tr("the guests of %1$s are: %2$s", event.source_file, guest_ids(event)), false};
  };
  kind.compose = [](const model::Event& event, const OptionValues& values) {
    return compose::invitations_data(event, compose::invited_guests(event, chosen_guest(values)));
  };
  kind.meta = compose::invitations_meta;
  kind.check_pages = [](const model::Event& event, const OptionValues& values, int pages, Diagnostics& diags) {
    const std::size_t letters = compose::invited_guests(event, chosen_guest(values)).size();
    if (pages != static_cast<int>(letters)) {
      diags.warning(SourceLoc{event.source_file, 0, 0},
                    trn("%1$d letter took %2$d pages: a letter runs over its page; shorten the guest's title or the place",
                        "%1$d letters took %2$d pages: a letter runs over its page; shorten the guest's title or the place",
                        letters, letters, pages));
    }
  };
  return kind;
}

}  // namespace thidua::documents
