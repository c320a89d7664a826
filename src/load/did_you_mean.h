// Suggestions for misspelt names: the closest known name by edit distance.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace thidua::load {

// Optimal-string-alignment distance (a swap of two neighbours counts as one edit), ASCII case-insensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The known name closest to `unknown`, or "" when none is close enough to be a likely typo.
std::string closest_name(std::string_view unknown, const std::vector<std::string_view>& known);

// "a, b or c": a list of names for messages, each wrapped in `before` and `after`; the last
// joiner is the language's " or " unless given.
std::string list_names(const std::vector<std::string_view>& names, std::string_view before = "",
                       std::string_view after = "", std::string_view last_joiner = {});

}  // namespace thidua::load
