// PdfCanvas: record the drawing calls, then subset fonts, replay into libharu and save.
#include "pdf/pdf_canvas.h"

#include <array>

#include "diag/diagnostic.h"
#include "pdf/font_subset.h"
#include "pdf/hpdf_document.h"
#include "pdf/output_file.h"
#include "pdf/page_text.h"

namespace thidua::pdf {

namespace {

constexpr std::array<layout::FontStyle, 4> all_styles = {
    layout::FontStyle::regular, layout::FontStyle::bold, layout::FontStyle::italic,
    layout::FontStyle::bold_italic};

HPDF_REAL real(double value) { return static_cast<HPDF_REAL>(value); }

// Replays one page. Font, size and line width are set only when they change: they are
// graphics state and persist across BT/ET within a page.
void draw_page(HpdfDocument& doc, const Recording& recording, const PageRecord& record,
               const std::array<HPDF_Font, 4>& fonts, const std::vector<HPDF_Image>& images) {
  HPDF_Page page = doc.add_page(record.width, record.height);
  HPDF_Font current_font = nullptr;
  double current_size = -1;
  double current_line_width = 1;  // the PDF default
  std::string text_buffer;
  auto set_line_width = [&](double width) {
    if (width == current_line_width) return;
    doc.check(HPDF_Page_SetLineWidth(page, real(width)), "cannot set a line width");
    current_line_width = width;
  };

  for (std::size_t i = record.first_op; i < record.end_op; ++i) {
    const Op& op = recording.ops()[i];
    switch (op.kind) {
      case OpKind::text: {
        HPDF_Font font = fonts[static_cast<std::size_t>(op.style)];
        doc.check(HPDF_Page_BeginText(page), "cannot begin a text object");
        if (font != current_font || op.v[2] != current_size) {
          doc.check(HPDF_Page_SetFontAndSize(page, font, real(op.v[2])), "cannot set the font");
          current_font = font;
          current_size = op.v[2];
        }
        doc.check(show_text_at(page, op.v[0], op.v[1], recording.text_of(op), text_buffer), "cannot draw text");
        doc.check(HPDF_Page_EndText(page), "cannot end a text object");
        break;
      }
      case OpKind::line:
        set_line_width(op.v[4]);
        doc.check(HPDF_Page_MoveTo(page, real(op.v[0]), real(op.v[1])), "cannot draw a line");
        doc.check(HPDF_Page_LineTo(page, real(op.v[2]), real(op.v[3])), "cannot draw a line");
        doc.check(HPDF_Page_Stroke(page), "cannot draw a line");
        break;
      case OpKind::rect:
        set_line_width(op.v[4]);
        doc.check(HPDF_Page_Rectangle(page, real(op.v[0]), real(op.v[1]), real(op.v[2]), real(op.v[3])),
                  "cannot draw a rectangle");
        doc.check(HPDF_Page_Stroke(page), "cannot draw a rectangle");
        break;
      case OpKind::image:
        doc.check(HPDF_Page_DrawImage(page, images[op.ref], real(op.v[0]), real(op.v[1]),
                                      real(op.v[2]), real(op.v[3])),
                  "cannot draw an image");
        break;
    }
  }
}

}  // namespace

PdfCanvas::PdfCanvas(std::string output_path, const layout::FontSet& fonts)
    : output_path_(std::move(output_path)), fonts_(fonts), recording_(output_path_) {}

void PdfCanvas::require(State state, const char* call) const {
  if (state_ != state) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0},
                  std::string("internal error: ") + call + " called out of order");
  }
}

void PdfCanvas::begin_document(const layout::DocumentInfo& info) {
  require(State::created, "begin_document");
  info_ = info;
  state_ = State::open;
}

void PdfCanvas::begin_page(double width, double height) {
  require(State::open, "begin_page");
  recording_.begin_page(width, height);
}

void PdfCanvas::text(double x, double y, layout::FontStyle style, double size, std::string_view text) {
  require(State::open, "text");
  recording_.text(x, y, style, size, text);
}

void PdfCanvas::line(double x1, double y1, double x2, double y2, double width) {
  require(State::open, "line");
  recording_.line(x1, y1, x2, y2, width);
}

void PdfCanvas::rect(double x, double y, double width, double height, double line_width) {
  require(State::open, "rect");
  recording_.rect(x, y, width, height, line_width);
}

void PdfCanvas::image(const std::string& path, double x, double y, double width, double height) {
  require(State::open, "image");
  recording_.image(path, x, y, width, height);
}

void PdfCanvas::end_page() {
  require(State::open, "end_page");
  recording_.end_page();
}

void PdfCanvas::end_document() {
  require(State::open, "end_document");
  state_ = State::finished;
  if (recording_.in_page()) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0},
                  "internal error: end_document inside a page");
  }
  if (recording_.pages().empty()) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0}, "internal error: the document has no pages");
  }

  HpdfDocument doc(output_path_);
  doc.set_info(info_);

  // Only now is every code point known: subset each face used, in a fixed order so
  // font resources and tags (HPDFAA+, HPDFAB+, …) come out the same on every run.
  std::array<HPDF_Font, 4> fonts{};
  for (layout::FontStyle style : all_styles) {
    std::vector<char16_t> codes = recording_.code_points(style);
    if (codes.empty()) continue;
    std::string subset = subset_font(fonts_.data(style), codes, fonts_.path(style));
    fonts[static_cast<std::size_t>(style)] = doc.load_font(subset, codes, fonts_.path(style));
  }

  std::vector<HPDF_Image> images;
  images.reserve(recording_.images().size());
  for (const ImageRecord& image : recording_.images()) images.push_back(doc.load_image(image.path, image.kind));

  for (const PageRecord& page : recording_.pages()) draw_page(doc, recording_, page, fonts, images);

  write_file_atomically(output_path_, doc.save());
}

}  // namespace thidua::pdf
