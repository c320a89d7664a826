// The text-trace Canvas: records calls and prints them in a stable, diff-friendly form.
#include "layout/trace_canvas.h"

#include <cmath>
#include <cstdio>

namespace thidua::layout {

namespace {

void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}

void append_numbers(std::string& out, std::initializer_list<double> values) {
  for (double v : values) {
    out += ' ';
    out += trace_number(v);
  }
}

// The word that starts a call's line in the trace.
const char* trace_word(TraceOp::Kind kind) {
  switch (kind) {
    case TraceOp::Kind::page: return "page";
    case TraceOp::Kind::text: return "text";
    case TraceOp::Kind::line: return "line";
    case TraceOp::Kind::rect: return "rect";
    case TraceOp::Kind::image: return "image";
    case TraceOp::Kind::fill: return "fill";
  }
  return "text";
}

}  // namespace

std::string trace_number(double value) {
  double rounded = std::round(value * 100.0) / 100.0;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", rounded);
  std::string s = buffer;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

const char* trace_style(FontStyle style) {
  switch (style) {
    case FontStyle::regular: return "regular";
    case FontStyle::bold: return "bold";
    case FontStyle::italic: return "italic";
    case FontStyle::bold_italic: return "bold-italic";
  }
  return "regular";
}

void TraceCanvas::begin_document(const DocumentInfo& info) { info_ = info; }

void TraceCanvas::begin_page(double width, double height) {
  ++page_;
  TraceOp op;
  op.kind = TraceOp::Kind::page;
  op.page = page_;
  op.x2 = width;
  op.y2 = height;
  ops_.push_back(std::move(op));
}

void TraceCanvas::text(double x, double y, FontStyle style, double size, std::string_view text) {
  ops_.push_back({TraceOp::Kind::text, page_, style, x, y, 0, 0, size, std::string(text)});
}

void TraceCanvas::line(double x1, double y1, double x2, double y2, double width) {
  ops_.push_back({TraceOp::Kind::line, page_, FontStyle::regular, x1, y1, x2, y2, width, {}});
}

void TraceCanvas::rect(double x, double y, double width, double height, double line_width) {
  ops_.push_back({TraceOp::Kind::rect, page_, FontStyle::regular, x, y, width, height, line_width, {}});
}

void TraceCanvas::fill_rect(double x, double y, double width, double height, double grey) {
  ops_.push_back({TraceOp::Kind::fill, page_, FontStyle::regular, x, y, width, height, grey, {}});
}

void TraceCanvas::image(const std::string& path, double x, double y, double width, double height) {
  ops_.push_back({TraceOp::Kind::image, page_, FontStyle::regular, x, y, width, height, 0, path});
}

void TraceCanvas::end_page() {}

void TraceCanvas::end_document() { finished_ = true; }

std::string TraceCanvas::text() const {
  std::string out;
  auto info_line = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    out += "info ";
    out += key;
    out += ' ';
    append_quoted(out, value);
    out += '\n';
  };
  info_line("title", info_.title);
  info_line("subject", info_.subject);
  info_line("author", info_.author);
  info_line("keywords", info_.keywords);
  info_line("date", info_.date);
  for (const TraceOp& op : ops_) {
    out += trace_word(op.kind);
    switch (op.kind) {
      case TraceOp::Kind::page:
        append_numbers(out, {op.x2, op.y2});
        break;
      case TraceOp::Kind::text:
        append_numbers(out, {op.x, op.y});
        out += ' ';
        out += trace_style(op.style);
        append_numbers(out, {op.size});
        out += ' ';
        append_quoted(out, op.text);
        break;
      case TraceOp::Kind::line:
      case TraceOp::Kind::rect:
      case TraceOp::Kind::fill:
        append_numbers(out, {op.x, op.y, op.x2, op.y2, op.size});
        break;
      case TraceOp::Kind::image:
        append_numbers(out, {op.x, op.y, op.x2, op.y2});
        out += ' ';
        append_quoted(out, op.text);
        break;
    }
    out += '\n';
  }
  return out;
}

}  // namespace thidua::layout
