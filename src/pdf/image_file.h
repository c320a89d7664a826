// Recognises the image files the PDF writer can embed (PNG without interlacing, JPEG).
#pragma once

#include <string>

namespace thidua::pdf {

// The image formats libharu 2.3.0 embeds.
enum class ImageKind { png, jpeg };

// Validates the image at `path` (image::validate_file: decoded whole, within the limits) and
// returns its kind. Throws thidua::Failure (exit 3) naming the file when it cannot be read,
// is damaged, is neither PNG nor JPEG, or is an interlaced PNG (libharu cannot embed those).
ImageKind probe_image(const std::string& path);

}  // namespace thidua::pdf
