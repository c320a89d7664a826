// PdfCanvas: subset the declared fonts, then record each page and replay it into libharu as it ends.
#include "pdf/pdf_canvas.h"

#include <hpdf_pages.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "diag/diagnostic.h"
#include "io/files.h"
#include "pdf/font_subset.h"
#include "pdf/hpdf_document.h"
#include "pdf/page_text.h"
#include "i18n/i18n.h"

namespace thidua::pdf {

namespace {

constexpr std::array<layout::FontStyle, 4> all_styles = {
    layout::FontStyle::regular, layout::FontStyle::bold, layout::FontStyle::italic,
    layout::FontStyle::bold_italic};

HPDF_REAL real(double value) { return static_cast<HPDF_REAL>(value); }

// True when text op `next` can continue the line of `prev` in one TJ: same face and
// size, same baseline (to the 0.01 pt written), further right.
bool same_line(const Op& prev, const Op& next) {
  return next.kind == OpKind::text && next.style == prev.style && next.v[2] == prev.v[2] &&
         std::llround(next.v[1] * 100) == std::llround(prev.v[1] * 100) && next.v[0] > prev.v[0];
}

// Replays one page. Consecutive text calls share one BT/ET; consecutive words of a line
// share one TJ. Font, size and line width are set only when they change: they are
// graphics state and persist across BT/ET within a page. Lines and rectangles are
// written to 0.01 pt, as text is (libharu writes 5 decimals).
HPDF_Page draw_page(HpdfDocument& doc, const Recording& recording, const PageRecord& record,
                    const std::array<LoadedFont, 4>& fonts, const std::vector<HPDF_Image>& images) {
  HPDF_Page page = doc.add_page(record.width, record.height);
  HPDF_Dict current_font = nullptr;
  double current_size = -1;
  double current_line_width = 1;  // the PDF default
  bool in_text = false;
  std::string content;  // operators not yet in the page's stream
  TextObject text;
  auto flush = [&] { doc.check(write_content(page, content), N_("cannot write the page")); };
  auto end_text = [&] {
    if (!in_text) return;
    flush();
    doc.check(HPDF_Page_EndText(page), N_("cannot end a text object"));
    in_text = false;
  };
  auto set_line_width = [&](double width) {
    if (width == current_line_width) return;
    // What HPDF_Page_SetLineWidth refused, now that "w" is written here.
    if (width < 0) doc.check(HPDF_PAGE_OUT_OF_RANGE, N_("cannot set a line width"));
    append_number(content, width);
    content += " w\n";
    current_line_width = width;
  };
  // Appends `count` of the call's values from `first` on, each followed by a space.
  auto append_values = [&](const Op& op, std::size_t first, std::size_t count) {
    for (std::size_t k = first; k < first + count; ++k) {
      append_number(content, op.v[k]);
      content += ' ';
    }
  };

  const std::vector<Op>& ops = recording.ops();
  for (std::size_t i = record.first_op; i < record.end_op; ++i) {
    const Op& op = ops[i];
    switch (op.kind) {
      case OpKind::text: {
        const LoadedFont& font = fonts[static_cast<std::size_t>(op.style)];
        if (!in_text) {
          flush();
          doc.check(HPDF_Page_BeginText(page), N_("cannot begin a text object"));
          text.begin_object();
          in_text = true;
        }
        if (font.font != current_font || op.v[2] != current_size) {
          // The font's name in this page's resources (F1, F2, …), added on first use.
          const char* name = HPDF_Page_GetLocalFontName(page, font.font);
          if (name == nullptr) doc.check(HPDF_INVALID_FONT, N_("cannot set the font"));
          if (!(op.v[2] > 0)) doc.check(HPDF_PAGE_INVALID_FONT_SIZE, N_("cannot set the font"));
          content += '/';
          content += name;
          content += ' ';
          append_number(content, op.v[2]);
          content += " Tf\n";
          current_font = font.font;
          current_size = op.v[2];
        }
        text.begin_line(content, op.v[0], op.v[1], op.v[2], font.widths, recording.text_of(op));
        for (; i + 1 < record.end_op && same_line(ops[i], ops[i + 1]); ++i) {
          text.add_text(ops[i + 1].v[0], recording.text_of(ops[i + 1]));
        }
        text.end_line(content);
        break;
      }
      case OpKind::line:
        end_text();
        set_line_width(op.v[4]);
        append_values(op, 0, 2);
        content += "m ";
        append_values(op, 2, 2);
        content += "l S\n";
        break;
      case OpKind::rect:
        end_text();
        set_line_width(op.v[4]);
        append_values(op, 0, 4);
        content += "re S\n";
        break;
      case OpKind::fill:
        // The grey is set inside q … Q, so text after it is black again.
        end_text();
        content += "q ";
        append_values(op, 4, 1);
        content += "g ";
        append_values(op, 0, 4);
        content += "re f Q\n";
        break;
      case OpKind::image:
        end_text();
        flush();
        doc.check(HPDF_Page_DrawImage(page, images[op.ref], real(op.v[0]), real(op.v[1]),
                                      real(op.v[2]), real(op.v[3])),
                  _("cannot draw an image"));
        break;
    }
  }
  end_text();
  flush();
  return page;
}

}  // namespace

PdfCanvas::PdfCanvas(std::string output_path, const layout::FontSet& fonts, Target target)
    : output_path_(std::move(output_path)), fonts_(fonts), target_(target), recording_(output_path_) {}

PdfCanvas::~PdfCanvas() = default;

void PdfCanvas::require(State state, const char* call) const {
  if (state_ != state) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0},
                  tr("internal error: %1$s called out of order", call));
  }
}

