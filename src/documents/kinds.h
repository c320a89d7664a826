// The logic of the registry's entries that is more than a declaration, one file per kind (KIND_kind.cpp).
#pragma once

#include <optional>

#include "documents/kind.h"

namespace thidua::documents {

// The attendance list's template data, in the order and on the paper the options choose.
compose::Data compose_attendance(const model::Event& event, const OptionValues& values);

// The invitations' --guest or --unit, checked: one that gets a letter.
std::optional<OptionProblem> check_invitation_options(const model::Event& event, const OptionValues& values);
// The template data of the letters the options choose (every letter by default).
compose::Data compose_invitations(const model::Event& event, const OptionValues& values);
// A warning when the letters took more pages than there are letters (one runs over its page).
void check_invitation_pages(const model::Event& event, const OptionValues& values, int pages, Diagnostics& diags);

// The score sheet's --unit, checked: one of the event's units.
std::optional<OptionProblem> check_scoresheet_options(const model::Event& event, const OptionValues& values);
// The template data of the score sheets the options choose: one unit's, every unit's, or a blank one.
compose::Data compose_scoresheet(const model::Event& event, const OptionValues& values);

}  // namespace thidua::documents
