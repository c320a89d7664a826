// Building the flow from paragraphs, rules, columns, images, spaces and page breaks.
#include "layout/build.h"

#include <algorithm>
#include <cstdio>

#include "i18n/i18n.h"
#include "image/image.h"
#include "layout/layout.h"
#include "text/numbers.h"

namespace thidua::layout {

namespace {

constexpr double kEpsilon = 1e-6;
}  // namespace

std::string millimetres(double points) {
  const double mm = points / points_per_mm;
  // Vietnamese messages write a decimal comma ("12,5mm"), as the documents do.
  if (i18n::language() == i18n::Language::vietnamese) return text::vietnamese_number(mm, 1) + "mm";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1fmm", mm);
  return buffer;
}

FlowBuilder::FlowBuilder(const Document& doc, const FontSet& fonts, Diagnostics& diags)
    : doc_(doc), diags_(diags), fonts_(fonts), setter_(fonts) {}

void FlowBuilder::error(std::uint32_t offset, std::string message) {
  if (!lines_) lines_.emplace(doc_.source);
  diags_.error(lines_->locate(doc_.file, offset), std::move(message));
}

void FlowBuilder::build(Flow& flow, const std::function<void()>& progress) {
  State st;
  st.flow = &flow;
  st.width = doc_.page_width - doc_.margin_left - doc_.margin_right;
  main_flow_ = &flow;
  progress_ = progress;
  build_blocks(doc_.blocks, st);
  progress_ = nullptr;
}

void FlowBuilder::build_blocks(const std::vector<Block>& blocks, State& st) {
  for (const Block& block : blocks) {
    std::visit([&](const auto& content) { build_block(content, st); }, block.content);
    progress(st);
  }
}

void FlowBuilder::begin_block(State& st, double space_before) {
  st.gap = std::max(st.pending_after, space_before);
  st.first = true;
  st.attached = false;
}

std::size_t FlowBuilder::push_item(State& st, double height, bool breakable_inside, std::uint32_t draw_begin,
                                   std::uint32_t offset, const char* what) {
  Item item;
  item.height = height;
  if (st.first) {
    item.gap_before = st.gap;
    item.breakable_before = !st.keep_previous && !st.attached;
    item.page_break_before = st.break_next;
    st.break_next = false;
    st.first = false;
  } else {
    item.breakable_before = breakable_inside;
  }
  item.draw_begin = draw_begin;
  item.draw_end = static_cast<std::uint32_t>(st.flow->draws.size());
  item.offset = offset;
  item.what = what;
  st.flow->items.push_back(item);
  return st.flow->items.size() - 1;
}

void FlowBuilder::end_block(State& st, double space_after, bool keep_with_next) {
  st.pending_after = space_after;
  st.keep_previous = keep_with_next;
}

void FlowBuilder::build_block(const Paragraph& p, State& st) {
  std::vector<Draw>& draws = st.flow->draws;
  setter_.set(p, st.width, draws, set_);
  begin_block(st, p.space_before);
  const std::size_t n = set_.lines.size();
  double widest = -1;
  for (std::size_t i = 0; i < n; ++i) {
    const SetLine& line = set_.lines[i];
    // Widows and orphans: a page may start at line i only with two lines on either side.
    const bool breakable = !p.keep_together && i >= 2 && n - i >= 2;
    std::size_t index = push_item(st, set_.line_height, breakable, line.draw_begin, p.offset, N_("paragraph line"));
    st.flow->items[index].draw_end = line.draw_end;
    if (line.right >= line.left && line.right - line.left > widest) {
      widest = line.right - line.left;
      st.text_left = line.left;
      st.text_right = line.right;
    }
  }
  if (widest < 0) {
    st.text_left = 1;
    st.text_right = 0;
  }
  end_block(st, p.space_after, p.keep_with_next);
}

void FlowBuilder::build_block(const Rule& rule, State& st) {
  const bool has_text = st.text_right >= st.text_left;
  const double text_width = has_text ? st.text_right - st.text_left : st.width;
  const double text_center = has_text ? (st.text_left + st.text_right) / 2 : st.width / 2;
  double length = 0;
  switch (rule.width.kind) {
    case WidthSpec::Kind::fraction_of_text: length = rule.width.value * text_width; break;
    case WidthSpec::Kind::percent: length = rule.width.value / 100 * st.width; break;
    case WidthSpec::Kind::length: length = rule.width.value; break;
    case WidthSpec::Kind::automatic:
    case WidthSpec::Kind::star: length = st.width; break;
  }
  length = std::min(length, st.width);
  double x = std::clamp(text_center - length / 2, 0.0, st.width - length);
  if (rule.align == Align::left) x = 0;
  if (rule.align == Align::right) x = st.width - length;
  if (rule.align == Align::center || rule.align == Align::justify) x = (st.width - length) / 2;

  // A rule hangs under the line above it: its gap replaces that block's space-after, which
  // then applies below the rule instead.
  const double pending = st.pending_after;
  st.gap = rule.space_before;
  st.first = true;
  st.attached = true;
  const auto begin = static_cast<std::uint32_t>(st.flow->draws.size());
  st.flow->draws.push_back(line_draw(x, rule.thickness / 2, x + length, rule.thickness / 2, rule.thickness));
  push_item(st, rule.thickness, false, begin, rule.offset, N_("rule"));
  st.pending_after = std::max(pending, rule.space_after);
}

std::vector<double> FlowBuilder::resolve_widths(const std::vector<WidthSpec>& specs, double total,
                                                std::uint32_t offset) {
  bool overflow = false;
  std::vector<double> widths = markup::resolve_widths(specs, total, &overflow);
  if (overflow) {
    double fixed = 0;
    for (const WidthSpec& spec : specs) {
      if (spec.kind == WidthSpec::Kind::length) fixed += spec.value;
      if (spec.kind == WidthSpec::Kind::percent) fixed += spec.value / 100 * total;
    }
    error(offset, tr("the columns need %1$s but only %2$s is available", millimetres(fixed), millimetres(total)));
  }
  return widths;
}

void FlowBuilder::build_block(const Columns& columns, State& st) {
  std::vector<WidthSpec> specs;
  for (const Column& c : columns.columns) specs.push_back(c.width);
  const double gaps = columns.gap * static_cast<double>(std::max<std::size_t>(columns.columns.size(), 1) - 1);
  const std::vector<double> widths = resolve_widths(specs, st.width - gaps, columns.offset);

  std::vector<Draw>& draws = st.flow->draws;
  const auto begin = static_cast<std::uint32_t>(draws.size());
  struct Placed {
    std::uint32_t begin, end;
    double height;
    std::optional<double> baseline;
  };
  std::vector<Placed> placed;
  double x = 0;
  for (std::size_t c = 0; c < columns.columns.size(); ++c) {
    Flow sub;
    State inner;
    inner.flow = &sub;
    inner.width = widths[c];
    build_blocks(columns.columns[c].blocks, inner);
    // Stack the column's items; inside one block nothing breaks, so only gaps matter.
    Placed column{static_cast<std::uint32_t>(draws.size()), 0, 0, std::nullopt};
    double y = 0;
    for (std::size_t i = 0; i < sub.items.size(); ++i) {
      const Item& item = sub.items[i];
      if (i > 0) y += item.gap_before;
      for (std::uint32_t d = item.draw_begin; d < item.draw_end; ++d) {
        draws.push_back(shifted(sub.draws[d], x, y));
        if (!column.baseline && draws.back().kind == Draw::Kind::text) column.baseline = draws.back().y;
      }
      y += item.height;
      if (closes_table(item, i + 1 < sub.items.size() ? &sub.items[i + 1] : nullptr)) {
        const double rule_x = x + item.close_x;
        draws.push_back(line_draw(rule_x, y, rule_x + item.close_width, y, item.close_thickness));
      }
    }
    column.end = static_cast<std::uint32_t>(draws.size());
    column.height = y;
    placed.push_back(column);
    x += widths[c] + columns.gap;
  }
  // Level the first baselines (the motto with the issuer, "Nơi nhận:" with the authority line).
  double top_baseline = 0;
  if (columns.align_baselines) {
    for (const Placed& p : placed) top_baseline = std::max(top_baseline, p.baseline.value_or(0));
  }
  double height = 0;
  for (const Placed& p : placed) {
    const double shift = columns.align_baselines && p.baseline ? top_baseline - *p.baseline : 0;
    for (std::uint32_t d = p.begin; d < p.end; ++d) draws[d] = shifted(draws[d], 0, shift);
    height = std::max(height, p.height + shift);
  }
  begin_block(st, columns.space_before);
  push_item(st, height, false, begin, columns.offset, N_("columns block"));
  st.text_left = 1;
  st.text_right = 0;
  end_block(st, columns.space_after, columns.keep_with_next);
}

void FlowBuilder::build_block(const Image& image, State& st) {
  // Read the header even when both sizes are given: a missing or unusable file is reported
  // here, with its markup location, rather than by the PDF writer.
  std::string why;
  const std::optional<image::Info> pixels = image::validate_file(image.src, why);
  if (!pixels) {
    error(image.offset, tr("image file '%1$s': %2$s", image.src, why));
    return;
  }
  if (pixels->format != image::Format::png && pixels->format != image::Format::jpeg) {
    error(image.offset, tr("image file '%1$s': only PNG and JPEG images can go into a PDF", image.src));
    return;
  }
  const auto [width, height] = image_size(*pixels, image.width, image.height, st.width);
  double x = 0;
  if (image.align == Align::center || image.align == Align::justify) x = (st.width - width) / 2;
  if (image.align == Align::right) x = st.width - width;
  const auto begin = static_cast<std::uint32_t>(st.flow->draws.size());
  st.flow->draws.push_back(Draw{.kind = Draw::Kind::image, .x = x, .y = 0, .x2 = width, .y2 = height, .text = image.src});
  begin_block(st, image.space_before);
  push_item(st, height, false, begin, image.offset, N_("image"));
  st.text_left = 1;
  st.text_right = 0;
  end_block(st, image.space_after, false);
}

std::pair<double, double> image_size(const image::Info& pixels, double width, double height, double room) {
  if (width <= 0 || height <= 0) {
    const double aspect = static_cast<double>(pixels.height) / pixels.width;
    if (width <= 0 && height <= 0) width = pixels.width * 0.75;  // 96 dpi
    if (width <= 0) width = height / aspect;
    if (height <= 0) height = width * aspect;
  }
  if (width > room) {
    height *= room / width;
    width = room;
  }
  return {width, height};
}

}  // namespace thidua::layout
