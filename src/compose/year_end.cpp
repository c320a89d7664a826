// The year-end papers as template data: score sheet, results (table, rule, proposals, charts),
// the review's minutes and the proposal for rewards. Scores are printed the Vietnamese way
// (98,5) and nothing is invented: a review date, a chair or a number not given is left as dots.
#include "compose/year_end.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "compose/article_values.h"
#include "compose/scoring.h"
#include "text/calendar.h"
#include "text/numbers.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

const std::string kDots = "……………";

std::string number(double value) { return text::vietnamese_number(value, 2); }

std::string year_of(const model::Event& event) { return std::to_string(event.year); }

// The papers' titles without their year, written into the PDF's metadata (and, for the score sheet and
// the results, printed on the page; the review and the proposal print their own headings).
constexpr const char* kScoresheetTitle = "BẢNG CHẤM ĐIỂM THI ĐUA";
constexpr const char* kResultsTitle = "KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA";
constexpr const char* kReviewTitle = "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA";
constexpr const char* kProposalTitle = "TỜ TRÌNH ĐỀ NGHỊ KHEN THƯỞNG THI ĐUA";

// A paper's title with the event's year: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2022".
std::string yearly_title(const model::Event& event, const char* title) {
  return std::string(title) + " NĂM " + year_of(event);
}

// "Khối" or "Cụm", "khối" or "cụm": how the documents name the bloc's kind in a column or a title.
std::string bloc_word(const model::Event& event, bool capital) {
  switch (event.bloc.kind) {
    case model::BlocKind::khoi: return capital ? "Khối" : "khối";
    case model::BlocKind::cum: return capital ? "Cụm" : "cụm";
    case model::BlocKind::union_body: break;
  }
  return capital ? "Ban Thường vụ" : "ban thường vụ";
}

// The place and a date to fill in by hand: "Khánh Hòa, ngày …… tháng …… năm 2022".
std::string blank_date_line(const model::Event& event) {
  return date_place(event) + ", ngày …… tháng …… năm " + year_of(event);
}

// The review's date line: its date when given, else one to fill in.
std::string review_date_line(const model::Event& event) {
  if (event.results && event.results->date) return date_place(event) + ", " + text::document_date(*event.results->date);
  return blank_date_line(event);
}

// The header of a year-end paper: the bloc issues it, dated at the review (or to fill in).
Data year_end_header(const model::Event& event, const std::string& number_line) {
  Data header = document_header(event, number_line);
  header.set("place_date", review_date_line(event));
  return header;
}

// Who signs for the bloc: the leader's signatory as khối trưởng / cụm trưởng; for a union's
// own review, its chair as chủ tịch.
Data bloc_signature(const model::Event& event) {
  Data signature;
  std::string authority;
  std::string title;
  std::string name;
  if (event.bloc.kind == model::BlocKind::union_body) {
    authority = "TM. BAN CHẤP HÀNH";
    title = "CHỦ TỊCH";
    if (event.results) name = event.results->chair.name;
  } else {
    authority = "TM. " + text::upper(model::bloc_kind_words(event.bloc.kind));
    title = event.bloc.kind == model::BlocKind::cum ? "CỤM TRƯỞNG" : "KHỐI TRƯỞNG";
    if (const model::Unit* leader = event.leader()) {
      if (leader->signatory) name = leader->signatory->name;
      signature.set("unit", text::upper(leader->name));
    }
  }
  signature.set("has_unit", event.bloc.kind != model::BlocKind::union_body && event.leader() != nullptr);
  signature.set("authority", authority);
  signature.set("title", title);
  signature.set("name", name);
  return signature;
}

std::string unit_label(const model::Unit& unit) { return unit.short_name.empty() ? unit.name : unit.short_name; }

// "4 (đồng hạng)" for a shared rank, "2" otherwise.
std::string rank_label(const UnitResult& row) {
  return std::to_string(row.rank) + (row.shares_rank ? " (đồng hạng)" : "");
}

// The text with each " - " tied to the word after it (a no-break space): a line of a narrow cell
// may start with "- nỗ lực" but never end with a lone dash, which readers take for a hyphen.
std::string tie_dashes(std::string text) {
  for (std::size_t at = text.find(" - "); at != std::string::npos; at = text.find(" - ", at + 1)) {
    text.replace(at, 3, " -\u00A0");
  }
  return text;
}

