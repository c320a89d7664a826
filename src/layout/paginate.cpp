// First-fit pagination with backtracking to the last permitted break; linear in the items.
#include "layout/paginate.h"

namespace thidua::layout {

namespace {

constexpr double kEpsilon = 1e-6;

}  // namespace

std::vector<Page> paginate(const Flow& flow, double height, std::vector<std::uint32_t>& too_tall) {
  std::vector<Page> pages(1);
  const auto n = static_cast<std::uint32_t>(flow.items.size());
  double y = 0;
  std::uint32_t page_first = 0;  // first item on the current page
  bool page_empty = true;
  std::uint32_t i = 0;
  auto new_page = [&] {
    pages.emplace_back();
    y = 0;
    page_empty = true;
  };
  while (i < n) {
    const Item& item = flow.items[i];
    Page& page = pages.back();
    if (page_empty) {
      if (item.header >= 0) {
        const RepeatHeader& header = flow.headers[static_cast<std::size_t>(item.header)];
        page.placements.push_back({true, static_cast<std::uint32_t>(item.header), 0});
        y = header.height;
      }
      // The first item of a page is never moved again, so each is reported once.
      if (y + item.height > height + kEpsilon) too_tall.push_back(i);
      page.placements.push_back({false, i, y});
      y += item.height;
      page_first = i;
      page_empty = false;
      ++i;
      continue;
    }
    if (item.page_break_before) {
      new_page();
      continue;
    }
    if (y + item.gap_before + item.height <= height + kEpsilon) {
      page.placements.push_back({false, i, y + item.gap_before});
      y += item.gap_before + item.height;
      ++i;
      continue;
    }
    // Overflow: move back to the latest item after the page's first that may start a page.
    std::uint32_t j = i;
    while (j > page_first && !flow.items[j].breakable_before) --j;
    if (j == page_first) j = i;  // nothing may break here: break at the overflow anyway
    while (!page.placements.empty() && !page.placements.back().header && page.placements.back().index >= j) {
      page.placements.pop_back();
    }
    new_page();
    i = j;
  }
  if (pages.back().placements.empty() && pages.size() > 1) pages.pop_back();
  return pages;
}

}  // namespace thidua::layout
