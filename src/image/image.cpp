// Image headers (PNG, JPEG, GIF, WebP), full PNG/JPEG decoding with libpng and libjpeg as a
// check, and the per-process cache of validated files.
#include "image/image.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

#include "image/decode.h"
#include "i18n/i18n.h"
#include "io/files.h"

namespace thidua::image {

namespace {

unsigned byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }
std::uint32_t be16(std::string_view s, std::size_t i) { return byte_at(s, i) << 8 | byte_at(s, i + 1); }
std::uint32_t le16(std::string_view s, std::size_t i) { return byte_at(s, i) | byte_at(s, i + 1) << 8; }
std::uint32_t be32(std::string_view s, std::size_t i) { return be16(s, i) << 16 | be16(s, i + 2); }

constexpr std::string_view png_signature("\x89PNG\r\n\x1A\n", 8);

// True when every chunk up to IEND fits in the file. Why check before libpng: it allocates an
// ancillary chunk (sPLT, tEXt, unknown…) at its declared length and zero-fills it before
// reading, so 65 bytes declaring a 1.9 GB chunk made it touch 1.9 GB (found by the fuzzer).
bool png_chunks_fit(std::string_view s) {
  std::size_t pos = png_signature.size();
  while (pos <= s.size() && s.size() - pos >= 8) {
    const std::uint64_t length = be32(s, pos);
    if (length + 12 > s.size() - pos) return false;
    if (s.substr(pos + 4, 4) == "IEND") return true;
    pos += static_cast<std::size_t>(length) + 12;
  }
  return false;
}

std::optional<Info> png_header(std::string_view s, std::string& why) {
  // Signature, then the IHDR chunk: length 13, "IHDR", width, height, bit depth, colour type,
  // compression, filter, interlace (byte 28).
  if (s.size() < 29 || be32(s, 8) != 13 || s.substr(12, 4) != "IHDR") {
    why = _("damaged PNG image: its header (IHDR) is missing or cut short");
    return std::nullopt;
  }
  Info info;
  info.format = Format::png;
  info.width = be32(s, 16);
  info.height = be32(s, 20);
  info.interlaced = byte_at(s, 28) != 0;
  // PNG allows at most 2^31 - 1 in each direction.
  if (info.width > 0x7FFFFFFFu || info.height > 0x7FFFFFFFu) info.width = info.height = 0;
  return info;
}

std::optional<Info> jpeg_header(std::string_view s, std::string& why) {
  std::size_t pos = 2;
  while (pos + 4 <= s.size()) {
    if (byte_at(s, pos) != 0xFF) break;
    const unsigned marker = byte_at(s, pos + 1);
    if (marker == 0xFF) {  // fill byte before a marker
      ++pos;
      continue;
    }
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
      pos += 2;
      continue;
    }
    if (marker == 0xD9 || marker == 0xDA) break;  // end of image or scan data before any frame
    const std::size_t length = be16(s, pos + 2);
    // Start-of-frame markers C0–CF, except DHT (C4), JPG (C8) and DAC (CC), carry the size.
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
      if (length < 8 || pos + 9 > s.size()) break;
      Info info;
      info.format = Format::jpeg;
      info.height = be16(s, pos + 5);
      info.width = be16(s, pos + 7);
      return info;
    }
    if (length < 2) break;
    pos += 2 + length;
  }
  why = _("damaged JPEG image: no frame header with its size");
  return std::nullopt;
}

const char* format_name(Format format) {
  switch (format) {
    case Format::png: return "PNG";
    case Format::jpeg: return "JPEG";
    case Format::gif: return "GIF";
    case Format::webp: return "WebP";
  }
  return "PNG";
}

}  // namespace

std::string not_an_image() { return _("not a PNG, JPEG, GIF or WebP image"); }

std::string_view extension(Format format) {
  switch (format) {
    case Format::png: return "png";
    case Format::jpeg: return "jpg";
    case Format::gif: return "gif";
    case Format::webp: return "webp";
  }
  return "png";
}

