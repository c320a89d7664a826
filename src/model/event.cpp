// Lookups and role wording of the event model.
#include "model/event.h"

namespace thidua::model {

namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  for (const T& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

const Unit* find_by_role(const std::vector<Unit>& units, UnitRole role) {
  for (const Unit& unit : units) {
    if (unit.role == role) return &unit;
  }
  return nullptr;
}

}  // namespace

const Unit* Event::find_unit(const std::string& unit_id) const { return find_by_id(units, unit_id); }

const Guest* Event::find_guest(const std::string& guest_id) const { return find_by_id(guests, guest_id); }

const Unit* Event::leader() const { return find_by_role(units, UnitRole::leader); }

const Unit* Event::host_unit() const { return host && !host->unit_id.empty() ? find_unit(host->unit_id) : nullptr; }

const Unit* Event::deputy() const { return find_by_role(units, UnitRole::deputy); }

std::size_t Event::member_count() const {
  return counted_units > 0 && static_cast<std::size_t>(counted_units) > units.size() ? static_cast<std::size_t>(counted_units)
                                                                                      : units.size();
}

bool Event::members_counted() const { return member_count() > units.size(); }

std::string Event::member_noun() const { return unit_noun.empty() ? "cơ quan, đơn vị" : unit_noun; }

bool Event::composes(ComposedPart part) const {
  for (const ComposedPart off : omitted) {
    if (off == part) return false;
  }
  return true;
}

const std::vector<ComposedPartName>& composed_part_names() {
  static const std::vector<ComposedPartName> names = {
      {"lead", ComposedPart::lead},       {"host", ComposedPart::host},       {"guests", ComposedPart::guests},
      {"members", ComposedPart::members}, {"leader", ComposedPart::leader},   {"signing", ComposedPart::signing},
      {"closing", ComposedPart::closing},
  };
  return names;
}

std::string bloc_kind_words(BlocKind kind) {
  switch (kind) {
    case BlocKind::khoi: return "Khối thi đua";
    case BlocKind::cum: return "Cụm thi đua";
    case BlocKind::union_body: return "";
  }
  return "";
}

std::string role_label(UnitRole role, BlocKind kind) {
  // The reports write "Trưởng khối"/"Phó khối" and "Cụm trưởng"/"Cụm phó".
  const bool cluster = kind == BlocKind::cum;
  switch (role) {
    case UnitRole::leader: return cluster ? "Cụm trưởng" : "Trưởng khối";
    case UnitRole::deputy: return cluster ? "Cụm phó" : "Phó khối";
    case UnitRole::member: return "";
  }
  return "";
}

}  // namespace thidua::model

namespace thidua::model {

bool Agreement::scored() const {
  for (const Section& section : sections) {
    if (section.max_points) return true;
    for (const Item& item : section.items) {
      if (item.max_points) return true;
    }
  }
  return false;
}

const UnitScores* Results::find(const std::string& unit_id) const {
  for (const UnitScores& unit : units) {
    if (unit.unit_id == unit_id) return &unit;
  }
  return nullptr;
}

}  // namespace thidua::model
