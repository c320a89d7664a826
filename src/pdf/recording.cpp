// Recording of drawing calls: validation, the text buffer, declared code points, image indexes.
#include "pdf/recording.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "diag/diagnostic.h"
#include "text/utf8.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::pdf {

namespace {

std::size_t face_index(layout::FontStyle style) { return static_cast<std::size_t>(style); }

}  // namespace

void Recording::fail(const std::string& message) const {
  throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0}, message);
}

void Recording::push(const Op& op) {
  for (double value : op.v) {
    // libharu would write NaN or infinity as garbage into the page.
    if (!std::isfinite(value)) fail(_("internal error: a drawing call has a coordinate that is not a finite number"));
  }
  ops_.push_back(op);
}

void Recording::require_page(const char* call) const {
  if (!in_page_) fail(tr("internal error: %1$s outside a page", call));
}

void Recording::declare(layout::FontStyle style, const std::vector<char16_t>& code_points) {
  auto& declared = declared_[face_index(style)];
  for (char16_t cp : code_points) declared[cp >> 6] |= std::uint64_t{1} << (cp & 63);
}

void Recording::begin_page(double width, double height) {
  if (in_page_) fail(_("internal error: begin_page inside a page"));
  if (!std::isfinite(width) || !std::isfinite(height)) fail(_("internal error: a page size is not a finite number"));
  in_page_ = true;
  pages_.push_back({width, height, ops_.size(), ops_.size()});
}

void Recording::text(double x, double y, layout::FontStyle style, double size, std::string_view text) {
  require_page("text");
  if (text.empty()) return;
  std::size_t bad = 0;
  if (!text::is_valid_utf8(text, &bad)) {
    fail(tr("internal error: text to draw is not valid UTF-8 (byte %1$d)", bad));
  }
  const auto& declared = declared_[face_index(style)];
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = text::next_code_point(text, i);
    const auto name = [cp] {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
      return std::string(buffer);
    };
    if (cp > 0xFFFF || cp == 0) {
      // libharu 2.3.0 encodes text as 2-byte codes: nothing outside the BMP (nor NUL).
      fail(tr("character %1$s cannot be drawn in a PDF (only U+0001 to U+FFFF)", name()));
    }
    if ((declared[cp >> 6] & (std::uint64_t{1} << (cp & 63))) == 0) {
      fail(tr("internal error: character %1$s was not declared for its face before the first page", name()));
    }
  }
  Op op;
  op.kind = OpKind::text;
  op.style = style;
  op.ref = texts_.size();
  op.length = text.size();
  op.v[0] = x;
  op.v[1] = y;
  op.v[2] = size;
  push(op);
  texts_.append(text);
}

void Recording::line(double x1, double y1, double x2, double y2, double width) {
  push_shape("line", OpKind::line, {x1, y1, x2, y2, width});
}

void Recording::rect(double x, double y, double width, double height, double line_width) {
  push_shape("rect", OpKind::rect, {x, y, width, height, line_width});
}

void Recording::fill_rect(double x, double y, double width, double height, double grey) {
  push_shape("fill_rect", OpKind::fill, {x, y, width, height, std::clamp(grey, 0.0, 1.0)});
}

void Recording::push_shape(const char* call, OpKind kind, const std::array<double, 5>& values) {
  require_page(call);
  Op op;
  op.kind = kind;
  std::copy(values.begin(), values.end(), op.v);
  push(op);
}

void Recording::image(const std::string& path, double x, double y, double width, double height) {
  require_page("image");
  auto [it, added] = image_index_.try_emplace(path, images_.size());
  if (added) {
    try {
      images_.push_back({path, probe_image(path)});
    } catch (...) {
      image_index_.erase(it);
      throw;
    }
  }
  Op op;
  op.kind = OpKind::image;
  op.ref = it->second;
  op.v[0] = x;
  op.v[1] = y;
  op.v[2] = width;
  op.v[3] = height;
  push(op);
}

void Recording::end_page() {
  require_page("end_page");
  in_page_ = false;
  pages_.back().end_op = ops_.size();
}

void Recording::forget_pages() {
  if (in_page_) fail(_("internal error: forget_pages inside a page"));
  pages_.clear();
  ops_.clear();
  texts_.clear();
}

}  // namespace thidua::pdf
