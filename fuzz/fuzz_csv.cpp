// Fuzz target: the CSV reader, with the encoding checks that come before it (legacy
// Vietnamese encodings are converted, as for lists).
#include "fuzz_support.h"

#include "diag/diagnostic.h"
#include "load/csv.h"
#include "load/read_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  thidua::Diagnostics diags;
  const std::optional<std::string> text = thidua::load::decode_text(
      thidua::fuzz::as_text(data, size), "list.csv", thidua::load::LegacyPolicy::convert, "empty", diags);
  if (!text) return 0;
  (void)thidua::load::detect_separator(*text);
  const thidua::load::CsvTable table = thidua::load::parse_csv(*text, "list.csv", diags);
  for (const auto& d : diags.all()) (void)d.format();
  (void)table;
  return 0;
}
