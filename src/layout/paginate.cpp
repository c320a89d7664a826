// First-fit pagination with backtracking to the last permitted break; linear in the items.
#include "layout/paginate.h"

#include <algorithm>
#include <utility>

namespace thidua::layout {

namespace {

constexpr double kEpsilon = 1e-6;

}  // namespace

Paginator::Paginator(double height, PageSink on_page, TooTallSink on_too_tall)
    : height_(height), on_page_(std::move(on_page)), on_too_tall_(std::move(on_too_tall)) {}

void Paginator::advance(const Flow& flow) {
  const auto n = static_cast<std::uint32_t>(flow.items.size());
  auto end_page = [&] {
    ++pages_;
    on_page_(page_);
    page_.placements.clear();
    y_ = 0;
    page_empty_ = true;
  };
  while (next_ < n) {
    const Item& item = flow.items[next_];
    if (page_empty_) {
      if (item.header >= 0) {
        const RepeatHeader& header = flow.headers[static_cast<std::size_t>(item.header)];
        page_.placements.push_back({true, static_cast<std::uint32_t>(item.header), 0});
        y_ = header.height;
      }
      // The first item of a page is never moved again, so each is reported once.
      if (y_ + item.height > height_ + kEpsilon) {
        on_too_tall_(item, item.header >= 0 ? flow.headers[static_cast<std::size_t>(item.header)].height : 0);
      }
      page_.placements.push_back({false, next_, y_});
      y_ += item.height;
      page_first_ = next_;
      page_empty_ = false;
      ++next_;
      continue;
    }
    if (item.page_break_before) {
      end_page();
      continue;
    }
    if (y_ + item.gap_before + item.height <= height_ + kEpsilon) {
      page_.placements.push_back({false, next_, y_ + item.gap_before});
      y_ += item.gap_before + item.height;
      ++next_;
      continue;
    }
    // Overflow: move back to the latest item after the page's first that may start a page.
    std::uint32_t j = next_;
    while (j > page_first_ && !flow.items[j].breakable_before) --j;
    if (j == page_first_) j = next_;  // nothing may break here: break at the overflow anyway
    while (!page_.placements.empty() && !page_.placements.back().header && page_.placements.back().index >= j) {
      page_.placements.pop_back();
    }
    next_ = j;
    end_page();
  }
}

void Paginator::finish(const Flow& flow) {
  advance(flow);
  // A document always has a page, even an empty one.
  if (!page_.placements.empty() || pages_ == 0) {
    ++pages_;
    on_page_(page_);
  }
  page_.placements.clear();
  page_empty_ = true;
}

void Paginator::rebase(std::uint32_t count) {
  next_ -= count;
  page_first_ -= std::min(page_first_, count);
  for (Placement& placement : page_.placements) {
    if (!placement.header) placement.index -= count;
  }
}

std::vector<Page> paginate(const Flow& flow, double height, std::vector<std::uint32_t>& too_tall) {
  std::vector<Page> pages;
  Paginator paginator(
      height, [&](const Page& page) { pages.push_back(page); },
      [&](const Item& item, double) { too_tall.push_back(static_cast<std::uint32_t>(&item - flow.items.data())); });
  paginator.finish(flow);
  return pages;
}

void drop_front(Flow& flow, std::uint32_t count) {
  if (count == 0) return;
  const std::uint32_t draws = count < flow.items.size() ? flow.items[count].draw_begin
                                                        : static_cast<std::uint32_t>(flow.draws.size());
  flow.items.erase(flow.items.begin(), flow.items.begin() + count);
  flow.draws.erase(flow.draws.begin(), flow.draws.begin() + draws);
  for (Item& item : flow.items) {
    item.draw_begin -= draws;
    item.draw_end -= draws;
  }
}

}  // namespace thidua::layout
