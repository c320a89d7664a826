// Scoring: the criteria's points on <agreement> (sections, items, bonus and penalty) and the
// year-end <results> (scores, votes, rewards, achievements), with the checks that keep a total
// or a rank from ever being silently wrong.
#include <cmath>
#include <set>

#include "load/context.h"
#include "text/numbers.h"
#include "i18n/i18n.h"

namespace thidua::load {

namespace {

const ElementSpec& spec(std::string_view name) { return *element_spec(name); }

std::string number_text(double value) { return text::vietnamese_number(value); }

// Scores are compared to 0.001 point: "28,5" entered is 28.5 exactly, but sums of tenths are not.
bool above(double value, double limit) { return value > limit + 1e-6; }

// A number written the Vietnamese way (or with a decimal point); reports anything else.
std::optional<double> parse_number(LoadContext& ctx, const Value& value, const char* what) {
  if (!value) return std::nullopt;
  const std::optional<double> number = text::parse_vietnamese_number(value.text);
  if (!number) {
    ctx.diags.error(value.where, tr("%1$s '%2$s' is not a number (e.g. 10 or 2,5)", _(what), value.text));
  }
  return number;
}

// The maximum score in points= (a positive number).
std::optional<double> parse_points(LoadContext& ctx, const Value& value) {
  const std::optional<double> points = parse_number(ctx, value, N_("points"));
  if (points && !(*points > 0)) {
    ctx.diags.error(value.where, tr("points '%1$s' must be more than 0", value.text));
    return std::nullopt;
  }
  return points;
}

const char* const kRomans[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"};

// "II" for section 2, as the documents number sections (Arabic beyond XV).
std::string roman(std::size_t number) { return number <= 15 ? kRomans[number - 1] : std::to_string(number); }

// The section a score or a tie rule names: "I", "II" (as printed) or "1", "2"; 0-based.
std::optional<std::size_t> section_index(const std::string& text, std::size_t count) {
  std::size_t number = 0;
  if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos && text.size() < 4) {
    number = static_cast<std::size_t>(std::stoi(text));
  } else {
    for (std::size_t n = 1; n <= count && n <= 15; ++n) {
      if (text == kRomans[n - 1]) number = n;
    }
  }
  if (number == 0 || number > count) return std::nullopt;
  return number - 1;
}

model::Adjustment read_adjustment(LoadContext& ctx, pugi::xml_node element, std::size_t number) {
  ctx.xml.check_structure(element, spec(element.name()));
  model::Adjustment adjustment;
  adjustment.where = ctx.xml.element_loc(element);
  const Value text = ctx.xml.text(element);
  const Value rule = ctx.xml.attr(element, "rule");
  adjustment.text = text.text;
  adjustment.rule = rule.text;
  adjustment.points = parse_points(ctx, ctx.xml.attr(element, "points")).value_or(0);
  const std::string label = "agreement " + std::string(element.name()) + " " + std::to_string(number);
  ctx.origin(label, text);
  ctx.origin(label + " rule", rule);
  return adjustment;
}

// The votes of a unit, or the least votes of a reward: a whole number.
std::optional<int> parse_votes(LoadContext& ctx, const Value& value) {
  return parse_int_value(ctx, value, N_("votes"), 0, 100000, "7");
}

model::Reward read_reward(LoadContext& ctx, pugi::xml_node element, std::size_t number) {
  ctx.xml.check_structure(element, spec("reward"));
  model::Reward reward;
  reward.where = ctx.xml.element_loc(element);
  const Value name = ctx.xml.text(element);
  reward.name = name.text;
  ctx.origin("results reward " + std::to_string(number), name);
  reward.count = parse_int_value(ctx, ctx.xml.attr(element, "count"), N_("count"), 1, 1000, "2").value_or(1);
  Value votes = ctx.xml.attr(element, "votes");
  if (votes && votes.text.back() == '%') {
    votes.text.pop_back();
    const std::optional<double> percent = parse_number(ctx, votes, N_("votes"));
    if (percent && (*percent <= 0 || *percent > 100)) {
      ctx.diags.error(votes.where, tr("votes '%1$s%%' is not a share between 1%% and 100%%", votes.text));
    } else {
      reward.min_votes_percent = percent;
    }
  } else {
    reward.min_votes = parse_votes(ctx, votes);
  }
  return reward;
}

model::UnitScores read_unit_scores(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec("scores"));
  model::UnitScores unit;
  unit.where = ctx.xml.element_loc(element);
  const Value id = ctx.xml.attr(element, "unit");
  unit.unit_id = id.text;
  if (id) ctx.unit_refs.push_back({id.text, id.where, tr("attribute '%1$s'", "unit")});
  unit.votes = parse_votes(ctx, ctx.xml.attr(element, "votes"));
  const std::size_t sections = ctx.event.agreement ? ctx.event.agreement->sections.size() : 0;
  const std::size_t bonuses = ctx.event.agreement ? ctx.event.agreement->bonuses.size() : 0;
  const std::size_t penalties = ctx.event.agreement ? ctx.event.agreement->penalties.size() : 0;
  for (pugi::xml_node child : element.children("score")) {
    ctx.xml.check_structure(child, spec("score"));
    model::Score score;
    score.where = ctx.xml.element_loc(child);
    const Value section = ctx.xml.attr(child, "section");
    const Value bonus = ctx.xml.attr(child, "bonus");
    const Value penalty = ctx.xml.attr(child, "penalty");
    const int named = static_cast<int>(bool(section)) + static_cast<int>(bool(bonus)) + static_cast<int>(bool(penalty));
    if (named != 1) {
      ctx.diags.error(score.where, _("a <score> names what it is for once: give one of section=, bonus= or penalty="));
      continue;
    }
    const Value& which = section ? section : bonus ? bonus : penalty;
    const std::size_t count = section ? sections : bonus ? bonuses : penalties;
    const std::optional<std::size_t> index = section_index(which.text, count);
    if (!index) {
      ctx.diags.error(which.where,
                      section ? tr("the agreement has no section '%1$s' (it has %2$d; write I, II, … or 1, 2, …)",
                                   which.text, count)
                      : bonus ? tr("the agreement has no bonus criterion '%1$s' (it has %2$d <bonus>)", which.text, count)
                              : tr("the agreement has no penalty criterion '%1$s' (it has %2$d <penalty>)", which.text,
                                   count));
      continue;
    }
    score.criterion.kind = section ? model::Criterion::Kind::section
                           : bonus ? model::Criterion::Kind::bonus
                                   : model::Criterion::Kind::penalty;
    score.criterion.index = *index;
    const Value value = ctx.xml.text(child);
    const std::optional<double> number = parse_number(ctx, value, N_("score"));
    // An unreadable score is reported once; NaN keeps it counted as given (no "missing" after it).
    score.value = number.value_or(std::nan(""));
    score.where = value.where;
    unit.scores.push_back(score);
  }
  return unit;
}

model::Achievement read_achievement(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec("achieved"));
  model::Achievement achieved;
  const Value id = ctx.xml.attr(element, "unit");
  const Value measure = ctx.xml.attr(element, "measure");
  const Value quantity = ctx.xml.text(element);
  achieved.unit_id = id.text;
  achieved.measure = measure.text;
  achieved.where = quantity ? quantity.where : ctx.xml.element_loc(element);
  if (id) ctx.unit_refs.push_back({id.text, id.where, tr("attribute '%1$s'", "unit")});
  const std::optional<double> number = parse_number(ctx, quantity, N_("quantity"));
  if (number && *number < 0) ctx.diags.error(quantity.where, tr("quantity '%1$s' is negative", quantity.text));
  achieved.quantity = number.value_or(0);
  return achieved;
}

