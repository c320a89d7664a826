// Cross-checks of a loaded event: unique ids, references, leader and deputy, members, kind-specific parts.
#include <algorithm>
#include <unordered_map>

#include "load/context.h"
#include "load/read_file.h"
#include "load/did_you_mean.h"
#include "text/match_key.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::load {

namespace {

// "line 12" (or "row 12" of a sheet) when `first` is in the same file as `here`, else
// "units.csv:12" (or "don-vi.xlsx, sheet 'Đơn vị', row 12").
std::string where_words(const SourceLoc& here, const SourceLoc& first) {
  if (!first.sheet.empty()) {
    if (here.file == first.file) return tr("row %1$d", first.line);
    return tr("%1$s, sheet '%2$s', row %3$d", first.file, first.sheet, first.line);
  }
  if (here.file == first.file) return tr("line %1$d", first.line);
  return first.file + ":" + std::to_string(first.line);
}

// Maps ids to their records; reports duplicates. Hash maps keep 10,000-row lists linear.
template <typename T>
std::unordered_map<std::string, const T*> index_ids(LoadContext& ctx, const std::vector<T>& items,
                                                    std::string_view kind) {
  std::unordered_map<std::string, const T*> by_id;
  by_id.reserve(items.size());
  for (const T& item : items) {
    if (item.id.empty()) continue;
    const auto [found, inserted] = by_id.emplace(item.id, &item);
    if (!inserted) {
      const std::string first = where_words(item.where, found->second->where);
      ctx.diags.error(item.where, kind == "unit" ? tr("duplicate unit id '%1$s' (first defined at %2$s)", item.id, first)
                                                 : tr("duplicate guest id '%1$s' (first defined at %2$s)", item.id, first));
    }
  }
  return by_id;
}

// Reports every reference to an id missing from `by_id`, suggesting a close one.
template <typename T>
void check_references(LoadContext& ctx, const std::vector<Reference>& refs,
                      const std::unordered_map<std::string, const T*>& by_id, std::string_view kind) {
  std::vector<std::string_view> ids;
  for (const Reference& ref : refs) {
    if (by_id.count(ref.id) != 0) continue;
    std::string suggestion;
    if (!ctx.diags.limit_reached()) {  // suggestions cost a pass over the ids; only for shown errors
      if (ids.empty()) {
        for (const auto& entry : by_id) ids.push_back(entry.first);
      }
      suggestion = closest_name(ref.id, ids);
    }
    const bool unit = kind == "unit";
    if (suggestion.empty()) {
      ctx.diags.error(ref.where, unit ? tr("unknown unit '%1$s' in %2$s", ref.id, ref.how)
                                      : tr("unknown guest '%1$s' in %2$s", ref.id, ref.how));
    } else {
      ctx.diags.error(ref.where, unit ? tr("unknown unit '%1$s' in %2$s; did you mean '%3$s'?", ref.id, ref.how, suggestion)
                                      : tr("unknown guest '%1$s' in %2$s; did you mean '%3$s'?", ref.id, ref.how, suggestion));
    }
  }
}

// Unit references may name a unit as staff write it: its id, its name or its short name
// ("LĐLĐ thị xã Hòa Thành"), matched ignoring case, spacing and tone placement. Names that
// match one unit are replaced by its id in the model; others are reported.
void resolve_unit_references(LoadContext& ctx, const std::unordered_map<std::string, const model::Unit*>& by_id) {
  std::unordered_map<std::string, std::vector<const model::Unit*>> by_key;  // built on the first non-id
  std::vector<std::string_view> names;
  std::unordered_map<std::string, std::string> renamed;  // reference as written -> unit id
  for (const Reference& ref : ctx.unit_refs) {
    if (by_id.count(ref.id) != 0 || renamed.count(ref.id) != 0) continue;
    if (by_key.empty()) {
      for (const model::Unit& unit : ctx.event.units) {
        // Ids are matched exactly (above); names as staff write them.
        for (const std::string* written : {&unit.name, &unit.short_name}) {
          if (written->empty()) continue;
          std::vector<const model::Unit*>& units = by_key[text::match_key(*written)];
          if (std::find(units.begin(), units.end(), &unit) == units.end()) units.push_back(&unit);
          names.push_back(*written);
        }
        if (!unit.id.empty()) names.push_back(unit.id);
      }
    }
    const auto found = by_key.find(text::match_key(ref.id));
    if (found != by_key.end() && found->second.size() == 1) {
      if (!found->second.front()->id.empty()) renamed.emplace(ref.id, found->second.front()->id);
      continue;
    }
    if (found != by_key.end()) {
      std::vector<std::string> ids;
      for (const model::Unit* unit : found->second) {
        ids.push_back("'" + unit->id + "' (" + where_words(ref.where, unit->where) + ")");  // not shown
      }
      ctx.diags.error(ref.where, tr("unit '%1$s' in %2$s could be %3$s: they share this name; write the unit's id instead",
                                    ref.id, ref.how, text::join_list(ids, _("or"))));
      continue;
    }
    const std::string suggestion = ctx.diags.limit_reached() ? std::string() : closest_name(ref.id, names);
    ctx.diags.error(ref.where, suggestion.empty()
                                   ? tr("unknown unit '%1$s' in %2$s", ref.id, ref.how)
                                   : tr("unknown unit '%1$s' in %2$s; did you mean '%3$s'?", ref.id, ref.how, suggestion));
  }
  if (renamed.empty()) return;
  const auto rename = [&](std::string& unit_id) {
    const auto found = renamed.find(unit_id);
    if (found != renamed.end()) unit_id = found->second;
  };
  for (model::Guest& guest : ctx.event.guests) rename(guest.unit_id);
  if (ctx.event.results) {
    for (model::UnitScores& unit : ctx.event.results->units) rename(unit.unit_id);
    for (model::Achievement& achieved : ctx.event.results->achieved) rename(achieved.unit_id);
  }
  for (model::Attendee& attendee : ctx.event.attendees) rename(attendee.unit_id);
  if (ctx.event.agreement) {
    for (model::Section& section : ctx.event.agreement->sections) {
      for (model::Item& item : section.items) {
        for (model::Target& target : item.targets) rename(target.party_id);
      }
    }
  }
}

// Reports a second unit with `role`; returns the unit holding it (or nullptr).
const model::Unit* check_single_role(LoadContext& ctx, model::UnitRole role) {
  const model::Unit* holder = nullptr;
  for (const model::Unit& unit : ctx.event.units) {
    if (unit.role != role) continue;
    if (holder == nullptr) {
      holder = &unit;
      continue;
    }
    const std::string first = record_label("unit", holder->id, 0);
    const std::string first_where = where_words(unit.where, holder->where);
    ctx.diags.error(unit.where, role == model::UnitRole::leader
                                    ? tr("more than one leader: %1$s (%2$s) has role=\"leader\" already", first, first_where)
                                    : tr("more than one deputy: %1$s (%2$s) has role=\"deputy\" already", first, first_where));
  }
  return holder;
}

void check_kind_part(LoadContext& ctx, bool wanted, bool present, const std::optional<SourceLoc>& where,
                     std::string_view part) {
  if (wanted && !present) {
    ctx.diags.error(ctx.places.event, tr("missing required element <%1$s> in <event> (kind=\"%1$s\")", part));
  } else if (!wanted && present && where) {
    ctx.diags.error(*where, tr("<%1$s> is only allowed in an event of kind=\"%1$s\"", part));
  }
}

void check_members(LoadContext& ctx) {
  const model::Event& event = ctx.event;
  const bool signed_by_units =
      event.kind == model::EventKind::agreement || event.kind == model::EventKind::campaign;
  const model::Unit* leader = check_single_role(ctx, model::UnitRole::leader);
  check_single_role(ctx, model::UnitRole::deputy);
  if (event.leader_unknown && leader != nullptr) {
    ctx.diags.error(leader->where, _("a unit has role=\"leader\" but <units> says leader=\"unknown\": keep one or the other"));
  }
  if (ctx.places.units && event.counted_units > 0 &&
      static_cast<std::size_t>(event.counted_units) < event.units.size()) {
    ctx.diags.error(*ctx.places.units,
                    trn("count=\"%1$d\" but %2$d unit is named: the count is all the members, so it cannot be fewer",
                        "count=\"%1$d\" but %2$d units are named: the count is all the members, so it cannot be fewer",
                        event.units.size(), event.counted_units, event.units.size()));
  }
  if (!signed_by_units || ctx.units_unreadable) return;
  if (!ctx.places.units) {
    ctx.diags.error(ctx.places.event, _("missing required element <units> in <event>: an agreement needs its member units"));
    return;
  }
  // Members only counted ("16 công đoàn cơ sở"): the article can say so, but an agreement is
  // signed by each of them by name.
  if (event.members_counted()) {
    if (event.agreement) {
      ctx.diags.error(*ctx.places.units,
                      trn("count=\"%1$d\" but only %2$d unit is named: every member signs the agreement, so name them all (or leave out <agreement>)",
                          "count=\"%1$d\" but only %2$d units are named: every member signs the agreement, so name them all (or leave out <agreement>)",
                          event.units.size(), event.counted_units, event.units.size()));
    }
    return;
  }
  if (event.units.empty()) {
    ctx.diags.error(*ctx.places.units,
                    ctx.units_file.empty()
                        ? std::string(_("the member list is empty: add a <unit> for each member of the bloc"))
                        : tr("the member list is empty: add a row to '%1$s' for each member of the bloc", ctx.units_file));
    return;
  }
  // A bloc or cluster always has a leading unit for the year (reports 000-002); a campaign
  // between clusters (004) or a union's own agreement has none. A report may not say which.
  if (event.kind == model::EventKind::agreement && event.bloc.kind != model::BlocKind::union_body &&
      leader == nullptr && !event.leader_unknown) {
    ctx.diags.error(*ctx.places.units, _("the bloc has no leader: mark one unit role=\"leader\", or write leader=\"unknown\" on <units> when the report does not say"));
  }
}

void warn_agreement_gaps(LoadContext& ctx) {
  const model::Event& event = ctx.event;
  if (!event.agreement || !ctx.places.agreement) return;
  for (const model::Unit& unit : event.units) {
    if (!unit.signatory || unit.signatory->name.empty()) {
      ctx.diags.warning(unit.where, tr("%1$s has no signatory's name; the agreement leaves a dotted line to write it in by hand",
                                       record_label("unit", unit.id, 0)));
    }
  }
  if (event.agreement->recipients.empty()) {
    ctx.diags.warning(*ctx.places.agreement, _("the agreement has no <recipients>; its \"Nơi nhận\" list will be empty"));
  }
}

}  // namespace

