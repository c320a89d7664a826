// GlyphWidths lookups and the search for the shortest W array.
#include "pdf/glyph_widths.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "text/utf8.h"

namespace thidua::pdf {

namespace {

constexpr char16_t low_limit = 0x180;

// Characters libharu writes for an integer.
std::size_t digits(long long value) {
  std::size_t n = value < 0 ? 2 : 1;
  for (value = value < 0 ? -value : value; value >= 10; value /= 10) ++n;
  return n;
}

// An unused CID inside a list costs its width and a space; a new entry costs at least
// "c [ " and "] " (8 bytes for a 3-digit CID). Gaps longer than this never pay off for
// the widths of real fonts (3 or 4 digits).
constexpr std::size_t max_gap = 8;

// The cheapest way found to encode codes[0..i): with a list still open at codes[i-1]
// (which code i may extend), or with every entry closed.
struct Cell {
  std::size_t cost = std::numeric_limits<std::size_t>::max();
  std::size_t from = 0;  // open: where the list starts; closed: where the last step starts
  bool from_open = false;  // the state at `from`
  bool range = false;  // closed: the last step is a "c1 c2 w" range (else a code left to DW)
};

constexpr std::size_t unreached = std::numeric_limits<std::size_t>::max();

void relax(Cell& cell, std::size_t cost, std::size_t from, bool from_open, bool range = false) {
  if (cost < cell.cost) cell = {cost, from, from_open, range};
}

// The shortest entries for default width `dw`, found in one pass over the codes (a
// list's cost is the sum of its parts, so an open list only needs its best cost so far);
// returns their byte count.
std::size_t plan_for(const GlyphWidths& widths, int dw, std::vector<WidthEntry>& entries) {
  const std::vector<char16_t>& codes = widths.codes();
  const std::vector<int>& w = widths.widths();
  const std::size_t n = codes.size();
  const std::size_t gap_cost = digits(widths.fallback()) + 1;
  std::vector<Cell> open(n + 1);
  std::vector<Cell> closed(n + 1);
  closed[0].cost = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const bool at_open = open[i].cost < closed[i].cost;
    const std::size_t base = at_open ? open[i].cost : closed[i].cost;
    if (base == unreached) continue;
    // Code i left to DW.
    if (w[i] == dw) relax(closed[i + 1], base, i, at_open);
    // Code i added to the open list across the unused CIDs between, which take glyph 0's
    // width, or a new list "c [ w … ] " (its "] " counted here). On a tie the longer list
    // wins: fewer entries compress a little better.
    if (open[i].cost != unreached) {
      const std::size_t gap = static_cast<std::size_t>(codes[i] - codes[i - 1] - 1);
      if (gap <= max_gap) {
        relax(open[i + 1], open[i].cost + gap * gap_cost + digits(w[i]) + 1, open[i].from, open[i].from_open);
      }
    }
    relax(open[i + 1], base + digits(codes[i]) + 5 + digits(w[i]) + 1, i, at_open);
    // "c1 c2 w ": consecutive CIDs of one width.
    for (std::size_t j = i; j < n; ++j) {
      if (j > i && (codes[j] != codes[j - 1] + 1 || w[j] != w[i])) break;
      relax(closed[j + 1], base + digits(codes[i]) + digits(codes[j]) + digits(w[i]) + 3, i, at_open, true);
    }
  }
  entries.clear();
  bool in_open = open[n].cost < closed[n].cost;
  const std::size_t total = in_open ? open[n].cost : closed[n].cost;
  for (std::size_t at = n; at > 0;) {
    const Cell& cell = in_open ? open[at] : closed[at];
    if (in_open || cell.range) entries.push_back({codes[cell.from], codes[at - 1], !in_open});
    at = cell.from;
    in_open = cell.from_open;
  }
  std::reverse(entries.begin(), entries.end());
  return total;
}

}  // namespace

GlyphWidths::GlyphWidths(std::vector<char16_t> codes, std::vector<int> widths, int fallback, bool has_space)
    : codes_(std::move(codes)), widths_(std::move(widths)), fallback_(fallback), has_space_(has_space),
      low_(low_limit, static_cast<std::int16_t>(fallback)), low_cids_(low_limit, 0) {
  for (std::size_t i = 0; i < codes_.size() && codes_[i] < low_limit; ++i) {
    low_[codes_[i]] = static_cast<std::int16_t>(widths_[i]);
    low_cids_[codes_[i]] = static_cast<char16_t>(i + 1);
  }
}

char16_t GlyphWidths::cid(char16_t code) const {
  if (code < low_limit) return low_cids_.empty() ? 0 : low_cids_[code];
  auto it = std::lower_bound(codes_.begin(), codes_.end(), code);
  if (it == codes_.end() || *it != code) return 0;
  return static_cast<char16_t>(it - codes_.begin() + 1);
}

int GlyphWidths::width(char16_t code) const {
  if (code < low_limit) return low_.empty() ? fallback_ : low_[code];
  auto it = std::lower_bound(codes_.begin(), codes_.end(), code);
  if (it == codes_.end() || *it != code) return fallback_;
  return widths_[static_cast<std::size_t>(it - codes_.begin())];
}

long long GlyphWidths::text_width(std::string_view text) const {
  long long total = 0;
  for (std::size_t i = 0; i < text.size();) {
    // Valid UTF-8 of BMP code points only (checked when the call was recorded).
    const char32_t cp = text::next_code_point(text, i);
    total += width(static_cast<char16_t>(cp));
  }
  return total;
}

WidthArray plan_width_array(const GlyphWidths& widths) {
  // DW candidates: the three most common widths of the codes, and the fallback.
  std::vector<std::pair<int, int>> counts;  // (width, count)
  for (int w : widths.widths()) {
    auto it = std::find_if(counts.begin(), counts.end(), [w](const auto& c) { return c.first == w; });
    if (it == counts.end()) {
      counts.emplace_back(w, 1);
    } else {
      ++it->second;
    }
  }
  std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::vector<int> candidates;
  for (std::size_t i = 0; i < counts.size() && i < 3; ++i) candidates.push_back(counts[i].first);
  if (std::find(candidates.begin(), candidates.end(), widths.fallback()) == candidates.end()) {
    candidates.push_back(widths.fallback());
  }

  WidthArray best;
  std::size_t best_cost = std::numeric_limits<std::size_t>::max();
  std::vector<WidthEntry> entries;
  for (int dw : candidates) {
    const std::size_t cost = plan_for(widths, dw, entries);
    if (cost < best_cost) {
      best_cost = cost;
      best.dw = dw;
      best.entries = entries;
    }
  }
  return best;
}

std::size_t width_array_size(const GlyphWidths& widths, const WidthArray& array) {
  std::size_t size = 3;  // "[ " and "]"
  for (const WidthEntry& entry : array.entries) {
    if (entry.same) {
      size += digits(entry.first) + digits(entry.last) + digits(widths.width(entry.first)) + 3;
      continue;
    }
    size += digits(entry.first) + 5;
    for (unsigned cid = entry.first; cid <= entry.last; ++cid) size += digits(widths.width(static_cast<char16_t>(cid))) + 1;
  }
  return size;
}

}  // namespace thidua::pdf
