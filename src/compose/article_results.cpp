// The article's part about the year-end review: the reports' wording ("… dẫn đầu khối với 98,5
// điểm"), the proposals, a horizontal bar chart as inline SVG and the same figures as a plain table.
#include "compose/article_results.h"

#include <cstdio>

#include "compose/document_data.h"
#include "compose/scoring.h"
#include "text/numbers.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

std::string number(double value) { return text::vietnamese_number(value, 2); }

// A coordinate for the SVG, to 0.1 px.
std::string px(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string out = buffer;
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  return out;
}

// " khối", " cụm" or "": what the leading unit leads.
std::string led_group(const model::Event& event) {
  switch (event.bloc.kind) {
    case model::BlocKind::khoi: return " khối";
    case model::BlocKind::cum: return " cụm";
    case model::BlocKind::union_body: break;
  }
  return "";
}

// "Kết quả, Công đoàn Viên chức tỉnh Khánh Hòa dẫn đầu khối với 98,5 điểm; tiếp theo là …".
std::string results_sentence(const model::Event& event, const Ranking& ranking) {
  std::vector<std::string> leaders;
  std::size_t i = 0;
  for (; i < ranking.rows.size() && ranking.rows[i].rank == 1; ++i) leaders.push_back(ranking.rows[i].unit->name);
  const std::string total = number(ranking.rows.front().total);
  std::string sentence = "Kết quả, " + text::join_list(leaders) + (leaders.size() > 1 ? " cùng dẫn đầu" : " dẫn đầu") +
                         led_group(event) + " với " + total + " điểm";
  std::vector<std::string> next;
  for (; i < ranking.rows.size() && next.size() < 2; ++i) {
    next.push_back(ranking.rows[i].unit->name + " (" + number(ranking.rows[i].total) + " điểm)");
  }
  if (!next.empty()) sentence += "; tiếp theo là " + text::join_list(next);
  return sentence + ".";
}

// "Hội nghị thống nhất đề nghị tặng Cờ thi đua … cho …; Bằng khen … cho … và …."
std::string proposal_sentence(const Ranking& ranking) {
  std::vector<std::string> parts;
  for (const Proposal& proposal : ranking.proposals) {
    if (proposal.units.empty()) continue;
    std::vector<std::string> names;
    for (const UnitResult* row : proposal.units) names.push_back(row->unit->name);
    parts.push_back(proposal.reward->name + " cho " + text::join_list(names));
  }
  if (parts.empty()) return "";
  std::string sentence = "Hội nghị thống nhất đề nghị tặng ";
  for (std::size_t k = 0; k < parts.size(); ++k) sentence += (k == 0 ? "" : "; ") + parts[k];
  return sentence + ".";
}

}  // namespace

void set_results(Data& data, const model::Event& event) {
  const Ranking ranking = rank_units(event);
  data.set("has_results", !ranking.rows.empty());
  if (ranking.rows.empty()) return;
  data.set("results_sentence", results_sentence(event, ranking));
  const std::string proposals = proposal_sentence(ranking);
  data.set("has_proposal_sentence", !proposals.empty());
  data.set("proposal_sentence", proposals);
  data.set("results_rule", ranking_rule(event));
  data.set("results_scale", number(event.agreement->scale.value_or(100)));

  // A horizontal bar per unit, in rank order: the names need room, which rows give them.
  constexpr double width = 640;
  constexpr double label_width = 250;
  constexpr double value_width = 50;
  constexpr double row_height = 28;
  constexpr double bar_height = 18;
  constexpr double top = 8;
  double bonus = 0;
  for (const model::Adjustment& adjustment : event.agreement->bonuses) bonus += adjustment.points;
  const double scale = event.agreement->scale.value_or(100) + bonus;
  const double bar_room = width - label_width - 8 - value_width;
  Data bars{Data::type::list};
  Data rows{Data::type::list};
  double y = top;
  for (const UnitResult& row : ranking.rows) {
    const double length = std::max(0.0, row.total) / scale * bar_room;
    Data& bar = append_object(bars);
    bar.set("label", row.unit->short_name.empty() ? row.unit->name : row.unit->short_name);
    bar.set("label_x", px(label_width));
    bar.set("text_y", px(y + bar_height / 2 + 5));
    bar.set("x", px(label_width + 8));
    bar.set("y", px(y));
    bar.set("width", px(length));
    bar.set("height", px(bar_height));
    bar.set("value_x", px(label_width + 8 + length + 6));
    bar.set("value", number(row.total));
    y += row_height;
    Data& line = append_object(rows);
    line.set("rank", std::to_string(row.rank));
    line.set("unit", row.unit->name);
    line.set("total", number(row.total));
    line.set("has_votes", row.votes.has_value());
    line.set("votes", row.votes ? std::to_string(*row.votes) : std::string());
  }
  data.set("results_bars", bars);
  data.set("results_rows", rows);
  data.set("results_has_votes", event.results->voters.has_value());
  data.set("svg_width", px(width));
  data.set("svg_height", px(y + top - (row_height - bar_height)));
}

}  // namespace thidua::compose
