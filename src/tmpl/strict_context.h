// A kainjow rendering context that records every failed lookup, so unknown names become errors.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "tmpl/template_set.h"

namespace thidua::tmpl {

// Thrown through kainjow to stop a render that exceeds a limit (the output's size, or
// max_render_lookups lookups).
struct RenderStopped {};

// Looks names up like kainjow's own context, but tag names arrive as "name@SITE" (see
// TemplateSet) so each failed lookup is tied to the exact tag that made it.
class StrictContext : public kainjow::mustache::basic_context<std::string> {
 public:
  using data = kainjow::mustache::data;

  // A problem found while rendering: which tag, and what is wrong.
  struct Problem {
    std::size_t site = 0;
    std::string message;
  };

  // A context whose outermost frame is `root`; `sites` resolves the SITE numbers.
  StrictContext(const data* root, const std::vector<Site>& sites);

  // Enters a section's frame.
  void push(const data* frame) override;
  // Leaves the innermost frame.
  void pop() override;
  // Looks a tagged name up from the innermost frame outwards; records a problem when it fails.
  const data* get(const std::string& tagged_name) const override;
  // Partials are inlined before parsing, so any partial lookup is a bug: returns nullptr.
  const data* get_partial(const std::string& name) const override;

  // The site of the lookup that exceeded max_render_lookups (after RenderStopped).
  std::size_t stopped_at() const { return stopped_at_; }
  // True when the render was stopped because its output would exceed max_output_bytes.
  bool output_overflow() const { return output_overflow_; }

  // Every problem found, each tag reported once, in the order met.
  const std::vector<Problem>& problems() const { return problems_; }

 private:
  const data* lookup(const std::string& name) const;
  void report(std::size_t site, std::string message) const;

  std::vector<const data*> frames_;  // innermost last
  const std::vector<Site>& sites_;
  mutable std::vector<Problem> problems_;
  mutable std::set<std::size_t> reported_;
  mutable std::uint64_t lookups_ = 0;
  mutable std::size_t stopped_at_ = 0;
  // An upper bound of the output so far, kept before kainjow writes it: kainjow holds a whole
  // line in memory before handing it on, so the output itself is seen too late.
  mutable std::uint64_t output_bound_ = 0;
  mutable bool output_overflow_ = false;
  mutable std::size_t pending_site_ = SIZE_MAX;  // the section the next push enters
  std::vector<std::size_t> pushed_sites_;
};

}  // namespace thidua::tmpl
