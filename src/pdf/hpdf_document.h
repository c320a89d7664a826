// A libharu document with every status checked: libharu errors become thidua::Failure.
#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>
#include <vector>

#include "layout/canvas.h"
#include "pdf/deflater.h"
#include "pdf/glyph_widths.h"
#include "pdf/image_file.h"

namespace thidua::pdf {

// A font embedded in the document (its Type0 dictionary) and the widths its W array states.
struct LoadedFont {
  HPDF_Dict font = nullptr;
  GlyphWidths widths;
};

// Owns one HPDF_Doc set up for Vietnamese text (own fonts, UTF-16 Info, own compression). Every
// failure throws thidua::Failure (exit 3) naming the output, font or image file.
class HpdfDocument {
 public:
  // Creates the document that will become `output_path` (used in messages).
  explicit HpdfDocument(std::string output_path);
  // Frees the document and everything libharu allocated for it.
  ~HpdfDocument();
  // Not copyable: the error handler holds this object's address.
  HpdfDocument(const HpdfDocument&) = delete;
  HpdfDocument& operator=(const HpdfDocument&) = delete;

  // Writes title, subject, author, keywords, creator "thidua" and the creation date.
  void set_info(const layout::DocumentInfo& info);
  // Embeds a subset TrueType font (bytes from subset_font) drawing `codes` (embed_font)
  // and returns it with its widths; `font_path` names it in messages.
  LoadedFont load_font(std::string_view subset, const std::vector<char16_t>& codes,
                      const std::string& font_path);
  // Loads a PNG or JPEG image file.
  HPDF_Image load_image(const std::string& path, ImageKind kind);
  // Appends a page of the given size in points, without the obsolete ProcSet resource.
  HPDF_Page add_page(double width, double height);
  // Compresses the content of a page that is complete, so a long document holds only the
  // compressed pages until save(): nothing may be drawn on `page` afterwards.
  void finish_page(HPDF_Page page);
  // Throws thidua::Failure when `status` is not HPDF_OK; `what` says what was being done.
  void check(HPDF_STATUS status, const char* what) {
    if (status != HPDF_OK) fail(output_path_, what, status);
  }
  // The complete PDF file, as PDF 1.5 with object and xref streams (pack_objects).
  std::string save();

 private:
  [[noreturn]] void fail(const std::string& where, const std::string& what, HPDF_STATUS status);
  static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self);

  std::string output_path_;
  HPDF_Doc doc_ = nullptr;
  Deflater deflater_;  // for the pages as they are finished and the other streams at save()
  int fonts_loaded_ = 0;  // for the subset tags
  HPDF_STATUS first_error_ = HPDF_OK;  // the first error libharu reported: the root cause
  HPDF_STATUS first_detail_ = 0;
};

// A short English description of a libharu error code, e.g. "cannot open file".
std::string describe_hpdf_error(HPDF_STATUS error);

}  // namespace thidua::pdf
