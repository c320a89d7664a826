// A Canvas that records every drawing call as plain text, one per line, for golden tests.
#pragma once

#include <string>
#include <vector>

#include "layout/canvas.h"

namespace thidua::layout {

// One recorded drawing call; unused fields stay zero or empty.
struct TraceOp {
  enum class Kind { page, text, line, rect, image, fill } kind = Kind::text;
  int page = 0;  // 1-based page the call was made on (0 for none)
  FontStyle style = FontStyle::regular;
  double x = 0, y = 0;             // text baseline start, line start, rect/image corner
  double x2 = 0, y2 = 0;           // line end; rect/image/page width and height
  double size = 0;                 // font size, line or stroke width, fill grey
  std::string text;                // text, or image path
};

// Records drawing calls; `text()` renders them as the trace format:
//   page W H / text X Y STYLE SIZE "…" / line X1 Y1 X2 Y2 W / rect X Y W H LW /
//   image X Y W H "path" / fill X Y W H GREY, after "info KEY \"…\"" lines; numbers rounded to 0.01 pt.
class TraceCanvas final : public Canvas {
 public:
  void begin_document(const DocumentInfo& info) override;
  void begin_page(double width, double height) override;
  void text(double x, double y, FontStyle style, double size, std::string_view text) override;
  void line(double x1, double y1, double x2, double y2, double width) override;
  void rect(double x, double y, double width, double height, double line_width) override;
  void fill_rect(double x, double y, double width, double height, double grey) override;
  void image(const std::string& path, double x, double y, double width, double height) override;
  void end_page() override;
  void end_document() override;

  // The recorded calls, pages included, in order.
  const std::vector<TraceOp>& ops() const { return ops_; }
  // The whole trace as text, one call per line, ending in a newline.
  std::string text() const;
  // Number of pages begun so far.
  int pages() const { return page_; }
  // True once end_document() was called: the document is complete.
  bool finished() const { return finished_; }

 private:
  DocumentInfo info_;
  std::vector<TraceOp> ops_;
  int page_ = 0;
  bool finished_ = false;
};

// The trace spelling of a number: rounded to 0.01, without trailing zeros ("12", "85.04").
std::string trace_number(double value);
// The trace spelling of a face: regular, bold, italic or bold-italic.
const char* trace_style(FontStyle style);

}  // namespace thidua::layout
