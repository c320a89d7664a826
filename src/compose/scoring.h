// The year-end scoring: totals, ranks and the units proposed for each reward, from the event's <results>.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/event.h"

namespace thidua::compose {

// One unit's line of the results table.
struct UnitResult {
  const model::Unit* unit = nullptr;
  std::vector<double> sections;  // the bloc's score per section, in the agreement's order
  double bonus = 0;              // the bonus points, all bonus criteria together
  double penalty = 0;            // the points taken away
  double total = 0;              // sections + bonus - penalty
  std::optional<int> votes;
  int rank = 0;         // 1 for the first; units sharing a rank share the number (1, 2, 2, 4)
  bool shares_rank = false;
};

// The units proposed for one reward.
struct Proposal {
  const model::Reward* reward = nullptr;
  std::vector<const UnitResult*> units;
  // Units that could not be proposed, and why (Vietnamese, for the documents): too few votes,
  // a tie at the last place.
  std::vector<std::string> notes;
};

// The ranking of a review.
struct Ranking {
  std::vector<UnitResult> rows;      // in rank order; units sharing a rank in the bloc's order
  std::vector<Proposal> proposals;   // one per reward, in the event's order
};

// The ranking of `event`'s results: by total, ties broken by the sections the event names
// (results tie=), else a shared rank; rewards given down the ranking to units with the votes
// they need. Empty when the event has no results.
Ranking rank_units(const model::Event& event);

// The ranking rule in words, for the documents: "Xếp hạng theo tổng điểm từ cao xuống thấp; …".
std::string ranking_rule(const model::Event& event);

// "ít nhất 5 phiếu" / "từ 50% số phiếu trở lên": what a reward needs; empty when nothing.
std::string votes_needed(const model::Reward& reward);

// One party's numeric target against what it achieved (for the target chart).
struct TargetResult {
  const model::Unit* unit = nullptr;
  std::string measure;  // "sáng kiến"
  double target = 0;
  double achieved = 0;
};

// The per-party numeric targets of the agreement that the results give an achievement for,
// in the bloc's order.
std::vector<TargetResult> target_results(const model::Event& event);

}  // namespace thidua::compose
