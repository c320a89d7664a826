// Deflater over libdeflate's one-shot zlib compressor.
#include "pdf/deflater.h"

#include <libdeflate.h>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"

namespace thidua::pdf {

Deflater::Deflater(int level) : compressor_(libdeflate_alloc_compressor(level)) {
  if (compressor_ == nullptr) {
    throw Failure(ExitCode::io_or_internal, SourceLoc{}, _("cannot start the compressor: out of memory"));
  }
}

Deflater::~Deflater() { libdeflate_free_compressor(compressor_); }

std::string Deflater::compress(std::string_view data) {
  std::string out(libdeflate_zlib_compress_bound(compressor_, data.size()), '\0');
  const std::size_t size = libdeflate_zlib_compress(compressor_, data.data(), data.size(), out.data(), out.size());
  // The bound always suffices, so 0 would be a libdeflate bug; say so rather than write junk.
  if (size == 0) throw Failure(ExitCode::io_or_internal, SourceLoc{}, _("internal error: compression failed"));
  out.resize(size);
  return out;
}

}  // namespace thidua::pdf
