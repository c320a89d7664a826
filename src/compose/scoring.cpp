// The year-end scoring: totals, ranks, proposals, and the ranking rule in words.
#include "compose/scoring.h"

#include <algorithm>
#include <cmath>

#include "compose/document_data.h"
#include "text/numbers.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

// Scores are entered to tenths or hundredths; sums of them are compared to 0.001 point.
int compare_points(double a, double b) {
  if (std::fabs(a - b) < 1e-6) return 0;
  return a < b ? -1 : 1;
}

// < 0 when `a` ranks above `b`, 0 when they share a rank.
int compare_results(const UnitResult& a, const UnitResult& b, const std::vector<std::size_t>& tie_sections) {
  if (int c = compare_points(b.total, a.total)) return c;
  for (std::size_t section : tie_sections) {
    if (int c = compare_points(b.sections[section], a.sections[section])) return c;
  }
  return 0;
}

bool has_votes_needed(const model::Reward& reward, const UnitResult& row, int voters) {
  if (reward.min_votes) return row.votes && *row.votes >= *reward.min_votes;
  if (reward.min_votes_percent) return row.votes && *row.votes * 100.0 >= *reward.min_votes_percent * voters - 1e-9;
  return true;
}

std::string unit_label(const model::Unit& unit) { return unit.short_name.empty() ? unit.name : unit.short_name; }

}  // namespace

Ranking rank_units(const model::Event& event) {
  Ranking ranking;
  if (!event.results || !event.agreement) return ranking;
  const model::Results& results = *event.results;
  const model::Agreement& agreement = *event.agreement;
  for (const model::Unit& unit : event.units) {
    const model::UnitScores* scores = results.find(unit.id);
    if (scores == nullptr) continue;
    UnitResult row;
    row.unit = &unit;
    row.sections.assign(agreement.sections.size(), 0);
    row.votes = scores->votes;
    for (const model::Score& score : scores->scores) {
      switch (score.criterion.kind) {
        case model::Criterion::Kind::section: row.sections[score.criterion.index] += score.value; break;
        case model::Criterion::Kind::bonus: row.bonus += score.value; break;
        case model::Criterion::Kind::penalty: row.penalty += score.value; break;
      }
    }
    double total = row.bonus - row.penalty;
    for (double value : row.sections) total += value;
    row.total = std::round(total * 1000) / 1000;  // no 97.49999999 from adding tenths
    ranking.rows.push_back(std::move(row));
  }
  // Stable: units sharing a rank keep the bloc's order.
  std::stable_sort(ranking.rows.begin(), ranking.rows.end(), [&](const UnitResult& a, const UnitResult& b) {
    return compare_results(a, b, results.tie_sections) < 0;
  });
  for (std::size_t i = 0; i < ranking.rows.size(); ++i) {
    UnitResult& row = ranking.rows[i];
    const bool same_as_previous = i > 0 && compare_results(ranking.rows[i - 1], row, results.tie_sections) == 0;
    row.rank = same_as_previous ? ranking.rows[i - 1].rank : static_cast<int>(i) + 1;
    if (same_as_previous) {
      row.shares_rank = true;
      ranking.rows[i - 1].shares_rank = true;
    }
  }

  std::vector<bool> proposed(ranking.rows.size(), false);
  const int voters = results.voters.value_or(0);
  for (const model::Reward& reward : results.rewards) {
    Proposal proposal;
    proposal.reward = &reward;
    for (std::size_t i = 0; i < ranking.rows.size(); ++i) {
      if (proposed[i]) continue;
      const UnitResult& row = ranking.rows[i];
      const bool full = static_cast<int>(proposal.units.size()) >= reward.count;
      if (full) {
        // A unit sharing the rank of the last one proposed cannot be told apart by the rule.
        if (!proposal.units.empty() && proposal.units.back()->rank == row.rank) {
          proposal.notes.push_back(unit_label(*row.unit) + " bằng điểm với " + unit_label(*proposal.units.back()->unit) +
                                   " ở vị trí cuối cùng được đề nghị; hội nghị bình xét quyết định.");
        }
        continue;
      }
      if (!has_votes_needed(reward, row, voters)) {
        proposal.notes.push_back(unit_label(*row.unit) + " chưa đạt số phiếu cần thiết (" + votes_needed(reward) + ").");
        continue;
      }
      proposal.units.push_back(&row);
      proposed[i] = true;
    }
    ranking.proposals.push_back(std::move(proposal));
  }
  return ranking;
}

std::string ranking_rule(const model::Event& event) {
  std::string rule = "Xếp hạng theo tổng điểm từ cao xuống thấp";
  if (event.agreement && (!event.agreement->bonuses.empty() || !event.agreement->penalties.empty())) {
    rule += " (điểm các nội dung";
    if (!event.agreement->bonuses.empty()) rule += ", cộng điểm thưởng";
    if (!event.agreement->penalties.empty()) rule += ", trừ điểm trừ";
    rule += ")";
  }
  rule += "; ";
  if (event.results && !event.results->tie_sections.empty()) {
    std::vector<std::string> numerals;
    for (std::size_t section : event.results->tie_sections) numerals.push_back(roman_numeral(static_cast<int>(section) + 1));
    rule += "đơn vị bằng tổng điểm thì đơn vị có điểm nội dung " + text::join_list(numerals, "rồi nội dung") +
            " cao hơn xếp trên; nếu vẫn bằng nhau thì xếp đồng hạng.";
  } else {
    rule += "đơn vị bằng tổng điểm thì xếp đồng hạng.";
  }
  return rule;
}

std::string votes_needed(const model::Reward& reward) {
  if (reward.min_votes) return "ít nhất " + std::to_string(*reward.min_votes) + " phiếu";
  if (reward.min_votes_percent) return "từ " + text::vietnamese_number(*reward.min_votes_percent) + "% số phiếu trở lên";
  return "";
}

std::vector<TargetResult> target_results(const model::Event& event) {
  std::vector<TargetResult> out;
  if (!event.results || !event.agreement) return out;
  for (const model::Unit& unit : event.units) {
    for (const model::Achievement& achieved : event.results->achieved) {
      if (achieved.unit_id != unit.id) continue;
      for (const model::Section& section : event.agreement->sections) {
        for (const model::Item& item : section.items) {
          for (const model::Target& target : item.targets) {
            if (target.party_id != unit.id || target.quantity.empty() || target.quantity.back() == '%') continue;
            if (!achieved.measure.empty() && achieved.measure != target.measure) continue;
            const std::optional<double> quantity = text::parse_vietnamese_number(target.quantity);
            if (!quantity) continue;
            out.push_back(TargetResult{&unit, target.measure, *quantity, achieved.quantity});
          }
        }
      }
    }
  }
  return out;
}

}  // namespace thidua::compose
