// The markup stage's entry point: document markup (docs/markup.md) → the document tree the layout stage lays out.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "markup/document.h"

namespace thidua::markup {

// Parses document markup (see docs/markup.md). Every problem is reported to `diags` as
// `display_name:LINE:COL`; throws Failure(bad_input) after reporting when there was any error.
Document parse_markup(std::string_view xml, const std::string& display_name, Diagnostics& diags);

}  // namespace thidua::markup