// The criteria rows of the score sheet: sections (bold), their items, bonus and penalty, the total.
Data criteria_rows(const model::Agreement& agreement) {
  Data rows{Data::type::list};
  auto row = [&](const std::string& numbering, const std::string& text, const std::string& rule,
                 const std::string& points, bool heading) {
    Data& r = append_object(rows);
    r.set("number", numbering);
    r.set("text", tie_dashes(text));
    r.set("has_rule", !rule.empty());
    r.set("rule", tie_dashes(rule));
    r.set("points", points);
    r.set("heading", heading);
  };
  for (std::size_t s = 0; s < agreement.sections.size(); ++s) {
    const model::Section& section = agreement.sections[s];
    row(roman_numeral(static_cast<int>(s) + 1), section.title, section.rule,
        section.max_points ? number(*section.max_points) : "", true);
    for (std::size_t i = 0; i < section.items.size(); ++i) {
      const model::Item& item = section.items[i];
      row(std::to_string(i + 1), item.text, item.rule, item.max_points ? number(*item.max_points) : "", false);
    }
  }
  double bonus = 0;
  for (const model::Adjustment& adjustment : agreement.bonuses) bonus += adjustment.points;
  if (!agreement.bonuses.empty()) {
    row("", "ĐIỂM THƯỞNG (cộng tối đa " + number(bonus) + " điểm)", "", "", true);
    for (std::size_t i = 0; i < agreement.bonuses.size(); ++i) {
      row(std::to_string(i + 1), agreement.bonuses[i].text, agreement.bonuses[i].rule,
          "+" + number(agreement.bonuses[i].points), false);
    }
  }
  double penalty = 0;
  for (const model::Adjustment& adjustment : agreement.penalties) penalty += adjustment.points;
  if (!agreement.penalties.empty()) {
    row("", "ĐIỂM TRỪ (trừ tối đa " + number(penalty) + " điểm)", "", "", true);
    for (std::size_t i = 0; i < agreement.penalties.size(); ++i) {
      row(std::to_string(i + 1), agreement.penalties[i].text, agreement.penalties[i].rule,
          "-" + number(agreement.penalties[i].points), false);
    }
  }
  return rows;
}