// The sum of the points of a section's items, when they carry any.
std::optional<double> items_points(const model::Section& section) {
  std::optional<double> sum;
  for (const model::Item& item : section.items) {
    if (item.max_points) sum = sum.value_or(0) + *item.max_points;
  }
  return sum;
}

}  // namespace

void read_criterion_points(LoadContext& ctx, pugi::xml_node element, std::optional<double>& points,
                           std::string& rule, const std::string& label) {
  points = parse_points(ctx, ctx.xml.attr(element, "points"));
  const Value rule_value = ctx.xml.attr(element, "rule");
  rule = rule_value.text;
  ctx.origin(label + " rule", rule_value);
}

void read_adjustments(LoadContext& ctx, pugi::xml_node element, model::Agreement& agreement) {
  if (std::string_view(element.name()) == "bonus") {
    agreement.bonuses.push_back(read_adjustment(ctx, element, agreement.bonuses.size() + 1));
  } else {
    agreement.penalties.push_back(read_adjustment(ctx, element, agreement.penalties.size() + 1));
  }
}

void read_results(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec("results"));
  model::Results results;
  results.where = ctx.xml.element_loc(element);
  if (const Value date = ctx.xml.attr(element, "date")) results.date = parse_date_value(ctx, date);
  results.voters = parse_int_value(ctx, ctx.xml.attr(element, "voters"), N_("voters"), 1, 100000, "9");
  const std::size_t sections = ctx.event.agreement ? ctx.event.agreement->sections.size() : 0;
  if (const Value tie = ctx.xml.attr(element, "tie")) {
    // "I" or "I II": the sections that break a tie on the total, in order.
    std::size_t start = 0;
    while (start < tie.text.size()) {
      std::size_t stop = tie.text.find(' ', start);
      if (stop == std::string::npos) stop = tie.text.size();
      const std::string word = tie.text.substr(start, stop - start);
      if (const std::optional<std::size_t> index = section_index(word, sections)) {
        results.tie_sections.push_back(*index);
      } else if (!word.empty()) {
        ctx.diags.error(tie.where, tr("tie= names section '%1$s', which the agreement does not have (it has %2$d)",
                                      word, sections));
      }
      start = stop + 1;
    }
  }
  for (pugi::xml_node child : element.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (name == "reward") {
      results.rewards.push_back(read_reward(ctx, child, results.rewards.size() + 1));
    } else if (name == "scores") {
      results.units.push_back(read_unit_scores(ctx, child));
    } else if (name == "achieved") {
      results.achieved.push_back(read_achievement(ctx, child));
    } else if (name == "chair") {
      results.chair = read_person(ctx, child, "results");
    } else if (name == "secretary") {
      results.secretary = read_person(ctx, child, "results");
    }
  }
  const Value file = ctx.xml.attr(element, "file");
  const Value sheet = ctx.xml.attr(element, "sheet");
  if (file && ctx.event.agreement) {
    read_scores_table(ctx, ListSource{file, sheet}, results);
  } else if (sheet && !file) {
    ctx.diags.error(sheet.where, _("sheet= names a sheet of the file in file=, which <results> does not give"));
  }
  ctx.event.results = std::move(results);
}

