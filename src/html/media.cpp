// Copying photos into the output once each, and reading image sizes from their headers.
#include "html/media.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "io/files.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::html {

namespace fs = std::filesystem;

namespace {

unsigned byte(const std::string& s, std::size_t i) { return static_cast<unsigned char>(s[i]); }
unsigned be16(const std::string& s, std::size_t i) { return byte(s, i) << 8 | byte(s, i + 1); }
unsigned le16(const std::string& s, std::size_t i) { return byte(s, i) | byte(s, i + 1) << 8; }
unsigned long be32(const std::string& s, std::size_t i) {
  return static_cast<unsigned long>(be16(s, i)) << 16 | be16(s, i + 2);
}

bool jpeg_size(const std::string& s, int& width, int& height) {
  std::size_t pos = 2;
  while (pos + 9 < s.size()) {
    if (byte(s, pos) != 0xFF) return false;
    const unsigned marker = byte(s, pos + 1);
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
      pos += 2;
      continue;
    }
    // Start-of-frame markers C0–CF, except DHT (C4), JPG (C8) and DAC (CC), carry the size.
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
      height = static_cast<int>(be16(s, pos + 5));
      width = static_cast<int>(be16(s, pos + 7));
      return width > 0 && height > 0;
    }
    pos += 2 + be16(s, pos + 2);
  }
  return false;
}

// "png", "jpg", "gif" or "webp" from the file's first bytes; empty when unknown.
std::string sniff_extension(const std::string& s) {
  if (s.size() >= 24 && s.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return "png";
  if (s.size() >= 4 && byte(s, 0) == 0xFF && byte(s, 1) == 0xD8 && byte(s, 2) == 0xFF) return "jpg";
  if (s.size() >= 10 && (s.compare(0, 6, "GIF87a") == 0 || s.compare(0, 6, "GIF89a") == 0)) return "gif";
  if (s.size() >= 30 && s.compare(0, 4, "RIFF") == 0 && s.compare(8, 4, "WEBP") == 0) return "webp";
  return {};
}

}  // namespace

bool image_size(const std::string& s, int& width, int& height) {
  width = height = 0;
  const std::string kind = sniff_extension(s);
  if (kind == "png") {
    width = static_cast<int>(be32(s, 16));
    height = static_cast<int>(be32(s, 20));
  } else if (kind == "jpg") {
    jpeg_size(s, width, height);
  } else if (kind == "gif") {
    width = static_cast<int>(le16(s, 6));
    height = static_cast<int>(le16(s, 8));
  } else if (kind == "webp") {
    if (s.compare(12, 4, "VP8 ") == 0) {
      width = static_cast<int>(le16(s, 26) & 0x3FFF);
      height = static_cast<int>(le16(s, 28) & 0x3FFF);
    } else if (s.compare(12, 4, "VP8L") == 0) {
      const unsigned long bits = byte(s, 21) | byte(s, 22) << 8 | byte(s, 23) << 16 | static_cast<unsigned long>(byte(s, 24)) << 24;
      width = static_cast<int>((bits & 0x3FFF) + 1);
      height = static_cast<int>(((bits >> 14) & 0x3FFF) + 1);
    } else if (s.compare(12, 4, "VP8X") == 0) {
      width = static_cast<int>((byte(s, 24) | byte(s, 25) << 8 | byte(s, 26) << 16) + 1);
      height = static_cast<int>((byte(s, 27) | byte(s, 28) << 8 | byte(s, 29) << 16) + 1);
    }
  }
  return !kind.empty();
}

std::optional<PhotoFile> read_photo(const model::Event& event, const model::Photo& photo, Diagnostics& diags) {
  fs::path source(photo.file);
  if (source.is_relative() && !event.source_dir.empty()) source = fs::path(event.source_dir) / source;
  std::error_code ec;
  if (!fs::is_regular_file(source, ec)) {
    diags.error(photo.where, tr("photo file not found: %1$s", source.string()));
    return std::nullopt;
  }
  PhotoFile file;
  file.source = source.string();
  try {
    file.bytes = io::read_file(file.source);
  } catch (const Failure&) {
    diags.error(photo.where, tr("cannot read photo file: %1$s", file.source));
    return std::nullopt;
  }
  file.extension = sniff_extension(file.bytes);
  if (file.extension.empty()) {
    diags.error(photo.where, tr("not a PNG, JPEG, GIF or WebP image: %1$s", file.source));
    return std::nullopt;
  }
  file.mime_type = file.extension == "jpg" ? "image/jpeg" : "image/" + file.extension;
  image_size(file.bytes, file.width, file.height);
  file.sha256 = io::sha256_hex(file.bytes);
  std::string stem = text::slug(source.stem().string());
  if (stem.empty()) stem = "anh";
  // Hex digits, a slug and a sniffed extension: nothing in the name comes verbatim from the input.
  file.name = stem + "-" + file.sha256.substr(0, 12) + "." + file.extension;
  return file;
}

MediaStore::MediaStore(std::string root) : root_(std::move(root)) {}

const MediaFile* MediaStore::publish(const model::Event& event, const model::Photo& photo, Diagnostics& diags) {
  fs::path source(photo.file);
  if (source.is_relative() && !event.source_dir.empty()) source = fs::path(event.source_dir) / source;
  std::error_code ec;
  const std::string key = fs::weakly_canonical(source, ec).string();
  const std::lock_guard lock(mutex_);
  if (auto found = by_source_.find(key); found != by_source_.end()) return &found->second;
  if (failed_.count(key) != 0) return nullptr;  // reported once already

  std::optional<PhotoFile> photo_file = read_photo(event, photo, diags);
  if (!photo_file) {
    failed_[key] = true;
    return nullptr;
  }
  MediaFile file;
  file.width = photo_file->width;
  file.height = photo_file->height;
  file.path = "media/" + photo_file->name;
  if (written_.count(file.path) == 0) pending_.emplace(file.path, std::move(photo_file->bytes));
  return &by_source_.emplace(key, file).first->second;
}

std::vector<std::string> MediaStore::paths() const {
  const std::lock_guard lock(mutex_);
  std::vector<std::string> out;
  for (const auto& entry : written_) out.push_back(entry.first);
  for (const auto& entry : pending_) {
    if (written_.count(entry.first) == 0) out.push_back(entry.first);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void MediaStore::flush() {
  const std::lock_guard lock(mutex_);
  for (auto& [path, bytes] : pending_) {
    io::write_file_atomic((fs::path(root_) / path).string(), bytes);
    written_[path] = true;
  }
  pending_.clear();
}

std::vector<std::pair<std::string, std::string>> MediaStore::take_pending() {
  const std::lock_guard lock(mutex_);
  std::vector<std::pair<std::string, std::string>> files;
  for (auto& [path, bytes] : pending_) {
    files.emplace_back(path, std::move(bytes));
    written_[path] = true;
  }
  pending_.clear();
  return files;
}

}  // namespace thidua::html
