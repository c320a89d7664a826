// Building charts: bars as filled rectangles on a value axis, the labels as real text, one unbreakable item.
#include <algorithm>

#include "i18n/i18n.h"
#include "layout/build.h"

namespace thidua::layout {

double FlowBuilder::place_text(const Paragraph& p, double width, double x, double y) {
  std::vector<Draw>& draws = *draw_target_;
  setter_.set(p, std::max(1.0, width), draws, set_);
  for (std::size_t i = 0; i < set_.lines.size(); ++i) {
    const double dy = y + set_.line_height * static_cast<double>(i);
    for (std::uint32_t d = set_.lines[i].draw_begin; d < set_.lines[i].draw_end; ++d) {
      draws[d] = shifted(draws[d], x, dy);
    }
  }
  return set_.height();
}

void FlowBuilder::build_block(const Chart& chart, State& st) {
  std::vector<Draw>& draws = st.flow->draws;
  draw_target_ = &draws;
  const auto begin = static_cast<std::uint32_t>(draws.size());
  const double size = chart.groups.empty() ? 11 : chart.groups.front().label.size;
  double line_height = 0;
  double baseline = 0;
  setter_.line_metrics(size, 1, line_height, baseline);
  const double width = st.width;

  // The value axis: as wide as its widest label.
  double axis = 0;
  for (const ChartTick& tick : chart.ticks) {
    std::vector<Draw> scratch;
    setter_.set(tick.label, width, scratch, set_);
    for (const SetLine& line : set_.lines) {
      if (line.right > line.left) axis = std::max(axis, line.right - line.left);
    }
  }
  const double x0 = axis > 0 ? axis + 6 : 0;

  // The legend, on one line at the top: a swatch and the series' name for each.
  const double legend = chart.series.empty() ? 0 : line_height + 4;
  double legend_x = x0;
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const double swatch = size * 0.7;
    const double top = (line_height - swatch) / 2;
    draws.push_back(fill_draw(legend_x, top, swatch, swatch, series_grey(i)));
    draws.push_back(rect_draw(legend_x, top, swatch, swatch, 0.5));
    place_text(chart.series[i], width - legend_x - swatch - 4, legend_x + swatch + 4, 0);
    double right = legend_x + swatch + 4;
    if (!set_.lines.empty() && set_.lines[0].right > set_.lines[0].left) right += set_.lines[0].right;
    legend_x = right + 12;
  }

  // The category labels under the bars, wrapped in their group's width: the tallest sets the room.
  const std::size_t groups = std::max<std::size_t>(1, chart.groups.size());
  const double group_width = (width - x0) / static_cast<double>(groups);
  double labels = 0;
  for (const ChartGroup& group : chart.groups) {
    std::vector<Draw> scratch;
    setter_.set(group.label, std::max(1.0, group_width - 4), scratch, set_);
    labels = std::max(labels, set_.height());
  }
  const double plot_top = legend + line_height;  // room for the value over the tallest bar
  const double plot_bottom = chart.height - labels - 3;
  const double plot = plot_bottom - plot_top;
  if (plot < 2 * line_height) {
    error(chart.offset, tr("the chart is too short for its labels (%1$s; make it at least %2$s tall)",
                           millimetres(chart.height), millimetres(chart.height - plot + 2 * line_height)));
    draws.resize(begin);
    return;
  }
  double top_value = chart.max;
  if (top_value <= 0) {
    for (const ChartGroup& group : chart.groups) {
      for (const ChartBar& bar : group.bars) top_value = std::max(top_value, bar.value);
    }
    for (const ChartTick& tick : chart.ticks) top_value = std::max(top_value, tick.value);
  }
  if (top_value <= 0) top_value = 1;
  auto y_of = [&](double value) { return plot_bottom - std::min(value, top_value) / top_value * plot; };

  for (const ChartTick& tick : chart.ticks) {
    const double y = y_of(tick.value);
    if (tick.value > 0) draws.push_back(line_draw(x0, y, width, y, 0.25));  // a light grid line
    draws.push_back(line_draw(x0 - 3, y, x0, y, 0.5));
    place_text(tick.label, axis, 0, y - line_height / 2);
  }
  draws.push_back(line_draw(x0, plot_top - line_height / 2, x0, plot_bottom, 0.75));
  draws.push_back(line_draw(x0, plot_bottom, width, plot_bottom, 0.75));

  for (std::size_t g = 0; g < chart.groups.size(); ++g) {
    const ChartGroup& group = chart.groups[g];
    const double left = x0 + group_width * static_cast<double>(g);
    const auto bars = static_cast<double>(std::max<std::size_t>(1, group.bars.size()));
    const double bar_width = std::min(group_width * 0.7 / bars, 48.0);
    const double start = left + (group_width - bar_width * bars) / 2;
    for (std::size_t b = 0; b < group.bars.size(); ++b) {
      const ChartBar& bar = group.bars[b];
      const double x = start + bar_width * static_cast<double>(b);
      const double y = y_of(bar.value);
      if (plot_bottom - y > 0) {
        draws.push_back(fill_draw(x, y, bar_width, plot_bottom - y, series_grey(b)));
        draws.push_back(rect_draw(x, y, bar_width, plot_bottom - y, 0.5));
      }
      // The value over its bar, centred on it (the slot is wider than a thin bar).
      const double slot = std::max(bar_width, group_width / bars);
      place_text(bar.label, slot, x + bar_width / 2 - slot / 2, y - line_height);
    }
    place_text(group.label, group_width - 4, left + 2, plot_bottom + 3);
  }
  draw_target_ = nullptr;
  begin_block(st, chart.space_before);
  push_item(st, chart.height, false, begin, chart.offset, N_("chart"));
  st.text_left = 1;
  st.text_right = 0;
  end_block(st, chart.space_after, chart.keep_with_next);
}

}  // namespace thidua::layout
