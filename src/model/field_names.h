// How a field of the event (Event::Origin::field, "unit 'cdvc' signatory name") is named in messages.
#pragma once

#include <string>
#include <string_view>

namespace thidua::model {

// `field` as the current language says it: the field itself in English; in Vietnamese its parts
// from the most specific to the whole ("tên của người ký của đơn vị 'cdvc'"), ids and numbers kept.
std::string field_name(std::string_view field);

}  // namespace thidua::model
