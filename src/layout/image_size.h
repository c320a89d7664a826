// Reading the pixel size of a PNG or JPEG file from its header, to keep its proportions.
#pragma once

#include <optional>
#include <string>

namespace thidua::layout {

// Width and height in pixels.
struct PixelSize {
  int width = 0;
  int height = 0;
};

// The size of the PNG or JPEG image at `path`, or nullopt (with `why` set) when the file
// cannot be read or is neither format.
std::optional<PixelSize> read_image_size(const std::string& path, std::string& why);

}  // namespace thidua::layout
