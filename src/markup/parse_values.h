// Attribute values of the document markup: lengths, widths, switches, alignments.
#pragma once

#include <optional>
#include <string_view>

#include "markup/document.h"

namespace thidua::markup {

// A length in points from "14pt", "20mm", "1.27cm", "0.5in" or a bare number (points); never negative.
std::optional<double> parse_length(std::string_view value);
// A column or rule width: a length, "45%", and where allowed "1/3" / "text" (a share of the
// preceding text) or "*" / "2*" (a share of the room left).
std::optional<WidthSpec> parse_width(std::string_view value, bool allow_text_share, bool allow_star);
// "true" or "false".
std::optional<bool> parse_bool(std::string_view value);
// "left", "center", "right" or "justify".
std::optional<Align> parse_align(std::string_view value);
// "top", "middle" or "bottom".
std::optional<VAlign> parse_valign(std::string_view value);
// A plain decimal integer.
std::optional<int> parse_int(std::string_view value);
// "decimal", "upper-roman", "lower-letter", "dash" or "plus".
std::optional<ListKind> parse_list_kind(std::string_view value);
// The label of kind `kind` at the start of `text` ("12. ", "IV. ", "đ) ", "- "): its value and
// length with the space after it; nullopt when `text` does not start with one.
std::optional<ListMark> read_list_label(ListKind kind, std::string_view text);
// A plain non-negative decimal number ("1.5").
std::optional<double> parse_number(std::string_view value);

}  // namespace thidua::markup