// "98.5" for the markup (a plain number with a decimal point).
std::string plain(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", std::max(0.0, value));
  std::string out = buffer;
  while (!out.empty() && out.back() == '0') out.pop_back();
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

// A bar chart's template data: ticks from 0 to `top`, one group per label.
Data chart_axis(double top) {
  Data ticks{Data::type::list};
  for (double value : axis_ticks(top)) {
    Data& tick = append_object(ticks);
    tick.set("value", plain(value));
    tick.set("text", number(value));
  }
  return ticks;
}

// The proposals as lists of units: {reward, votes_needed, units: {name, total, votes}, notes}.
Data proposals_data(const Ranking& ranking) {
  Data list{Data::type::list};
  for (const Proposal& proposal : ranking.proposals) {
    Data& item = append_object(list);
    item.set("reward", proposal.reward->name);
    item.set("count", std::to_string(proposal.reward->count));
    const std::string needed = votes_needed(*proposal.reward);
    item.set("has_votes_needed", !needed.empty());
    item.set("votes_needed", needed);
    Data units{Data::type::list};
    int n = 0;
    for (const UnitResult* row : proposal.units) {
      Data& unit = append_object(units);
      unit.set("number", std::to_string(++n));
      unit.set("name", row->unit->name);
      unit.set("total", number(row->total));
      unit.set("rank", std::to_string(row->rank));
      unit.set("has_votes", row->votes.has_value());
      unit.set("votes", row->votes ? std::to_string(*row->votes) : std::string());
    }
    item.set("has_units", n > 0);
    item.set("units", units);
    Data notes{Data::type::list};
    for (const std::string& note : proposal.notes) append_object(notes).set("text", note);
    item.set("has_notes", !proposal.notes.empty());
    item.set("notes", notes);
  }
  return list;
}

// The results table's columns and rows: units × sections, bonus, penalty, total, rank, votes.
void results_table(const model::Event& event, const Ranking& ranking, Data& data) {
  const model::Agreement& agreement = *event.agreement;
  Data heads{Data::type::list};
  for (std::size_t s = 0; s < agreement.sections.size(); ++s) {
    Data& head = append_object(heads);
    head.set("text", roman_numeral(static_cast<int>(s) + 1));
    head.set("max", "(" + number(agreement.sections[s].max_points.value_or(0)) + ")");
  }
  const bool bonus = !agreement.bonuses.empty();
  const bool penalty = !agreement.penalties.empty();
  const bool votes = event.results->voters.has_value();
  data.set("section_heads", heads);
  data.set("has_bonus", bonus);
  data.set("has_penalty", penalty);
  data.set("has_votes", votes);
  data.set("columns", std::to_string(agreement.sections.size() + 5 + (bonus ? 1 : 0) + (penalty ? 1 : 0) +
                                     (votes ? 1 : 0)));
  Data rows{Data::type::list};
  int n = 0;
  for (const UnitResult& row : ranking.rows) {
    Data& r = append_object(rows);
    r.set("number", std::to_string(++n));
    r.set("unit", row.unit->name);
    Data cells{Data::type::list};
    for (double value : row.sections) append_object(cells).set("text", number(value));
    r.set("cells", cells);
    r.set("bonus", number(row.bonus));
    r.set("penalty", row.penalty > 0 ? "-" + number(row.penalty) : std::string("0"));
    r.set("total", number(row.total));
    r.set("rank", rank_label(row));
    r.set("votes", row.votes ? std::to_string(*row.votes) : std::string());
  }
  data.set("rows", rows);
  Data legend{Data::type::list};
  for (std::size_t s = 0; s < agreement.sections.size(); ++s) {
    append_object(legend).set("text", roman_numeral(static_cast<int>(s) + 1) + ". " + agreement.sections[s].title +
                                          " (tối đa " + number(agreement.sections[s].max_points.value_or(0)) +
                                          " điểm)");
  }
  data.set("legend", legend);
}

// The units proposed for each reward: has_proposals and proposals.
void set_proposals(const Ranking& ranking, Data& data) {
  data.set("has_proposals", !ranking.proposals.empty());
  data.set("proposals", proposals_data(ranking));
}

// The outcome of the ranking: its rule, and the units proposed for each reward.
void set_outcome(const model::Event& event, const Ranking& ranking, Data& data) {
  data.set("rule", ranking_rule(event));
  set_proposals(ranking, data);
}

// The totals chart (one bar per unit, in rank order) and the targets chart, when there are targets.
void results_charts(const model::Event& event, const Ranking& ranking, Data& data) {
  double bonus = 0;
  for (const model::Adjustment& adjustment : event.agreement->bonuses) bonus += adjustment.points;
  const double top = event.agreement->scale.value_or(100) + bonus;
  data.set("totals_max", plain(axis_ticks(top).back()));
  data.set("totals_ticks", chart_axis(top));
  Data bars{Data::type::list};
  for (const UnitResult& row : ranking.rows) {
    Data& bar = append_object(bars);
    bar.set("label", unit_label(*row.unit));
    bar.set("value", plain(row.total));
    bar.set("text", number(row.total));
  }
  data.set("totals", bars);

  const std::vector<TargetResult> targets = target_results(event);
  data.set("has_targets", !targets.empty());
  double target_top = 0;
  for (const TargetResult& target : targets) target_top = std::max({target_top, target.target, target.achieved});
  const std::vector<double> ticks = axis_ticks(target_top);
  data.set("targets_max", plain(ticks.empty() ? target_top : ticks.back()));
  data.set("targets_ticks", chart_axis(target_top));
  data.set("targets_measure", targets.empty() ? std::string() : targets.front().measure);
  Data groups{Data::type::list};
  Data lines{Data::type::list};
  for (const TargetResult& target : targets) {
    Data& group = append_object(groups);
    group.set("label", unit_label(*target.unit));
    group.set("target", plain(target.target));
    group.set("target_text", number(target.target));
    group.set("achieved", plain(target.achieved));
    group.set("achieved_text", number(target.achieved));
    const double percent = target.target > 0 ? target.achieved / target.target * 100 : 0;
    append_object(lines).set("text", target.unit->name + ": chỉ tiêu " + number(target.target) + " " +
                                         target.measure + ", đạt " + number(target.achieved) + " (" +
                                         text::vietnamese_number(percent, 1) + "%)");
  }
  data.set("targets", groups);
  data.set("target_lines", lines);
}

// The PDF metadata of the paper titled `paper_title` (one of the titles above).
DocumentMeta meta_for(const model::Event& event, const char* paper_title) {
  const std::string title = yearly_title(event, paper_title);
  DocumentMeta info;
  info.title = title;
  info.subject = title + " - " + event.bloc.full_name;
  info.author = event.bloc.full_name;
  info.keywords = text::lower(title) + ", " + event.bloc.full_name + ", " + year_of(event);
  info.date = text::iso_date(event.results && event.results->date ? *event.results->date : event.date);
  return info;
}

}  // namespace