void check_criteria(LoadContext& ctx) {
  if (!ctx.event.agreement) return;
  model::Agreement& agreement = *ctx.event.agreement;
  if (!agreement.scored()) {
    if (agreement.scale) {
      ctx.diags.error(agreement.where, _("the agreement gives the scale's total (points=) but no section has points; "
                                         "give each section its points"));
    }
    return;
  }
  double total = 0;
  bool every_section = true;  // without one section's points the total says nothing more
  for (std::size_t i = 0; i < agreement.sections.size(); ++i) {
    model::Section& section = agreement.sections[i];
    const std::optional<double> items = items_points(section);
    if (!section.max_points && items) section.max_points = items;
    if (!section.max_points) {
      ctx.diags.error(section.where, tr("section %1$s has no points; when the agreement is scored, every section "
                                        "needs points=\"…\" (or points on its items)",
                                        roman(i + 1)));
      every_section = false;
      continue;
    }
    if (items && std::fabs(*items - *section.max_points) > 1e-6) {
      ctx.diags.error(section.where, tr("the items of section %1$s add up to %2$s points, not the section's %3$s",
                                        roman(i + 1), number_text(*items), number_text(*section.max_points)));
    }
    total += *section.max_points;
  }
  const double scale = agreement.scale.value_or(100);
  if (every_section && std::fabs(total - scale) > 1e-6) {
    ctx.diags.error(agreement.where,
                    tr("the sections' points add up to %1$s, not the scale's total of %2$s; correct the points or "
                       "the total (points= on <agreement>)",
                       number_text(total), number_text(scale)));
  }
  agreement.scale = scale;
}

