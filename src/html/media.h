// Publishing the photos of events: each image copied once into media/, named by its content.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "model/event.h"

namespace thidua::html {

// A published image.
struct MediaFile {
  std::string path;  // relative to the output root, e.g. "media/ky-ket-0123456789ab.png"
  int width = 0;     // pixels, 0 when the format's header could not be read
  int height = 0;
};

// A photo's file read and checked: what publishing it (to media/ or to a WordPress site) needs.
struct PhotoFile {
  std::string source;     // the file's path as found (relative paths joined to the event's folder)
  std::string bytes;      // its contents
  std::string extension;  // "png", "jpg", "gif" or "webp", from the bytes
  std::string mime_type;  // "image/png", …
  std::string name;       // the published name: slugged stem, 12 hex digits of SHA-256, extension
  std::string sha256;     // hex SHA-256 of the bytes
  int width = 0;          // pixels, 0 when the header could not be read
  int height = 0;
};

// Reads `photo` of `event` (its file is relative to the event file's folder). A missing or
// unreadable file, or one that is not a PNG, JPEG, GIF or WebP image, is reported to `diags`
// at the photo and gives nothing.
std::optional<PhotoFile> read_photo(const model::Event& event, const model::Photo& photo, Diagnostics& diags);

// Copies photos into `root`/media/. The name is the source's slugged stem plus a hash of the
// bytes, so the same image used by several articles is written once, and two different images
// with the same name do not collide.
class MediaStore {
 public:
  // A store writing below the folder `root`.
  explicit MediaStore(std::string root);

  // Publishes `photo` of `event` (its file is relative to the event file's folder): reads it and
  // names it; the copy is made by flush(). A missing or unreadable file, or one that is not a
  // PNG, JPEG, GIF or WebP image, is reported to `diags` at the photo and gives nullptr.
  // Safe to call from several threads.
  const MediaFile* publish(const model::Event& event, const model::Photo& photo, Diagnostics& diags);
  // Writes the images published since the last flush; held back so that nothing is written
  // when the page fails. Throws Failure(io_or_internal) when writing fails.
  void flush();
  // Hands over the images published since the last flush instead of writing them (a page
  // rendered in memory): (path relative to the root, bytes), sorted by path.
  std::vector<std::pair<std::string, std::string>> take_pending();
  // Every image published so far, relative to the root, sorted.
  std::vector<std::string> paths() const;

 private:
  std::string root_;
  std::map<std::string, MediaFile> by_source_;  // absolute source path -> published file
  std::map<std::string, bool> failed_;          // sources already reported
  std::map<std::string, std::string> pending_;  // published path -> bytes not yet written
  std::map<std::string, bool> written_;         // published paths already written (all true)
  mutable std::mutex mutex_;                    // publish() may be called from several threads
};

}  // namespace thidua::html
