// The invitation letters' (giấy mời) options: the guest or unit checked, the letters chosen, their pages checked.
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
  std::vector<std::string> ids;
  for (const model::Guest& guest : event.guests) ids.push_back(guest.id);
  return listed_ids(ids, _("(the event has no guests)"));
}

// The member units that get letters, for the message about an unknown one.
std::string invited_unit_ids(const model::Event& event) {
  std::vector<std::string> ids;
  for (const model::Unit* unit : compose::invited_units(event, "")) ids.push_back(unit->id);
  return listed_ids(ids, _("(none)"));
}

}  // namespace

std::optional<OptionProblem> check_invitation_options(const model::Event& event, const OptionValues& values) {
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
}

compose::Data compose_invitations(const model::Event& event, const OptionValues& values) {
  return compose::invitations_data(event, letters(event, values));
}

void check_invitation_pages(const model::Event& event, const OptionValues& values, int pages, Diagnostics& diags) {
  const std::size_t count = letters(event, values).size();
  if (pages != static_cast<int>(count)) {
    diags.warning(SourceLoc{event.source_file, 0, 0},
                  trn("%1$d letter took %2$d pages: a letter runs over its page; shorten the guest's title or the place",
                      "%1$d letters took %2$d pages: a letter runs over its page; shorten the guest's title or the place",
                      count, count, pages));
  }
}

}  // namespace thidua::documents
