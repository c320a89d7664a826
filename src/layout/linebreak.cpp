// Knuth–Plass total-fit line breaking with a first-fit fallback, over prefix sums of the items.
#include "layout/linebreak.h"

#include <cmath>
#include <limits>

namespace thidua::layout {

namespace {

constexpr std::uint32_t kStart = std::numeric_limits<std::uint32_t>::max();
constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kEpsilon = 1e-6;
// TeX's \linepenalty and \adjdemerits.
constexpr double kLinePenalty = 10;
constexpr double kAdjacentDemerits = 10000;
// Ratio tolerance of the total-fit pass: badness 100·r³ ≤ 200, TeX's default \tolerance.
constexpr double kTolerance = 1.26;

bool forced(const LineItem& item) {
  return item.kind == LineItem::Kind::penalty && item.penalty <= -kForcedBreak;
}

// A break is possible at a penalty below +infinity and at ordinary glue that follows a box.
bool legal_break(const std::vector<LineItem>& items, std::size_t i) {
  const LineItem& item = items[i];
  if (item.kind == LineItem::Kind::penalty) return item.penalty < kForcedBreak;
  if (item.kind == LineItem::Kind::glue) return !item.fill && i > 0 && items[i - 1].kind == LineItem::Kind::box;
  return false;
}

void prepare_sums(const std::vector<LineItem>& items, LineBreakScratch& s) {
  const std::size_t n = items.size();
  s.sum_width.resize(n + 1);
  s.sum_stretch.resize(n + 1);
  s.sum_shrink.resize(n + 1);
  s.sum_fill.resize(n + 1);
  s.sum_width[0] = s.sum_stretch[0] = s.sum_shrink[0] = 0;
  s.sum_fill[0] = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const LineItem& item = items[i];
    const bool counts = item.kind != LineItem::Kind::penalty;
    s.sum_width[i + 1] = s.sum_width[i] + (counts ? item.width : 0);
    const bool glue = item.kind == LineItem::Kind::glue;
    s.sum_stretch[i + 1] = s.sum_stretch[i] + (glue ? item.stretch : 0);
    s.sum_shrink[i + 1] = s.sum_shrink[i] + (glue ? item.shrink : 0);
    s.sum_fill[i + 1] = s.sum_fill[i] + (glue && item.fill ? 1u : 0u);
  }
}

// The first item of the line after a break at `position`: glue and optional penalties after
// a break are discarded, as in TeX.
std::uint32_t line_start(const std::vector<LineItem>& items, std::uint32_t position) {
  if (position == kStart) return 0;
  std::uint32_t j = position + 1;
  while (j < items.size()) {
    const LineItem& item = items[j];
    if (item.kind == LineItem::Kind::box || forced(item)) break;
    ++j;
  }
  return j;
}

// Stretch (>0) or shrink (<0) ratio of the line [start, end) broken at item `end`.
double line_ratio(const std::vector<LineItem>& items, const LineBreakScratch& s, std::uint32_t start,
                  std::uint32_t end, double width) {
  double natural = s.sum_width[end] - s.sum_width[start];
  if (items[end].kind == LineItem::Kind::penalty) natural += items[end].width;
  if (natural < width - kEpsilon) {
    if (s.sum_fill[end] > s.sum_fill[start]) return 0;
    const double stretch = s.sum_stretch[end] - s.sum_stretch[start];
    return stretch > 0 ? (width - natural) / stretch : kInfinity;
  }
  if (natural > width + kEpsilon) {
    const double shrink = s.sum_shrink[end] - s.sum_shrink[start];
    return shrink > 0 ? (width - natural) / shrink : -kInfinity;
  }
  return 0;
}

int fitness_class(double ratio) {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

}  // namespace

bool break_total_fit(const std::vector<LineItem>& items, double width, double tolerance, LineBreakScratch& s,
                     std::vector<BrokenLine>& lines) {
  lines.clear();
  prepare_sums(items, s);
  s.nodes.clear();
  s.active.clear();
  s.nodes.push_back({kStart, 1, 0, 0, -1});
  s.active.push_back(0);
  const auto n = static_cast<std::uint32_t>(items.size());
  for (std::uint32_t b = 0; b < n; ++b) {
    if (!legal_break(items, b)) continue;
    const LineItem& item = items[b];
    const bool is_forced = forced(item);
    double best[4] = {kInfinity, kInfinity, kInfinity, kInfinity};
    std::int32_t best_from[4] = {-1, -1, -1, -1};
    double best_ratio[4] = {0, 0, 0, 0};
    std::size_t kept = 0;
    for (std::size_t k = 0; k < s.active.size(); ++k) {
      const std::int32_t a = s.active[k];
      const LineBreakScratch::Node node = s.nodes[static_cast<std::size_t>(a)];
      const std::uint32_t start = line_start(items, node.position);
      const double ratio = start > b ? 0 : line_ratio(items, s, start, b, width);
      // An active node stays while lines from it may still fit later in the paragraph.
      if (!(ratio < -1 || is_forced)) s.active[kept++] = a;
      if (start > b || ratio < -1 || ratio > tolerance) continue;
      const double badness = std::min(100 * std::pow(std::fabs(ratio), 3), 10000.0);
      double demerits = (kLinePenalty + badness) * (kLinePenalty + badness);
      if (item.kind == LineItem::Kind::penalty) {
        if (item.penalty > 0) {
          demerits += item.penalty * item.penalty;
        } else if (!is_forced) {
          demerits -= item.penalty * item.penalty;
        }
      }
      const int fitness = fitness_class(ratio);
      if (std::abs(fitness - node.fitness) > 1) demerits += kAdjacentDemerits;
      const double total = node.demerits + demerits;
      if (total < best[fitness]) {
        best[fitness] = total;
        best_from[fitness] = a;
        best_ratio[fitness] = ratio;
      }
    }
    s.active.resize(kept);
    for (int f = 0; f < 4; ++f) {
      if (best_from[f] < 0) continue;
      s.active.push_back(static_cast<std::int32_t>(s.nodes.size()));
      s.nodes.push_back({b, f, best[f], best_ratio[f], best_from[f]});
    }
    if (s.active.empty()) return false;
  }
  // After the final forced break only nodes ending there are active; take the cheapest.
  std::int32_t best_node = -1;
  for (std::int32_t a : s.active) {
    const auto& node = s.nodes[static_cast<std::size_t>(a)];
    if (node.position != n - 1) continue;
    if (best_node < 0 || node.demerits < s.nodes[static_cast<std::size_t>(best_node)].demerits) best_node = a;
  }
  if (best_node < 0) return false;
  for (std::int32_t a = best_node; s.nodes[static_cast<std::size_t>(a)].previous >= 0;
       a = s.nodes[static_cast<std::size_t>(a)].previous) {
    const auto& node = s.nodes[static_cast<std::size_t>(a)];
    const auto& from = s.nodes[static_cast<std::size_t>(node.previous)];
    lines.push_back({line_start(items, from.position), node.position, node.ratio});
  }
  for (std::size_t i = 0, j = lines.size(); i + 1 < j; ++i, --j) std::swap(lines[i], lines[j - 1]);
  return true;
}

void break_first_fit(const std::vector<LineItem>& items, double width, LineBreakScratch& s,
                     std::vector<BrokenLine>& lines) {
  lines.clear();
  prepare_sums(items, s);
  const auto n = static_cast<std::uint32_t>(items.size());
  std::uint32_t start = 0;
  std::uint32_t last = kStart;  // last legal break that fits on the current line
  auto natural = [&](std::uint32_t from, std::uint32_t at) {
    double w = s.sum_width[at] - s.sum_width[from];
    if (items[at].kind == LineItem::Kind::penalty) w += items[at].width;
    return w;
  };
  auto emit = [&](std::uint32_t at) {
    lines.push_back({start, at, line_ratio(items, s, start, at, width)});
    start = line_start(items, at);
    last = kStart;
  };
  for (std::uint32_t b = 0; b < n; ++b) {
    if (!legal_break(items, b)) continue;
    if (start > b) continue;  // inside the discarded items right after a break
    if (natural(start, b) > width + kEpsilon && last != kStart) emit(last);
    if (start > b) continue;
    if (forced(items[b])) {
      emit(b);
    } else {
      last = b;
    }
  }
}

void break_balanced(const std::vector<LineItem>& items, double width, LineBreakScratch& s,
                    std::vector<BrokenLine>& lines) {
  // Demerits: every line costs kLineCost, so fewer lines win unless the only shorter set
  // splits a name; then its unevenness and its break's cost; a line of one word costs
  // kLoneWord ("VŨNG / TÀU", "KHEN / THƯỞNG").
  constexpr double kLineCost = 2000;
  constexpr double kUnevenness = 2000;  // times the square of the unused share of the measure
  constexpr double kLoneWord = 5000;
  constexpr std::size_t kMaxItems = 400;  // a centred paragraph longer than this is prose: first fit
  if (items.size() > kMaxItems) {
    break_first_fit(items, width, s, lines);
    return;
  }
  lines.clear();
  prepare_sums(items, s);
  const auto n = static_cast<std::uint32_t>(items.size());
  // Break candidates in order; node k's best cost and predecessor (index into candidates, -1 = start).
  std::vector<std::uint32_t> candidates;
  for (std::uint32_t b = 0; b < n; ++b) {
    if (legal_break(items, b)) candidates.push_back(b);
  }
  const std::size_t m = candidates.size();
  std::vector<double> cost(m, kInfinity);
  std::vector<std::int32_t> from(m, -1);
  std::vector<std::uint32_t> boxes_before(n + 1, 0);  // boxes of text before item i (words and pieces)
  for (std::uint32_t i = 0; i < n; ++i) {
    const bool word = items[i].kind == LineItem::Kind::box && items[i].span >= 0 && items[i].end > items[i].begin;
    boxes_before[i + 1] = boxes_before[i] + (word ? 1u : 0u);
  }
  std::vector<std::uint32_t> glue_before(n + 1, 0);  // ordinary spaces before item i
  for (std::uint32_t i = 0; i < n; ++i) {
    const bool space = items[i].kind == LineItem::Kind::glue && !items[i].fill;
    glue_before[i + 1] = glue_before[i] + (space ? 1u : 0u);
  }
  // The segment (between forced breaks) of each candidate has more than one word when it holds a space.
  std::int32_t last_forced = -1;  // candidate index of the previous forced break
  for (std::size_t k = 0; k < m; ++k) {
    const std::uint32_t b = candidates[k];
    for (std::int32_t a = static_cast<std::int32_t>(k) - 1;; --a) {
      const std::uint32_t start = a < 0 ? 0 : line_start(items, candidates[static_cast<std::size_t>(a)]);
      const double previous = a < 0 ? 0 : cost[static_cast<std::size_t>(a)];
      if (start <= b && std::isfinite(previous)) {
        double natural = s.sum_width[b] - s.sum_width[start];
        if (items[b].kind == LineItem::Kind::penalty) natural += items[b].width;
        const bool one_box = boxes_before[b] - boxes_before[start] <= 1;
        if (natural > width + kEpsilon && !one_box) break;  // longer lines from earlier starts do not fit either
        const double unused = std::max(0.0, width - natural) / width;
        double demerits = kLineCost + kUnevenness * unused * unused;
        const LineItem& at = items[b];
        if (!forced(at)) demerits += std::max(0.0, at.penalty);
        // A lone word, where its segment has other words to keep it company.
        const std::uint32_t segment_start =
            last_forced < 0 ? 0 : line_start(items, candidates[static_cast<std::size_t>(last_forced)]);
        std::uint32_t segment_end = b;
        for (std::size_t f = k; f < m; ++f) {
          if (forced(items[candidates[f]])) {
            segment_end = candidates[f];
            break;
          }
        }
        const bool segment_has_words = glue_before[segment_end] > glue_before[segment_start];
        if (segment_has_words && glue_before[b] == glue_before[start] && one_box) demerits += kLoneWord;
        if (previous + demerits < cost[k]) {
          cost[k] = previous + demerits;
          from[k] = a;
        }
      }
      if (a < 0 || forced(items[candidates[static_cast<std::size_t>(a)]])) break;  // a line never spans a forced break
    }
    if (forced(items[b])) last_forced = static_cast<std::int32_t>(k);
  }
  if (m == 0 || !std::isfinite(cost[m - 1])) {
    break_first_fit(items, width, s, lines);
    return;
  }
  for (std::int32_t k = static_cast<std::int32_t>(m - 1); k >= 0; k = from[static_cast<std::size_t>(k)]) {
    const std::int32_t a = from[static_cast<std::size_t>(k)];
    const std::uint32_t start = a < 0 ? 0 : line_start(items, candidates[static_cast<std::size_t>(a)]);
    const std::uint32_t b = candidates[static_cast<std::size_t>(k)];
    lines.push_back({start, b, line_ratio(items, s, start, b, width)});
  }
  for (std::size_t i = 0, j = lines.size(); i + 1 < j; ++i, --j) std::swap(lines[i], lines[j - 1]);
}

bool break_lines(const std::vector<LineItem>& items, double width, bool justify, LineBreakScratch& scratch,
                 std::vector<BrokenLine>& lines) {
  if (justify && break_total_fit(items, width, kTolerance, scratch, lines)) return true;
  break_first_fit(items, width, scratch, lines);
  return false;
}

}  // namespace thidua::layout
