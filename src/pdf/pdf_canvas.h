// The PDF backend of the layout stage: a Canvas that writes a PDF file with libharu.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "layout/canvas.h"
#include "layout/fonts.h"
#include "pdf/hpdf_document.h"
#include "pdf/recording.h"

namespace thidua::pdf {

// A Canvas that writes a PDF file. begin_document() subsets each face to the code points
// the document declares for it; each page's drawing calls are recorded and, at end_page(),
// written into libharu's page and compressed, so memory holds one page of calls at a time.
// end_document() builds the file and renames it into place at `output_path`. Nothing is
// written before end_document(), and a failure (thidua::Failure, exit 3) never leaves a
// partial file behind. The same calls give a byte-identical file.
class PdfCanvas final : public layout::Canvas {
 public:
  // Where end_document() puts the PDF.
  enum class Target {
    file,    // renamed into place at the output path
    memory,  // kept for bytes(); the output path only names the document in messages
  };
  // Writes to `output_path`; `fonts` supplies the faces and must outlive the canvas.
  PdfCanvas(std::string output_path, const layout::FontSet& fonts, Target target = Target::file);

  ~PdfCanvas() override;

  // Writes the metadata (the creation date must be "YYYY-MM-DD" or empty) and embeds the
  // faces `info.code_points` lists code points for.
  void begin_document(const layout::DocumentInfo& info) override;
  // Starts a page of `width` × `height` points.
  void begin_page(double width, double height) override;
  // Text at its own position, face and size; consecutive words of one line (same
  // face, size and baseline, left to right) are shown by one TJ with real spaces.
  void text(double x, double y, layout::FontStyle style, double size, std::string_view text) override;
  // A black line of `width` points.
  void line(double x1, double y1, double x2, double y2, double width) override;
  // A black rectangle outline.
  void rect(double x, double y, double width, double height, double line_width) override;
  // A rectangle filled in grey, without outline (chart bars); the fill colour is restored to black.
  void fill_rect(double x, double y, double width, double height, double grey) override;
  // A PNG or JPEG image scaled into the box; each file is embedded once per document.
  void image(const std::string& path, double x, double y, double width, double height) override;
  // Ends the current page and writes it into the document.
  void end_page() override;
  // Builds and writes the PDF (or keeps it, for Target::memory).
  void end_document() override;
  // The PDF a Target::memory canvas built (empty before end_document()).
  const std::string& bytes() const { return bytes_; }

 private:
  enum class State { created, open, finished };
  void require(State state, const char* call) const;

  std::string output_path_;
  const layout::FontSet& fonts_;
  Target target_;
  std::string bytes_;  // Target::memory: the finished PDF
  State state_ = State::created;
  Recording recording_;
  std::unique_ptr<HpdfDocument> doc_;
  std::array<LoadedFont, 4> loaded_fonts_{};
  std::vector<HPDF_Image> images_;  // by the recording's image index
  int pages_ = 0;
};

}  // namespace thidua::pdf
