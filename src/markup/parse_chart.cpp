// Parsing <chart>: a bar chart of groups of bars, with its value axis and legend.
#include <algorithm>
#include <cstring>

#include "markup/parse_values.h"
#include "markup/parser.h"

namespace thidua::markup {

namespace {

// A chart's text: centred, in the chart's size, regular unless <b>/<i> say otherwise.
Paragraph chart_text(double size, Align align) {
  Paragraph p;
  p.align = align;
  p.size = size;
  p.space_after = 0;
  return p;
}

}  // namespace

Chart Parser::parse_chart(pugi::xml_node node) {
  check_attributes(node, {"height", "max", "size", "space-before", "space-after", "keep-with-next"});
  Chart chart;
  chart.offset = offset_of(node);
  chart.height = length(node, "height", 70 * points_per_mm);
  chart.max = read(node, "max", 0.0, parse_number, N_("a number such as 100"));
  chart.space_before = length(node, "space-before", 6);
  chart.space_after = length(node, "space-after", 6);
  chart.keep_with_next = flag(node, "keep-with-next", false);
  const double size = font_size(node, "size", 11);
  // Reads the inline text of `child` into a paragraph of the chart's size.
  auto text_of = [&](pugi::xml_node child, Align where) {
    Paragraph p = chart_text(size, where);
    p.offset = offset_of(child);
    collect_inline(child, FontStyle::regular, p);
    return p;
  };
  // Reads a <tick> or <bar>: its value= (required: the msgid `missing` says so otherwise) and its text as the label.
  auto value_of = [&](pugi::xml_node child, Align where, const char* missing, const char* expected) {
    check_attributes(child, {"value"});
    if (!child.attribute("value")) error(offset_of(child), _(missing));
    ChartValue value;
    value.offset = offset_of(child);
    value.value = read(child, "value", 0.0, parse_number, expected);
    value.label = text_of(child, where);
    return value;
  };
  for_each_element(node, "chart", [&](pugi::xml_node child) {
    const std::string_view name = child.name();
    if (name == "series") {
      check_attributes(child, {});
      chart.series.push_back(text_of(child, Align::left));
    } else if (name == "tick") {
      chart.ticks.push_back(value_of(child, Align::right, N_("<tick> needs a value"), N_("a number such as 25")));
    } else if (name == "group") {
      check_attributes(child, {});
      ChartGroup group;
      group.offset = offset_of(child);
      group.label = chart_text(size, Align::center);
      for_each_element(child, "group", [&](pugi::xml_node part) {
        if (std::strcmp(part.name(), "label") == 0) {
          check_attributes(part, {});
          group.label = text_of(part, Align::center);
        } else if (std::strcmp(part.name(), "bar") == 0) {
          group.bars.push_back(value_of(part, Align::center, N_("<bar> needs a value"), N_("a number such as 98.5")));
        } else {
          error(offset_of(part), unexpected_child(part.name(), "group", "label, bar"));
        }
      });
      if (group.bars.empty()) error(group.offset, _("a <group> needs at least one <bar>"));
      chart.groups.push_back(std::move(group));
    } else {
      error(offset_of(child), unexpected_child(name, "chart", "series, tick, group"));
    }
  });
  if (chart.groups.empty()) error(chart.offset, _("a <chart> needs at least one <group>"));
  // Every group has one bar per series, so that a bar's shade says which series it shows.
  const std::size_t bars = chart.groups.empty() ? 0 : chart.groups.front().bars.size();
  for (const ChartGroup& group : chart.groups) {
    if (group.bars.size() != bars && !group.bars.empty()) {
      error(group.offset, tr("every <group> of a chart has the same number of bars (%1$d here, %2$d in the first)",
                             group.bars.size(), bars));
    }
  }
  if (!chart.series.empty() && chart.series.size() != bars) {
    error(chart.offset, trn("the chart names %1$d series but its groups have %2$d bar each",
                            "the chart names %1$d series but its groups have %2$d bars each", bars,
                            chart.series.size(), bars));
  }
  return chart;
}

}  // namespace thidua::markup
