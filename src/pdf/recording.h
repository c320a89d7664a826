// The drawing calls of a document kept in memory until the fonts can be subset.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "layout/canvas.h"
#include "pdf/image_file.h"

namespace thidua::pdf {

// What one recorded drawing call does.
enum class OpKind : std::uint8_t { text, line, rect, image, fill };

// One recorded drawing call; the meaning of the numbers depends on `kind`:
// text (x, y, size), line (x1, y1, x2, y2, width), rect (x, y, width, height,
// line width), image (x, y, width, height), fill (x, y, width, height, grey).
struct Op {
  OpKind kind = OpKind::text;
  layout::FontStyle style = layout::FontStyle::regular;  // text only
  std::size_t ref = 0;  // text: offset of its bytes in the text buffer; image: image index
  std::size_t length = 0;  // text: number of bytes
  double v[5] = {0, 0, 0, 0, 0};
};

// One recorded page: its size and the range of its operations.
struct PageRecord {
  double width = 0;
  double height = 0;
  std::size_t first_op = 0;
  std::size_t end_op = 0;
};

// One distinct image file of the document.
struct ImageRecord {
  std::string path;
  ImageKind kind = ImageKind::png;
};

// Appends the drawing calls of the page being drawn, keeps their text in one buffer (no
// allocation per call) and checks that text uses only the code points declared for its
// face. Invalid calls throw thidua::Failure (exit 3) located at `output_path`.
class Recording {
 public:
  // Errors are reported against `output_path`, the PDF being made.
  explicit Recording(std::string output_path) : output_path_(std::move(output_path)) {}

  // Declares the code points (sorted) text in `style` may use; text using others is an error.
  void declare(layout::FontStyle style, const std::vector<char16_t>& code_points);
  // Opens a page; the previous one must be closed.
  void begin_page(double width, double height);
  // Records UTF-8 `text` in `style` (BMP code points only; empty text is dropped).
  void text(double x, double y, layout::FontStyle style, double size, std::string_view text);
  // Records a stroked line.
  void line(double x1, double y1, double x2, double y2, double width);
  // Records a stroked rectangle.
  void rect(double x, double y, double width, double height, double line_width);
  // Records a filled rectangle in `grey` (0 black … 1 white).
  void fill_rect(double x, double y, double width, double height, double grey);
  // Records an image; each file is probed once and gets one index for the document.
  void image(const std::string& path, double x, double y, double width, double height);
  // Closes the open page.
  void end_page();
  // Drops the operations and text of the pages recorded so far (they have been written);
  // images keep their indexes.
  void forget_pages();

  // True while a page is open.
  bool in_page() const { return in_page_; }
  // The pages in drawing order.
  const std::vector<PageRecord>& pages() const { return pages_; }
  // Every operation; a page owns [first_op, end_op).
  const std::vector<Op>& ops() const { return ops_; }
  // The UTF-8 text of a text operation.
  std::string_view text_of(const Op& op) const { return {texts_.data() + op.ref, op.length}; }
  // The distinct images, indexed by Op::ref.
  const std::vector<ImageRecord>& images() const { return images_; }

 private:
  [[noreturn]] void fail(const std::string& message) const;
  void require_page(const char* call) const;
  void push(const Op& op);
  // Records a line or rectangle drawn by `call`: its five numbers in Op::v's order.
  void push_shape(const char* call, OpKind kind, const std::array<double, 5>& values);

  std::string output_path_;
  bool in_page_ = false;
  std::vector<PageRecord> pages_;
  std::vector<Op> ops_;
  std::string texts_;
  std::vector<ImageRecord> images_;
  std::unordered_map<std::string, std::size_t> image_index_;
  // Per FontStyle, the declared code points: one bit per BMP code point (8 KB each).
  std::array<std::uint64_t, 0x10000 / 64> declared_[4] = {};
};

}  // namespace thidua::pdf
