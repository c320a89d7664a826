// The one reader of image files: format and pixel size from the header, and a full check
// (every row decoded) that a damaged or oversized PNG or JPEG is refused before any writer sees it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::image {

// Largest image file read, in bytes (a photo from a phone is 3–12 MB).
constexpr std::size_t max_file_bytes = 50u * 1024u * 1024u;
// Largest image in pixels (a 50-megapixel phone photo passes; a header claiming
// 100,000 × 100,000 does not).
constexpr std::uint64_t max_pixels = 100'000'000;

// What read_header says of bytes that are no image it knows (in the language of the run).
std::string not_an_image();

// The formats thidua recognises; the PDF writer embeds only PNG and JPEG.
enum class Format { png, jpeg, gif, webp };

// What an image's header says.
struct Info {
  Format format = Format::png;
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  bool interlaced = false;  // PNG only: libharu cannot embed interlaced PNGs
};

// The usual file extension of `format`: "png", "jpg", "gif", "webp".
std::string_view extension(Format format);

// Format and size from the first bytes of `bytes`; nullopt with `why` set when the bytes are
// no image thidua knows, the header is damaged, or the size is zero or above max_pixels.
std::optional<Info> read_header(std::string_view bytes, std::string& why);

// read_header, then (PNG and JPEG) every row decoded, so a truncated or corrupt file is
// found now; GIF and WebP are only published, so their header is enough.
std::optional<Info> validate(std::string_view bytes, std::string& why);

// The bytes of the image file at `path` read safely (a regular file after links, at most
// max_file_bytes) and validated; nullopt with `why` set otherwise. `bytes` may be null.
// Results are remembered per file (path, size, modification time), so the loader, the
// layout and the PDF writer validate a logo once per process.
std::optional<Info> validate_file(const std::string& path, std::string& why, std::string* bytes = nullptr);

}  // namespace thidua::image
