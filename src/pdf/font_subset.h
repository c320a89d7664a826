// Cuts a TrueType font down to the glyphs of the code points a document uses (HarfBuzz hb-subset).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace thidua::pdf {

// Returns a TrueType font holding only the glyphs of `code_points` (plus .notdef), with
// the tables libharu 2.3.0 reads. Glyphs are renumbered; the font's own cmap maps the
// code points to the new ids. Deterministic: the same input gives the same bytes.
// Throws thidua::Failure (exit 3) naming `font_path` when the font cannot be subset.
std::string subset_font(std::string_view font_data, const std::vector<char16_t>& code_points,
                        const std::string& font_path);

}  // namespace thidua::pdf
