// Step 5, paginate: the flow's items -> pages, honouring keeps, widows, orphans and page breaks.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "layout/flow.h"

namespace thidua::layout {

// One item (or a repeated table header) at `y` below the top of the text area.
struct Placement {
  bool header = false;       // true: `index` is into Flow::headers
  std::uint32_t index = 0;   // into Flow::items or Flow::headers
  double y = 0;
};

// The placements of one page, top to bottom.
struct Page {
  std::vector<Placement> placements;
};

// Cuts a flow into pages whose text area is `height` tall, as the items arrive. Each page is
// filled while items fit; on overflow the page ends before the latest item that may start a
// page, or, when nothing on the page may (a keep chain longer than a page), at the
// overflowing item. A page is handed on as soon as it is complete, so the items before the
// current page can be dropped from the flow (rebase()) while the rest is still being built.
class Paginator {
 public:
  // Receives each complete page, in order; its placements index the flow as it is then.
  using PageSink = std::function<void(const Page&)>;
  // Receives each item taller than a whole page (it is placed anyway), once.
  using TooTallSink = std::function<void(const Item&, double header_height)>;

  Paginator(double height, PageSink on_page, TooTallSink on_too_tall);

  // Places the items of `flow` not yet placed; hands on the pages they complete.
  void advance(const Flow& flow);
  // Places the rest and hands on the last page.
  void finish(const Flow& flow);
  // The first item a later page may still use: items before it can be dropped.
  std::uint32_t first_needed() const { return page_empty_ ? next_ : page_first_; }
  // Says that the first `count` items (all before first_needed()) were dropped from the flow.
  void rebase(std::uint32_t count);

 private:
  double height_;
  PageSink on_page_;
  TooTallSink on_too_tall_;
  Page page_;
  double y_ = 0;
  std::uint32_t next_ = 0;        // the next item to place
  std::uint32_t page_first_ = 0;  // the first item on the current page
  bool page_empty_ = true;
  int pages_ = 0;  // pages handed on so far
};

// The whole flow cut into pages at once (Paginator); indices of items taller than a page
// go to `too_tall`.
std::vector<Page> paginate(const Flow& flow, double height, std::vector<std::uint32_t>& too_tall);

// Drops the first `count` items of `flow` and the draws only they use.
void drop_front(Flow& flow, std::uint32_t count);

}  // namespace thidua::layout