void check_event(LoadContext& ctx) {
  model::Event& event = ctx.event;
  const SourceLoc units_place = ctx.places.units.value_or(ctx.places.event);
  if (event.units.size() > max_units) {
    ctx.diags.error(units_place, tr("the event has %1$d member units; at most %2$d are allowed", event.units.size(),
                                    max_units));
  }
  if (event.guests.size() > max_guests) {
    ctx.diags.error(ctx.places.event,
                    tr("the event has %1$d guests; at most %2$d are allowed", event.guests.size(), max_guests));
  }
  if (event.attendees.size() > max_attendees) {
    ctx.diags.error(ctx.places.event, tr("the event has %1$d attendees; at most %2$d are allowed",
                                         event.attendees.size(), max_attendees));
  }
  const auto units = index_ids(ctx, event.units, "unit");
  const auto guests = index_ids(ctx, event.guests, "guest");
  resolve_unit_references(ctx, units);
  check_references(ctx, ctx.guest_refs, guests, "guest");
  check_members(ctx);
  check_kind_part(ctx, event.kind == model::EventKind::movement, event.movement.has_value(), ctx.places.movement,
                  "movement");
  check_kind_part(ctx, event.kind == model::EventKind::campaign, event.campaign.has_value(), ctx.places.campaign,
                  "campaign");
  warn_agreement_gaps(ctx);
  check_criteria(ctx);
  check_results(ctx);
  if (event.news) {
    for (model::Block& block : event.news->body) {
      if (block.kind != model::Block::Kind::quote || block.speaker_id.empty()) continue;
      const auto guest = guests.find(block.speaker_id);
      if (guest != guests.end()) block.speaker = guest->second->name;
    }
  }
}

}  // namespace thidua::load
