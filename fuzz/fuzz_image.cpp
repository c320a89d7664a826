// Fuzz target: the image reader (header, limits, PNG/JPEG decoded whole).
#include "fuzz_support.h"

#include "image/image.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string why;
  const std::string_view bytes = thidua::fuzz::as_text(data, size);
  const std::optional<thidua::image::Info> header = thidua::image::read_header(bytes, why);
  const std::optional<thidua::image::Info> whole = thidua::image::validate(bytes, why);
  // A file that decodes whole has a readable header, and the same one.
  if (whole && (!header || header->width != whole->width || header->height != whole->height)) __builtin_trap();
  return 0;
}