std::optional<Info> read_header(std::string_view s, std::string& why) {
  std::optional<Info> info;
  if (s.substr(0, 8) == png_signature) {
    info = png_header(s, why);
  } else if (s.size() >= 4 && byte_at(s, 0) == 0xFF && byte_at(s, 1) == 0xD8 && byte_at(s, 2) == 0xFF) {
    info = jpeg_header(s, why);
  } else if (s.size() >= 10 && (s.substr(0, 6) == "GIF87a" || s.substr(0, 6) == "GIF89a")) {
    info = Info{Format::gif, le16(s, 6), le16(s, 8), false};
  } else if (s.size() >= 30 && s.substr(0, 4) == "RIFF" && s.substr(8, 4) == "WEBP") {
    info = Info{Format::webp, 0, 0, false};
    const std::string_view chunk = s.substr(12, 4);
    if (chunk == "VP8 ") {
      info->width = le16(s, 26) & 0x3FFF;
      info->height = le16(s, 28) & 0x3FFF;
    } else if (chunk == "VP8L") {
      const std::uint32_t bits = byte_at(s, 21) | byte_at(s, 22) << 8 | byte_at(s, 23) << 16 |
                                 static_cast<std::uint32_t>(byte_at(s, 24)) << 24;
      info->width = (bits & 0x3FFF) + 1;
      info->height = ((bits >> 14) & 0x3FFF) + 1;
    } else if (chunk == "VP8X") {
      info->width = (byte_at(s, 24) | byte_at(s, 25) << 8 | byte_at(s, 26) << 16) + 1;
      info->height = (byte_at(s, 27) | byte_at(s, 28) << 8 | byte_at(s, 29) << 16) + 1;
    }
  } else {
    why = not_an_image();
    return std::nullopt;
  }
  if (!info) return std::nullopt;
  if (info->width == 0 || info->height == 0) {
    why = tr("damaged %1$s image: its header gives no valid size", format_name(info->format));
    return std::nullopt;
  }
  const std::uint64_t pixels = std::uint64_t{info->width} * info->height;
  if (pixels > max_pixels) {
    why = tr("the image is %1$d × %2$d pixels; the largest allowed is %3$d megapixels: make it smaller",
             info->width, info->height, max_pixels / 1'000'000);
    return std::nullopt;
  }
  return info;
}

std::optional<Info> validate(std::string_view bytes, std::string& why) {
  std::optional<Info> info = read_header(bytes, why);
  if (!info) return std::nullopt;
  std::string problem;
  if (info->format == Format::png) problem = png_chunks_fit(bytes) ? decode_png(bytes) : _("the file is cut short");
  if (info->format == Format::jpeg) problem = decode_jpeg(bytes);
  if (!problem.empty()) {
    why = tr("damaged %1$s image: %2$s", format_name(info->format), problem);
    return std::nullopt;
  }
  return info;
}

std::optional<Info> validate_file(const std::string& path, std::string& why, std::string* bytes_out) {
  // Remembered per (path, size, modification time): a logo is validated once per process.
  using Key = std::tuple<std::string, long long, long long, long long>;
  struct Outcome {
    std::optional<Info> info;
    std::string why;
  };
  static std::mutex mutex;
  static std::map<Key, Outcome> known;
  struct stat st {};
  const bool stated = ::stat(path.c_str(), &st) == 0;
  const Key key{path, stated ? static_cast<long long>(st.st_size) : -1,
                stated ? static_cast<long long>(st.st_mtim.tv_sec) : 0,
                stated ? static_cast<long long>(st.st_mtim.tv_nsec) : 0};
  if (bytes_out == nullptr && stated && S_ISREG(st.st_mode)) {
    const std::lock_guard lock(mutex);
    if (auto found = known.find(key); found != known.end()) {
      why = found->second.why;
      return found->second.info;
    }
  }
  io::InputFile file = io::read_input_file(path, max_file_bytes);
  if (!file.bytes) {
    why = tr("cannot read it: %1$s", file.error);
    return std::nullopt;
  }
  Outcome outcome;
  outcome.info = validate(*file.bytes, outcome.why);
  why = outcome.why;
  if (bytes_out != nullptr) *bytes_out = std::move(*file.bytes);
  const std::optional<Info> result = outcome.info;
  if (stated && S_ISREG(st.st_mode)) {
    const std::lock_guard lock(mutex);
    known.insert_or_assign(key, std::move(outcome));
  }
  return result;
}

}  // namespace thidua::image
