// Recognises the image files the PDF writer can embed (PNG without interlacing, JPEG).
#pragma once

#include <string>

namespace thidua::pdf {

// The image formats libharu 2.3.0 embeds.
enum class ImageKind { png, jpeg };

// Reads the header of the image at `path` and returns its kind. Throws thidua::Failure
// (exit 3) naming the file when it cannot be read, is neither PNG nor JPEG, or is an
// interlaced PNG (libharu fails on those with a bare "libpng error").
ImageKind probe_image(const std::string& path);

}  // namespace thidua::pdf
