// zip_bytes: a deterministic zip archive built in memory with libzip (loaded on first use).
#include "workbook/zip_writer.h"

#include <cstdio>
#include <memory>
#include <stdexcept>

#include "i18n/i18n.h"
#include "workbook/libzip.h"

namespace thidua::workbook {

namespace detail {

Libzip& libzip() {
  static Libzip loaded;
  return loaded;
}

}  // namespace detail

namespace {

// MS-DOS date and time of 1980-01-01 00:00:00: year 0 (1980), month 1, day 1; time 0.
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t kDosTime = 0;
// Why a fixed level: the bytes depend on it; 6 is zlib's default balance of size and speed.
constexpr zip_uint32_t kDeflateLevel = 6;

}  // namespace

std::string zip_bytes(const std::vector<ZipEntry>& entries) {
  detail::Libzip& zip = detail::libzip();
  if (!zip.library.ok()) throw std::runtime_error(tr("cannot write zip files: %1$s", zip.library.error()));
  zip_error_t error;
  zip.error_init(&error);
  // The archive is written into this in-memory source, kept alive past zip_close to read it back.
  zip_source_t* target = zip.source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = target == nullptr ? nullptr : zip.open_from_source(target, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    const std::string reason = zip.error_strerror(&error);
    if (target != nullptr) zip.source_free(target);
    zip.error_fini(&error);
    throw std::runtime_error(tr("cannot write a zip file: %1$s", reason));
  }
  zip.error_fini(&error);
  zip.source_keep(target);
  auto fail = [&](const std::string& reason) {
    zip.discard(archive);
    zip.source_free(target);
    throw std::runtime_error(tr("cannot write a zip file: %1$s", reason));
  };
  for (const ZipEntry& entry : entries) {
    zip_source_t* source = zip.source_buffer_create(entry.bytes.data(), entry.bytes.size(), 0, &error);
    if (source == nullptr) fail(zip.error_strerror(&error));
    const zip_int64_t index = zip.file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip.source_free(source);
      fail(zip.strerror(archive));
    }
    const auto at = static_cast<zip_uint64_t>(index);
    if (zip.set_file_compression(archive, at, ZIP_CM_DEFLATE, kDeflateLevel) != 0 ||
        zip.file_set_dostime(archive, at, kDosTime, kDosDate, 0) != 0) {
      fail(zip.strerror(archive));
    }
  }
  if (zip.close(archive) != 0) fail(zip.strerror(archive));
  // Read the finished archive back out of the in-memory source.
  std::string bytes;
  bool ok = zip.source_open(target) == 0;
  if (ok) {
    ok = zip.source_seek(target, 0, SEEK_END) == 0;
    const zip_int64_t size = ok ? zip.source_tell(target) : -1;
    ok = size >= 0 && zip.source_seek(target, 0, SEEK_SET) == 0;
    if (ok) {
      bytes.resize(static_cast<std::size_t>(size));
      ok = zip.source_read(target, bytes.data(), bytes.size()) == size;
    }
    zip.source_close(target);
  }
  zip.source_free(target);
  if (!ok) throw std::runtime_error(tr("cannot write a zip file: %1$s", _("the archive could not be read back")));
  return bytes;
}

}  // namespace thidua::workbook
