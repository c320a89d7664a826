// Copying photos into the output once each, read and checked by the one image reader (src/image/).
#include "html/media.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "image/image.h"
#include "io/files.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::html {

namespace fs = std::filesystem;

std::optional<PhotoFile> read_photo(const model::Event& event, const model::Photo& photo, Diagnostics& diags) {
  fs::path source(photo.file);
  if (source.is_relative() && !event.source_dir.empty()) source = fs::path(event.source_dir) / source;
  std::error_code ec;
  if (!fs::exists(source, ec)) {
    diags.error(photo.where, tr("photo file not found: %1$s", source.string()));
    return std::nullopt;
  }
  PhotoFile file;
  file.source = source.string();
  // The one safe reader: a regular file (a folder or a FIFO is refused, never waited on), of a
  // bounded size, its header and (PNG, JPEG) every row checked.
  std::string why;
  const std::optional<image::Info> info = image::validate_file(file.source, why, &file.bytes);
  if (!info) {
    diags.error(photo.where, why == image::not_an_image() ? tr("not a PNG, JPEG, GIF or WebP image: %1$s", file.source)
                                                          : tr("image '%1$s' (%2$s): %3$s", photo.file, file.source, why));
    return std::nullopt;
  }
  if (!event.source_dir.empty()) {
    // A path or a link leading out of the event's folder is followed (the command line may name
    // any file), but never silently: the file is copied into a site or a post.
    const fs::path real = fs::canonical(source, ec);
    const fs::path folder = fs::canonical(event.source_dir, ec);
    const fs::path inside = ec ? fs::path() : real.lexically_relative(folder);
    if (!ec && (inside.empty() || *inside.begin() == "..")) {
      diags.warning(photo.where, tr("photo file '%1$s' lies outside the event's folder (it is %2$s): it is used all the same; "
                                    "keep the event's photos in its folder",
                                    photo.file, real.string()));
    }
  }
  file.extension = std::string(image::extension(info->format));
  file.mime_type = file.extension == "jpg" ? "image/jpeg" : "image/" + file.extension;
  file.width = static_cast<int>(info->width);
  file.height = static_cast<int>(info->height);
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
