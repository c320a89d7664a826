// Fuzz target: the PDF canvas on the layout of fuzzed markup, written to a scratch file
// (PdfCanvas writes through a temporary and a rename, as for real documents).
#include "fuzz_support.h"

#include "diag/diagnostic.h"
#include "layout/layout.h"
#include "markup/markup.h"
#include "pdf/pdf_canvas.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto fonts = thidua::layout::FontSet::load(thidua::layout::FontSet::default_directory());
  static const std::string output = thidua::fuzz::scratch_dir() + "/out.pdf";
  thidua::Diagnostics diags;
  try {
    const thidua::markup::Document document =
        thidua::markup::parse_markup(thidua::fuzz::as_text(data, size), "markup.xml", diags);
    thidua::pdf::PdfCanvas canvas(output, *fonts);
    thidua::layout::DocumentInfo info;
    info.title = "Fuzz";
    info.date = "2024-01-02";
    thidua::layout::render(document, *fonts, canvas, info, diags);
  } catch (const thidua::Failure&) {
  }
  for (const auto& d : diags.all()) (void)d.format();
  return 0;
}