void PdfCanvas::begin_document(const layout::DocumentInfo& info) {
  require(State::created, "begin_document");
  doc_ = std::make_unique<HpdfDocument>(output_path_);
  doc_->set_info(info);
  // Each face is subset to the code points the document declares for it, in a fixed order
  // so font resources and tags (THIDUA+, THIDUB+, …) come out the same on every run.
  for (layout::FontStyle style : all_styles) {
    std::vector<char16_t> codes = info.code_points[static_cast<std::size_t>(style)];
    if (codes.empty()) continue;
    // The space glyph separates the words of a justified line in its TJ (TextObject),
    // even in a face whose text has no space of its own.
    auto space = std::lower_bound(codes.begin(), codes.end(), u' ');
    if ((space == codes.end() || *space != u' ') && fonts_.has_glyph(style, U' ')) codes.insert(space, u' ');
    recording_.declare(style, codes);
    std::string subset = subset_font(fonts_.data(style), codes, fonts_.path(style));
    loaded_fonts_[static_cast<std::size_t>(style)] = doc_->load_font(subset, codes, fonts_.path(style));
  }
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

void PdfCanvas::fill_rect(double x, double y, double width, double height, double grey) {
  require(State::open, "fill_rect");
  recording_.fill_rect(x, y, width, height, grey);
}

void PdfCanvas::image(const std::string& path, double x, double y, double width, double height) {
  require(State::open, "image");
  recording_.image(path, x, y, width, height);
}

void PdfCanvas::end_page() {
  require(State::open, "end_page");
  recording_.end_page();
  // Written now, so memory holds one page of drawing calls and the compressed pages before.
  for (std::size_t i = images_.size(); i < recording_.images().size(); ++i) {
    const ImageRecord& image = recording_.images()[i];
    images_.push_back(doc_->load_image(image.path, image.kind));
  }
  HPDF_Page page = draw_page(*doc_, recording_, recording_.pages().back(), loaded_fonts_, images_);
  doc_->finish_page(page);
  recording_.forget_pages();
  ++pages_;
}

void PdfCanvas::end_document() {
  require(State::open, "end_document");
  state_ = State::finished;
  if (recording_.in_page()) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0},
                  _("internal error: end_document inside a page"));
  }
  if (pages_ == 0) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0}, _("internal error: the document has no pages"));
  }
  if (target_ == Target::memory) {
    bytes_ = doc_->save();
    return;
  }
  io::write_file_atomic(output_path_, doc_->save(), io::MissingFolders::fail);
}

}  // namespace thidua::pdf