std::vector<double> axis_ticks(double top) {
  if (!(top > 0)) return {0, 1};
  const double magnitude = std::pow(10.0, std::floor(std::log10(top / 5)));
  double step = magnitude;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    step = factor * magnitude;
    if (top / step <= 5 + 1e-9) break;
  }
  std::vector<double> ticks;
  for (double value = 0; value < top + step - 1e-9; value += step) ticks.push_back(std::round(value * 1000) / 1000);
  return ticks;
}

std::vector<const model::Unit*> scoresheet_units(const model::Event& event, const std::string& unit_id, bool blank) {
  std::vector<const model::Unit*> units;
  if (blank) return units;
  for (const model::Unit& unit : event.units) {
    if (unit_id.empty() || unit.id == unit_id) units.push_back(&unit);
  }
  return units;
}

Data scoresheet_data(const model::Event& event, const std::vector<const model::Unit*>& units) {
  Data data;
  const model::Agreement& agreement = *event.agreement;
  data.set("title", yearly_title(event, kScoresheetTitle));
  data.set("bloc", event.bloc.full_name);
  data.set("bloc_column", bloc_word(event, true) + " chấm");
  data.set("scale", number(agreement.scale.value_or(100)));
  Data sheets{Data::type::list};
  auto add_sheet = [&](const model::Unit* unit) {
    Data& sheet = append_object(sheets);
    Data header = document_header(event, "");
    header.set("place_date", blank_date_line(event));
    header.set("issuer", text::upper(unit != nullptr ? unit->name : event.bloc.full_name));
    header.set("parent", text::upper(event.bloc.full_name));
    header.set("issuer_lines", unit != nullptr ? upper_lines(unit->name, unit->name_lines)
                                               : upper_lines(event.bloc.full_name, event.bloc.full_name_lines));
    header.set("parent_lines", upper_lines(event.bloc.full_name, event.bloc.full_name_lines));
    sheet.set("header", header);
    sheet.set("first", sheets.list_value().size() == 1);
    sheet.set("unit", unit != nullptr ? unit->name : kDots + kDots + kDots);
    sheet.set("rows", criteria_rows(agreement));
    const bool named = unit != nullptr && unit->signatory && !unit->signatory->name.empty();
    sheet.set("unit_authority", named && !unit->signatory->authority.empty() ? unit->signatory->authority
                                                                             : std::string("TM. BAN CHẤP HÀNH"));
    sheet.set("unit_title", named ? text::upper(unit->signatory->title) : std::string("CHỦ TỊCH"));
    sheet.set("unit_signer", named ? unit->signatory->name : std::string());
    sheet.set("bloc_signature", bloc_signature(event));
  };
  if (units.empty()) add_sheet(nullptr);
  for (const model::Unit* unit : units) add_sheet(unit);
  data.set("sheets", sheets);
  return data;
}

DocumentMeta scoresheet_meta(const model::Event& event) {
  return meta_for(event, kScoresheetTitle);
}