void check_results(LoadContext& ctx) {
  if (!ctx.event.results) return;
  model::Results& results = *ctx.event.results;
  const model::Agreement* agreement = ctx.event.agreement ? &*ctx.event.agreement : nullptr;
  if (agreement == nullptr || !agreement->scored()) {
    ctx.diags.error(results.where, _("<results> needs the criteria: give the agreement's sections their points "
                                     "(points=\"…\" on each <section>)"));
    return;
  }
  std::set<std::string> seen;
  for (const model::UnitScores& unit : results.units) {
    if (ctx.event.find_unit(unit.unit_id) == nullptr) continue;  // reported as an unknown unit
    if (!seen.insert(unit.unit_id).second) {
      ctx.diags.error(unit.where, tr("unit '%1$s' is scored twice in <results>", unit.unit_id));
      continue;
    }
    if (unit.votes && results.voters && *unit.votes > *results.voters) {
      ctx.diags.error(unit.where, tr("unit '%1$s' has %2$d votes, more than the %3$d voters of the review",
                                     unit.unit_id, *unit.votes, *results.voters));
    }
    if (unit.votes && !results.voters) {
      ctx.diags.error(unit.where, _("votes are given but not how many voted: add voters=\"…\" to <results>"));
    }
    std::vector<bool> scored(agreement->sections.size(), false);
    std::set<std::pair<int, std::size_t>> given;
    for (const model::Score& score : unit.scores) {
      const auto key = std::make_pair(static_cast<int>(score.criterion.kind), score.criterion.index);
      if (!given.insert(key).second) {
        ctx.diags.error(score.where, tr("unit '%1$s' has two scores for the same criterion", unit.unit_id));
        continue;
      }
      double limit = 0;
      std::string what;
      switch (score.criterion.kind) {
        case model::Criterion::Kind::section:
          scored[score.criterion.index] = true;
          limit = agreement->sections[score.criterion.index].max_points.value_or(0);
          break;
        case model::Criterion::Kind::bonus: limit = agreement->bonuses[score.criterion.index].points; break;
        case model::Criterion::Kind::penalty: limit = agreement->penalties[score.criterion.index].points; break;
      }
      if (std::isnan(score.value)) continue;
      if (score.value < 0) {
        ctx.diags.error(score.where,
                        score.criterion.kind == model::Criterion::Kind::penalty
                            ? tr("score %1$s is negative; write the points taken away as a positive number",
                                 number_text(score.value))
                            : tr("score %1$s is negative; a score is between 0 and the criterion's maximum",
                                 number_text(score.value)));
      } else if (above(score.value, limit)) {
        ctx.diags.error(score.where, tr("score %1$s is above the criterion's maximum of %2$s points",
                                        number_text(score.value), number_text(limit)));
      }
    }
    for (std::size_t i = 0; i < scored.size(); ++i) {
      if (!scored[i]) {
        ctx.diags.error(unit.where, tr("unit '%1$s' has no score for section %2$s; add <score section=\"%2$s\">",
                                       unit.unit_id, roman(i + 1)));
      }
    }
  }
  for (const model::Unit& unit : ctx.event.units) {
    if (!unit.id.empty() && seen.count(unit.id) == 0) {
      ctx.diags.error(results.where, tr("unit '%1$s' has no scores in <results>; add <scores unit=\"%1$s\">", unit.id));
    }
  }
  // An achievement is charted against the unit's numeric target: one must exist.
  for (const model::Achievement& achieved : results.achieved) {
    if (ctx.event.find_unit(achieved.unit_id) == nullptr) continue;  // reported as an unknown unit
    bool found = false;
    for (const model::Section& section : agreement->sections) {
      for (const model::Item& item : section.items) {
        for (const model::Target& target : item.targets) {
          const bool numeric = !target.quantity.empty() && target.quantity.back() != '%';
          if (target.party_id == achieved.unit_id && numeric &&
              (achieved.measure.empty() || achieved.measure == target.measure)) {
            found = true;
          }
        }
      }
    }
    if (!found) {
      ctx.diags.error(achieved.where,
                      achieved.measure.empty()
                          ? tr("unit '%1$s' has no numeric target of its own (<target party=\"%1$s\" quantity=…>) to "
                               "compare this with", achieved.unit_id)
                          : tr("unit '%1$s' has no numeric target measured in '%2$s' (<target party=\"%1$s\" "
                               "measure=\"%2$s\">) to compare this with", achieved.unit_id, achieved.measure));
    }
  }
  for (const model::Reward& reward : results.rewards) {
    if (reward.min_votes && results.voters && *reward.min_votes > *results.voters) {
      ctx.diags.error(reward.where, tr("the reward needs %1$d votes, more than the %2$d voters of the review",
                                       *reward.min_votes, *results.voters));
    }
    if ((reward.min_votes || reward.min_votes_percent) && !results.voters) {
      ctx.diags.error(reward.where, _("the reward needs votes but <results> does not say how many voted (voters=)"));
    }
  }
}

}  // namespace thidua::load
