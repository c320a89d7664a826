// Building signature rows: blocks side by side, each part level across the row, never split.
#include <algorithm>

#include "i18n/i18n.h"
#include "layout//build.h"

namespace thidua::layout {

namespace {

// Room between neighbouring signature blocks and between rows of them.
constexpr double kCellPadding = 4;
constexpr double kRowGap = 12;

}  // namespace

void FlowBuilder::build_block(const Signature& signature, State& st) {
  begin_block(st, 0);
  build_signature_row({&signature}, st.width, 0, st);
  end_block(st, 0, false);
}

void FlowBuilder::build_block(const Signatures& grid, State& st) {
  const auto columns = static_cast<std::size_t>(grid.columns);
  const double cell_width = st.width / static_cast<double>(columns);
  begin_block(st, grid.space_before);
  for (std::size_t first = 0; first < grid.signatures.size(); first += columns) {
    const std::size_t count = std::min(columns, grid.signatures.size() - first);
    std::vector<const Signature*> row;
    for (std::size_t i = 0; i < count; ++i) row.push_back(&grid.signatures[first + i]);
    double x0 = 0;
    if (grid.center_last_row && count < columns) x0 = (st.width - static_cast<double>(count) * cell_width) / 2;
    const bool first_row = first == 0;
    build_signature_row(row, cell_width, x0, st);
    if (!first_row) st.flow->items.back().gap_before = kRowGap;
  }
  end_block(st, grid.space_after, false);
}

void FlowBuilder::build_signature_row(const std::vector<const Signature*>& row, double cell_width, double x0,
                                      State& st) {
  std::vector<Draw>& draws = st.flow->draws;
  const auto begin = static_cast<std::uint32_t>(draws.size());
  struct PartRange {
    std::uint32_t begin = 0, end = 0;
    double height = 0;
  };
  std::vector<std::array<PartRange, kSignatureParts>> parts(row.size());
  std::array<double, kSignatureParts> band{};
  double space = 0;
  const double text_width = std::max(1.0, cell_width - 2 * kCellPadding);
  for (std::size_t s = 0; s < row.size(); ++s) {
    space = std::max(space, row[s]->space);
    for (std::size_t k = 0; k < kSignatureParts; ++k) {
      const std::optional<Paragraph>& part = row[s]->parts[k];
      if (!part) continue;
      PartRange& range = parts[s][k];
      range.begin = static_cast<std::uint32_t>(draws.size());
      setter_.set(*part, text_width, draws, set_);
      for (std::size_t i = 0; i < set_.lines.size(); ++i) {
        const double dy = set_.line_height * static_cast<double>(i);
        for (std::uint32_t d = set_.lines[i].draw_begin; d < set_.lines[i].draw_end; ++d) {
          draws[d] = shifted(draws[d], 0, dy);
        }
      }
      range.end = static_cast<std::uint32_t>(draws.size());
      range.height = set_.height();
      band[k] = std::max(band[k], range.height);
    }
  }
  // Bands: label, unit, authority, title, then the signing space, then the name, so that the
  // same part sits at the same height in every block of the row.
  std::array<double, kSignatureParts> band_top{};
  double y = 0;
  for (std::size_t k = 0; k < kSignatureParts; ++k) {
    if (k == static_cast<std::size_t>(SignaturePart::name)) y += space;
    band_top[k] = y;
    y += band[k];
  }
  for (std::size_t s = 0; s < row.size(); ++s) {
    const double x = x0 + static_cast<double>(s) * cell_width + kCellPadding;
    for (std::size_t k = 0; k < kSignatureParts; ++k) {
      for (std::uint32_t d = parts[s][k].begin; d < parts[s][k].end; ++d) draws[d] = shifted(draws[d], x, band_top[k]);
    }
  }
  push_item(st, y, true, begin, row.front()->offset, N_("signature row"));
  st.text_left = 1;
  st.text_right = 0;
}

}  // namespace thidua::layout