Data results_data(const model::Event& event) {
  Data data;
  const Ranking ranking = rank_units(event);
  data.set("header", year_end_header(event, ""));
  data.set("title", yearly_title(event, kResultsTitle));
  data.set("bloc", event.bloc.full_name);
  data.set("bloc_column", bloc_word(event, true) + " chấm");
  results_table(event, ranking, data);
  set_outcome(event, ranking, data);
  results_charts(event, ranking, data);
  data.set("signature", bloc_signature(event));
  return data;
}

DocumentMeta results_meta(const model::Event& event) {
  return meta_for(event, kResultsTitle);
}

Data review_data(const model::Event& event) {
  Data data;
  const Ranking ranking = rank_units(event);
  const model::Results& results = *event.results;
  data.set("header", year_end_header(event, ""));
  data.set("meeting", "Họp bình xét thi đua năm " + year_of(event));
  data.set("meeting_lower", "cuộc họp");
  std::string opening = "Hôm nay, ";
  opening += results.date ? text::document_date(*results.date) : "ngày …… tháng …… năm " + year_of(event);
  opening += ", " + event.bloc.full_name + " tổ chức họp bình xét thi đua năm " + year_of(event) + ".";
  data.set("opening", opening);
  auto person = [](const model::Person& p) {
    if (p.name.empty()) return kDots;
    return "đồng chí " + p.name + (p.title.empty() ? std::string() : " - " + p.title);
  };
  data.set("chair_line", person(results.chair));
  data.set("secretary_line", person(results.secretary));
  data.set("chair", results.chair.name.empty() ? kDots : results.chair.name);
  data.set("secretary", results.secretary.name.empty() ? kDots : results.secretary.name);
  data.set("units_line", "Đại diện " + std::to_string(ranking.rows.size()) + "/" + std::to_string(event.units.size()) +
                             " đơn vị thành viên của " + event.bloc.full_name + ".");
  data.set("agreement", "Giao ước thi đua năm " + year_of(event) + " của " + event.bloc.full_name);
  data.set("scale", number(event.agreement->scale.value_or(100)));
  Data rows{Data::type::list};
  int n = 0;
  for (const UnitResult& row : ranking.rows) {
    Data& r = append_object(rows);
    r.set("number", std::to_string(++n));
    r.set("unit", row.unit->name);
    r.set("total", number(row.total));
    r.set("rank", rank_label(row));
    r.set("votes", row.votes ? std::to_string(*row.votes) + "/" + std::to_string(*results.voters) : std::string());
  }
  data.set("rows", rows);
  data.set("has_votes", results.voters.has_value());
  data.set("voters", results.voters ? std::to_string(*results.voters) : std::string());
  set_outcome(event, ranking, data);
  return data;
}

DocumentMeta review_meta(const model::Event& event) {
  return meta_for(event, kReviewTitle);
}

Data proposal_data(const model::Event& event) {
  Data data;
  const Ranking ranking = rank_units(event);
  data.set("header", year_end_header(event, "Số: " + kDots + "/TTr"));
  data.set("subject", "Về việc đề nghị khen thưởng thi đua năm " + year_of(event));
  data.set("upper", event.upper.name);
  data.set("bloc", event.bloc.full_name);
  data.set("year", year_of(event));
  std::vector<std::string> bases;
  bases.push_back("Căn cứ Giao ước thi đua năm " + year_of(event) + " của " + event.bloc.full_name);
  if (event.agreement && !event.agreement->bases.empty()) bases.insert(bases.begin(), event.agreement->bases.front());
  bases.push_back("Căn cứ kết quả chấm điểm và Biên bản họp bình xét thi đua năm " + year_of(event) + " của " +
                  event.bloc.full_name +
                  (event.results->date ? " ngày " + text::slash_date(*event.results->date) : std::string()));
  data.set("bases", punctuated_list(bases));
  set_proposals(ranking, data);
  data.set("scale", number(event.agreement->scale.value_or(100)));
  data.set("signature", bloc_signature(event));
  data.set("recipients", punctuated_list({"Như trên", "Các đơn vị thành viên " + bloc_word(event, false), "Lưu: VT"}));
  return data;
}

DocumentMeta proposal_meta(const model::Event& event) {
  return meta_for(event, kProposalTitle);
}

}  // namespace thidua::compose
