// Fuzz target: the document-markup parser, the layout and the trace canvas.
#include "fuzz_support.h"

#include "diag/diagnostic.h"
#include "layout/layout.h"
#include "markup/markup.h"
#include "layout/trace_canvas.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto fonts = thidua::layout::FontSet::load(thidua::layout::FontSet::default_directory());
  thidua::Diagnostics diags;
  try {
    const thidua::markup::Document document =
        thidua::markup::parse_markup(thidua::fuzz::as_text(data, size), "markup.xml", diags);
    thidua::layout::TraceCanvas canvas;
    thidua::layout::render(document, *fonts, canvas, thidua::layout::DocumentInfo{}, diags);
    (void)canvas.text();
  } catch (const thidua::Failure&) {
  }
  for (const auto& d : diags.all()) (void)d.format();
  return 0;
}
