// Cross-checks of a loaded event: unique ids, references, leader and deputy, members, kind-specific parts.
#include <unordered_map>

#include "load/context.h"
#include "load/did_you_mean.h"

namespace thidua::load {

namespace {

// "line 12" when `first` is in the same file as `here`, else "units.csv:12".
std::string where_words(const SourceLoc& here, const SourceLoc& first) {
  if (here.file == first.file) return "line " + std::to_string(first.line);
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
      ctx.diags.error(item.where, "duplicate " + std::string(kind) + " id '" + item.id + "' (first defined at " +
                                      where_words(item.where, found->second->where) + ")");
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
    std::string message = "unknown " + std::string(kind) + " '" + ref.id + "' in " + ref.how;
    if (!ctx.diags.limit_reached()) {  // suggestions cost a pass over the ids; only for shown errors
      if (ids.empty()) {
        for (const auto& entry : by_id) ids.push_back(entry.first);
      }
      const std::string suggestion = closest_name(ref.id, ids);
      if (!suggestion.empty()) message += "; did you mean '" + suggestion + "'?";
    }
    ctx.diags.error(ref.where, message);
  }
}

// Reports a second unit with `role`; returns the unit holding it (or nullptr).
const model::Unit* check_single_role(LoadContext& ctx, model::UnitRole role, std::string_view word) {
  const model::Unit* holder = nullptr;
  for (const model::Unit& unit : ctx.event.units) {
    if (unit.role != role) continue;
    if (holder == nullptr) {
      holder = &unit;
      continue;
    }
    ctx.diags.error(unit.where, "more than one " + std::string(word) + ": " + record_label("unit", holder->id, 0) +
                                    " (" + where_words(unit.where, holder->where) + ") has role=\"" +
                                    std::string(word) + "\" already");
  }
  return holder;
}

void check_kind_part(LoadContext& ctx, bool wanted, bool present, const std::optional<SourceLoc>& where,
                     std::string_view part) {
  const std::string element = "<" + std::string(part) + ">";
  if (wanted && !present) {
    ctx.diags.error(ctx.places.event, "missing required element " + element + " in <event> (kind=\"" +
                                          std::string(part) + "\")");
  } else if (!wanted && present && where) {
    ctx.diags.error(*where, element + " is only allowed in an event of kind=\"" + std::string(part) + "\"");
  }
}

void check_members(LoadContext& ctx) {
  const model::Event& event = ctx.event;
  const bool signed_by_units =
      event.kind == model::EventKind::agreement || event.kind == model::EventKind::campaign;
  const model::Unit* leader = check_single_role(ctx, model::UnitRole::leader, "leader");
  check_single_role(ctx, model::UnitRole::deputy, "deputy");
  if (!signed_by_units || ctx.units_unreadable) return;
  if (!ctx.places.units) {
    ctx.diags.error(ctx.places.event, "missing required element <units> in <event>: an agreement needs its member units");
    return;
  }
  if (event.units.empty()) {
    ctx.diags.error(*ctx.places.units, "the member list is empty: add a <unit> for each member of the bloc");
    return;
  }
  // A bloc or cluster always has a leading unit for the year (reports 000-002); a campaign
  // between clusters (004) or a union's own agreement has none.
  if (event.kind == model::EventKind::agreement && event.bloc.kind != model::BlocKind::union_body &&
      leader == nullptr) {
    ctx.diags.error(*ctx.places.units, "the bloc has no leader: mark one unit role=\"leader\"");
  }
}

void warn_agreement_gaps(LoadContext& ctx) {
  const model::Event& event = ctx.event;
  if (!event.agreement || !ctx.places.agreement) return;
  for (const model::Unit& unit : event.units) {
    if (!unit.signatory) {
      ctx.diags.warning(unit.where, record_label("unit", unit.id, 0) +
                                        " has no signatory; its signature block in the agreement will be empty");
    }
  }
  if (event.agreement->recipients.empty()) {
    ctx.diags.warning(*ctx.places.agreement, "the agreement has no <recipients>; its \"Nơi nhận\" list will be empty");
  }
}

}  // namespace

void check_event(LoadContext& ctx) {
  model::Event& event = ctx.event;
  const auto units = index_ids(ctx, event.units, "unit");
  const auto guests = index_ids(ctx, event.guests, "guest");
  check_references(ctx, ctx.unit_refs, units, "unit");
  check_references(ctx, ctx.guest_refs, guests, "guest");
  check_members(ctx);
  check_kind_part(ctx, event.kind == model::EventKind::movement, event.movement.has_value(), ctx.places.movement,
                  "movement");
  check_kind_part(ctx, event.kind == model::EventKind::campaign, event.campaign.has_value(), ctx.places.campaign,
                  "campaign");
  warn_agreement_gaps(ctx);
  if (event.news) {
    for (model::Block& block : event.news->body) {
      if (block.kind != model::Block::Kind::quote || block.speaker_id.empty()) continue;
      const auto guest = guests.find(block.speaker_id);
      if (guest != guests.end()) block.speaker = guest->second->name;
    }
  }
}

}  // namespace thidua::load
