// PNG (IHDR) and JPEG (SOFn marker) header parsing; reads only the first kilobytes of the file.
#include "layout/image_size.h"

#include <algorithm>
#include <fstream>
#include <vector>

namespace thidua::layout {

namespace {

unsigned big_endian(const unsigned char* p, int bytes) {
  unsigned value = 0;
  for (int i = 0; i < bytes; ++i) value = (value << 8) | p[i];
  return value;
}

std::optional<PixelSize> png_size(const std::vector<unsigned char>& b) {
  if (b.size() < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') return std::nullopt;
  return PixelSize{static_cast<int>(big_endian(&b[16], 4)), static_cast<int>(big_endian(&b[20], 4))};
}

std::optional<PixelSize> jpeg_size(const std::vector<unsigned char>& b) {
  std::size_t i = 2;
  while (i + 9 < b.size()) {
    if (b[i] != 0xFF) return std::nullopt;
    const unsigned char marker = b[i + 1];
    const std::size_t length = big_endian(&b[i + 2], 2);
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
      return PixelSize{static_cast<int>(big_endian(&b[i + 7], 2)), static_cast<int>(big_endian(&b[i + 5], 2))};
    }
    i += 2 + length;
  }
  return std::nullopt;
}

}  // namespace

std::optional<PixelSize> read_image_size(const std::string& path, std::string& why) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = "cannot open image file '" + path + "'";
    return std::nullopt;
  }
  // JPEG metadata (EXIF thumbnails) can push the frame header far in; 256 KB is plenty.
  std::vector<unsigned char> bytes(256 * 1024);
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  static const unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  std::optional<PixelSize> size;
  if (bytes.size() >= 8 && std::equal(kPng, kPng + 8, bytes.begin())) {
    size = png_size(bytes);
  } else if (bytes.size() >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8) {
    size = jpeg_size(bytes);
  } else {
    why = "image file '" + path + "' is neither PNG nor JPEG";
    return std::nullopt;
  }
  if (!size || size->width <= 0 || size->height <= 0) {
    why = "cannot read the size of image file '" + path + "'";
    return std::nullopt;
  }
  return size;
}

}  // namespace thidua::layout
