// Image header checks done while recording, so a bad image fails early with its name.
#include "pdf/image_file.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"

namespace thidua::pdf {

namespace {

// PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height, bit
// depth, colour type, compression, filter, interlace): interlace is byte 28.
constexpr std::size_t png_header_size = 29;
constexpr std::size_t png_interlace_offset = 28;
constexpr std::array<unsigned char, 8> png_signature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

[[noreturn]] void fail(const std::string& path, const std::string& message) {
  throw Failure(ExitCode::io_or_internal, {path, 0, 0}, message);
}

}  // namespace

ImageKind probe_image(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, tr("cannot open image: %1$s", i18n::system_error_text(errno)));
  std::array<unsigned char, png_header_size> header{};
  in.read(reinterpret_cast<char*>(header.data()), static_cast<std::streamsize>(header.size()));
  const auto got = static_cast<std::size_t>(in.gcount());

  if (got >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF) return ImageKind::jpeg;
  if (got >= png_signature.size() &&
      std::memcmp(header.data(), png_signature.data(), png_signature.size()) == 0) {
    if (got < png_header_size || std::memcmp(header.data() + 12, "IHDR", 4) != 0) {
      fail(path, _("damaged PNG image: no IHDR chunk at the start"));
    }
    if (header[png_interlace_offset] != 0) {
      fail(path, _("interlaced PNG images cannot be embedded in the PDF; save the image without interlacing"));
    }
    return ImageKind::png;
  }
  fail(path, _("not a PNG or JPEG image"));
}

}  // namespace thidua::pdf
