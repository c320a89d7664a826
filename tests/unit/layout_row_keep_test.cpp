// Table rows kept with the next one (group heading rows): never the last row on a page.
#include <catch2/catch.hpp>

#include <string>

#include "layout/layout.h"
#include "markup/markup.h"
#include "layout/trace_canvas.h"

using namespace thidua;

namespace {

// A header and 12 rows of 100 pt: seven body rows fit on an A4 page with 20 mm margins.
std::string table_markup(int kept_row) {
  std::string markup = "<document><table><thead><tr><th>Cột</th></tr></thead><tbody>";
  for (int row = 1; row <= 12; ++row) {
    markup += "<tr min-height=\"100pt\"" + std::string(row == kept_row ? " keep-with-next=\"true\"" : "") +
              "><td>Hàng " + std::to_string(row) + "</td></tr>";
  }
  return markup + "</tbody></table></document>";
}

int page_of(const layout::TraceCanvas& canvas, const std::string& text) {
  for (const layout::TraceOp& op : canvas.ops()) {
    if (op.kind == layout::TraceOp::Kind::text && op.text == text) return op.page;
  }
  return 0;
}

int page_of_row(int kept_row, const std::string& row_text) {
  Diagnostics diags;
  const layout::Document doc = layout::parse_markup(table_markup(kept_row), "rows.xml", diags);
  const auto fonts = layout::FontSet::load(layout::FontSet::default_directory());
  layout::TraceCanvas canvas;
  layout::render(doc, *fonts, canvas, {}, diags);
  REQUIRE_FALSE(diags.has_errors());
  return page_of(canvas, row_text);
}

}  // namespace

TEST_CASE("a row kept with the next one moves to the next page with it", "[layout]") {
  // Without keeping, row 7 is the last row of page 1.
  CHECK(page_of_row(0, "Hàng 7") == 1);
  CHECK(page_of_row(0, "Hàng 8") == 2);
  // Kept with row 8, row 7 starts page 2.
  CHECK(page_of_row(7, "Hàng 7") == 2);
  CHECK(page_of_row(7, "Hàng 6") == 1);
}

TEST_CASE("keep-with-next on a row must be true or false", "[layout]") {
  Diagnostics diags;
  CHECK_THROWS_AS(layout::parse_markup("<document><table><tr keep-with-next=\"yes please\"><td>x</td></tr></table></document>",
                                       "rows.xml", diags),
                  Failure);
  REQUIRE(diags.has_errors());
}
