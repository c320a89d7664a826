// Units, guests and attendees from named fields, shared by the XML elements and the CSV rows.
#include <algorithm>

#include "load/context.h"
#include "i18n/i18n.h"
#include "text/vietnamese.h"

namespace thidua::load {

namespace {

const std::vector<Choice<model::UnitRole>> unit_roles = {
    {"leader", model::UnitRole::leader}, {"deputy", model::UnitRole::deputy}, {"member", model::UnitRole::member}};

const std::vector<Choice<model::GuestRole>> guest_roles = {{"chair", model::GuestRole::chair},
                                                           {"director", model::GuestRole::director},
                                                           {"attending", model::GuestRole::attending}};

// Reads an optional unit reference and remembers it for the cross-checks.
std::string read_unit_ref(LoadContext& ctx, Fields& fields, std::string_view name) {
  const Value unit = fields.get(name);
  if (!unit) return "";
  ctx.unit_refs.push_back({unit.text, unit.where, fields.describe(name)});
  return unit.text;
}

// The record's id= when it is a valid id; "" when it is absent or invalid (reported).
std::string read_id(LoadContext& ctx, Fields& fields) {
  const Value id = fields.get("id");
  return id && check_id(ctx, id, fields.describe("id")) ? id.text : std::string();
}

}  // namespace

std::string origin_label(std::string_view kind, const std::string& id, std::size_t number) {
  // Untranslated: origins are named in the message's language later (model/field_names.h).
  return std::string(kind) + (id.empty() ? " " + std::to_string(number) : " '" + id + "'");
}

std::string record_label(std::string_view kind, const std::string& id, std::size_t number) {
  if (kind == "unit") return id.empty() ? tr("unit %1$d", number) : tr("unit '%1$s'", id);
  if (kind == "guest") return id.empty() ? tr("guest %1$d", number) : tr("guest '%1$s'", id);
  return std::string(kind) + (id.empty() ? " " + std::to_string(number) : " '" + id + "'");
}

Value read_field(LoadContext& ctx, Fields& fields, std::string_view name, const std::string& record, std::string& out) {
  const Value value = fields.get(name);
  if (value) out = value.text;
  ctx.origin(record + " " + std::string(name), value);
  return value;
}

model::Unit read_unit_fields(LoadContext& ctx, Fields& fields, SourceLoc where, std::size_t number) {
  model::Unit unit;
  unit.where = std::move(where);
  unit.id = read_id(ctx, fields);
  const Value name = fields.get("name");
  const Value short_name = fields.get("short");
  // "|" marks where the name breaks in a signature block; everywhere else the name reads whole.
  unit.name_lines = marked_lines(name.text);
  unit.name = unmarked(name.text);
  // Documents and news use the short name; without one, the full name serves.
  unit.short_name = short_name ? unmarked(short_name.text) : unit.name;
  unit.role = parse_choice(ctx, fields.get("role"), fields.describe("role"), unit_roles, model::UnitRole::member);
  const std::string label = origin_label("unit", unit.id, number);
  ctx.origin(label + " name", name);
  ctx.origin(label + " short", short_name);
  return unit;
}

model::Guest read_guest_fields(LoadContext& ctx, Fields& fields, SourceLoc where, std::size_t number) {
  model::Guest guest;
  guest.where = std::move(where);
  guest.id = read_id(ctx, fields);
  const std::string label = origin_label("guest", guest.id, number);
  read_field(ctx, fields, "name", label, guest.name);
  read_field(ctx, fields, "title", label, guest.title);
  read_field(ctx, fields, "organisation", label, guest.organisation);
  read_field(ctx, fields, "honorific", label, guest.honorific);
  guest.role = parse_choice(ctx, fields.get("role"), fields.describe("role"), guest_roles, model::GuestRole::attending);
  guest.unit_id = read_unit_ref(ctx, fields, "unit");
  return guest;
}

model::Attendee read_attendee_fields(LoadContext& ctx, Fields& fields, SourceLoc where, std::size_t number) {
  model::Attendee attendee;
  attendee.where = std::move(where);
  const std::string label = "attendee " + std::to_string(number);
  read_field(ctx, fields, "name", label, attendee.name);
  read_field(ctx, fields, "title", label, attendee.title);
  read_field(ctx, fields, "organisation", label, attendee.organisation);
  read_field(ctx, fields, "note", label, attendee.note);
  attendee.unit_id = read_unit_ref(ctx, fields, "unit");
  return attendee;
}

}  // namespace thidua::load
