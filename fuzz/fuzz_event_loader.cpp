// Fuzz target: the event loader on XML bytes, relative CSV and image references resolved in a
// scratch folder holding list.csv, logo.png and photo.png.
#include "fuzz_support.h"

#include "diag/diagnostic.h"
#include "load/load_event.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  thidua::Diagnostics diags;
  try {
    thidua::load::load_event_from_string(thidua::fuzz::as_text(data, size), "event.xml",
                                         thidua::fuzz::scratch_dir(), diags);
  } catch (const thidua::Failure&) {
    // bad input reported as such: fine
  }
  for (const auto& d : diags.all()) (void)d.format();
  return 0;
}
