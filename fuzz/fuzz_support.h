// Shared by the fuzz targets: a scratch folder per process, the source tree's samples and fonts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace thidua::fuzz {

// The fuzz input as text.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A folder of this process's own (made once, under $TMPDIR or /tmp, removed at exit) holding
// copies of a sample attendee list (list.csv), the sample logo (logo.png) and photo (photo.png).
const std::string& scratch_dir();

// The source tree (for the samples, the templates and the fonts).
std::string source_dir();

}  // namespace thidua::fuzz
