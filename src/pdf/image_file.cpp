// Image checks done while recording, so a bad image fails early with its name.
#include "pdf/image_file.h"

#include "diag/diagnostic.h"
#include "i18n/i18n.h"
#include "image/image.h"

namespace thidua::pdf {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& message) {
  throw Failure(ExitCode::io_or_internal, {path, 0, 0}, message);
}

}  // namespace

ImageKind probe_image(const std::string& path) {
  std::string why;
  const std::optional<image::Info> info = image::validate_file(path, why);
  if (!info) fail(path, why == image::not_an_image() ? std::string(_("not a PNG or JPEG image")) : why);
  if (info->format == image::Format::jpeg) return ImageKind::jpeg;
  if (info->format != image::Format::png) fail(path, _("not a PNG or JPEG image"));
  if (info->interlaced) {
    fail(path, _("interlaced PNG images cannot be embedded in the PDF; save the image without interlacing"));
  }
  return ImageKind::png;
}

}  // namespace thidua::pdf
