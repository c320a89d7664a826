// The event element and its head: upper body, bloc, date, time, place, logo; units, guests, attendees.
#include <algorithm>
#include <set>

#include "load/context.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::load {

namespace {

const std::vector<Choice<model::EventKind>> event_kinds = {{"agreement", model::EventKind::agreement},
                                                           {"movement", model::EventKind::movement},
                                                           {"campaign", model::EventKind::campaign}};

const std::vector<Choice<model::BlocKind>> bloc_kinds = {
    {"khoi", model::BlocKind::khoi}, {"cum", model::BlocKind::cum}, {"union", model::BlocKind::union_body}};

const std::vector<Choice<model::GuestRole>> group_roles = {{"chair", model::GuestRole::chair},
                                                           {"director", model::GuestRole::director},
                                                           {"attending", model::GuestRole::attending}};

const ElementSpec& spec(std::string_view name) { return *element_spec(name); }

// Checks `element` and returns its text.
Value text_element(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec(element.name()));
  return ctx.xml.text(element);
}

// Checks the list element `element` (a <unit>, <guest> or <attendee>) and builds record `number` of
// the list from its attributes through `read` (read_unit_fields, …).
template <typename Record>
Record read_record(LoadContext& ctx, pugi::xml_node element, std::size_t number,
                   Record (*read)(LoadContext&, Fields&, SourceLoc, std::size_t)) {
  const SourceLoc where = ctx.xml.element_loc(element);
  ctx.xml.check_structure(element, spec(element.name()));
  ElementFields fields(ctx.xml, element);
  return read(ctx, fields, where, number);
}

// The event id names output files and web addresses, so it is kept to a-z, 0-9 and '-'.
void check_event_id(LoadContext& ctx, const Value& id) {
  const bool ok = std::all_of(id.text.begin(), id.text.end(),
                              [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
  if (ok) {
    ctx.event.id = id.text;
    return;
  }
  ctx.diags.error(id.where, tr("invalid event id '%1$s' in attribute 'id': use only lower-case letters a–z, digits "
                               "and '-' (e.g. '%2$s')",
                               id.text, text::slug(id.text)));
}

void read_upper(LoadContext& ctx, pugi::xml_node upper) {
  ctx.xml.check_structure(upper, spec("upper"));
  const Value name = ctx.xml.attr(upper, "name");
  const Value short_name = ctx.xml.attr(upper, "short");
  const Value parent = ctx.xml.attr(upper, "parent");
  // "|" forces where the names break in a header; everywhere else they read whole.
  ctx.event.upper = {unmarked(name.text), unmarked(short_name.text), unmarked(parent.text), marked_lines(name.text),
                     marked_lines(parent.text)};
  ctx.origin("upper name", name);
  ctx.origin("upper short", short_name);
  ctx.origin("upper parent", parent);
}

// "Sáng", "Trưa", "Chiều" or "Tối" for those words in any case; empty for anything else.
std::string capitalised_part_of_day(const std::string& text) {
  const std::string lower = text::lower(text);
  for (const char* part : {"Sáng", "Trưa", "Chiều", "Tối"}) {
    if (lower == text::lower(part)) return part;
  }
  return {};
}

void read_bloc(LoadContext& ctx, pugi::xml_node bloc) {
  ctx.xml.check_structure(bloc, spec("bloc"));
  model::Bloc& out = ctx.event.bloc;
  out.kind = parse_choice(ctx, ctx.xml.attr(bloc, "kind"), tr("attribute '%1$s'", "kind"), bloc_kinds, model::BlocKind::khoi);
  const Value name = ctx.xml.attr(bloc, "name");
  const Value full = ctx.xml.attr(bloc, "full");
  std::string written = name.text;  // with its "|" marks, for the lines of the header
  out.name = unmarked(written);
  // "Cụm thi đua số 02" given as the name of a cụm would be written "Cụm thi đua Cụm thi đua
  // số 02": the kind's words are dropped from the name, with a warning.
  const std::string kind_words = model::bloc_kind_words(out.kind);
  if (!kind_words.empty() && !full && text::lower(out.name).starts_with(text::lower(kind_words) + " ")) {
    out.name = out.name.substr(kind_words.size() + 1);
    // The marks before or inside the kind's words ("Cụm thi đua|số 3") go with them.
    if (text::lower(written).starts_with(text::lower(kind_words) + " ")) {
      written = written.substr(kind_words.size() + 1);
    } else {
      written = out.name;
    }
    ctx.diags.warning(name.where, tr("the bloc's name already starts with \"%1$s\", which is put before it; "
                                     "it is read as \"%2$s\"", kind_words, out.name));
  }
  // The name as written, with its "|" marks, for the lines of the header.
  std::string marked = name.text;
  if (full) {
    marked = full.text;
  } else if (name) {
    // "Khối thi đua" + "Công đoàn Ngành I"; a union is named by its own name.
    marked = out.kind == model::BlocKind::union_body ? written : kind_words + " " + written;
  }
  if (full && unmarked(full.text).empty()) {
    ctx.diags.error(full.where, tr("attribute '%1$s' on %2$s is empty", "full", "<bloc>"));
  }
  if (full || name) {
    out.full_name = unmarked(marked);
    out.full_name_lines = marked_lines(marked);
  }
  ctx.origin("bloc name", name);
  ctx.origin("bloc full", full);
}

void read_place(LoadContext& ctx, pugi::xml_node place) {
  ctx.xml.check_structure(place, spec("place"));
  const Value province = ctx.xml.attr(place, "province");
  const Value text = ctx.xml.text(place);
  ctx.event.province = province.text;
  ctx.event.place = text.text;
  ctx.origin("place province", province);
  ctx.origin("place", text);
}

void read_logo(LoadContext& ctx, pugi::xml_node logo) {
  ctx.xml.check_structure(logo, spec("logo"));
  const Value file = ctx.xml.attr(logo, "file");
  check_image(ctx, file);
  ctx.event.logo = file.text;
}

// True when `parent` has a child element named `name`.
bool has_child(pugi::xml_node parent, const char* name) { return static_cast<bool>(parent.child(name)); }

// The list file of `parent` (file= or csv=, and sheet=), or nullopt when its records are elements.
std::optional<ListSource> list_source(LoadContext& ctx, pugi::xml_node parent, const char* child) {
  const Value csv = ctx.xml.attr(parent, "csv");
  const Value file = ctx.xml.attr(parent, "file");
  const Value sheet = ctx.xml.attr(parent, "sheet");
  const std::string_view element = parent.name();
  if (csv && file) {
    ctx.diags.error(csv.where, tr("<%1$s> has both csv= and file=; use file= alone (csv= is its older name)", element));
  }
  const Value& named = file ? file : csv;
  if (!named) {
    if (sheet) ctx.diags.error(sheet.where, _("sheet= needs file= naming the workbook (.xlsx or .ods) it is in"));
    return std::nullopt;
  }
  if (has_child(parent, child)) {
    ctx.diags.error(named.where, file ? tr("<%1$s> has both file= and <%2$s> elements; use one or the other", element, child)
                                      : tr("<%1$s> has both csv= and <%2$s> elements; use one or the other", element, child));
  }
  return ListSource{named, sheet};
}

}  // namespace

model::Person read_person(LoadContext& ctx, pugi::xml_node element, const std::string& part) {
  ctx.xml.check_structure(element, spec(element.name()));
  model::Person person;
  ElementFields fields(ctx.xml, element);
  const std::string record = part + " " + element.name();
  read_field(ctx, fields, "name", record, person.name);
  read_field(ctx, fields, "title", record, person.title);
  return person;
}

model::Signatory read_signatory(LoadContext& ctx, pugi::xml_node signatory, const std::string& field) {
  ctx.xml.check_structure(signatory, spec("signatory"));
  model::Signatory out;
  ElementFields fields(ctx.xml, signatory);
  const Value name = read_field(ctx, fields, "name", field, out.name);
  const Value title = read_field(ctx, fields, "title", field, out.title);
  read_field(ctx, fields, "authority", field, out.authority);
  if (name && !title) {
    ctx.diags.error(ctx.xml.element_loc(signatory), _("<signatory> names a person without a title: add title=\"…\" (e.g. \"Chủ tịch\")"));
  }
  return out;
}

namespace {

// <compose omit="members leader"/>: the composed sentences this event leaves out, by name.
void read_compose(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec("compose"));
  const Value omit = ctx.xml.attr(element, "omit");
  if (!omit) return;
  std::vector<std::string_view> names;
  for (const model::ComposedPartName& part : model::composed_part_names()) names.push_back(part.name);
  // Words apart by spaces or commas, as people list them.
  std::string word;
  std::size_t words = 0;
  const auto take = [&] {
    if (word.empty()) return;
    ++words;
    const auto& parts = model::composed_part_names();
    const auto found = std::find_if(parts.begin(), parts.end(), [&](const model::ComposedPartName& p) { return p.name == word; });
    if (found == parts.end()) {
      report_bad_choice(ctx, Value{word, omit.where, true}, tr("attribute '%1$s'", "omit"), names);
    } else if (ctx.event.composes(found->part)) {
      ctx.event.omitted.push_back(found->part);
    }
    word.clear();
  };
  for (const char c : omit.text) {
    if (c == ' ' || c == ',' || c == '\t' || c == '\n') {
      take();
    } else {
      word += c;
    }
  }
  take();
  // omit=",,," names nothing, like omit="" (which check_structure reports as empty).
  if (words == 0 && omit.text.find_first_not_of(" \t\r\n") != std::string::npos) {
    ctx.diags.error(omit.where, tr("attribute '%1$s' on %2$s is empty", "omit", "<compose>"));
  }
}

// <host unit="…"/> (a member unit holds the ceremony for the bloc) or <host name="…"> (another
// body), with who signs for it.
void read_host(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec("host"));
  model::Host host;
  const Value unit = ctx.xml.attr(element, "unit");
  const Value name = ctx.xml.attr(element, "name");
  const Value short_name = ctx.xml.attr(element, "short");
  if (bool(unit) == bool(name)) {
    ctx.diags.error(ctx.xml.element_loc(element),
                    _("<host> names who holds the ceremony once: give unit= (a member unit) or name= (another body)"));
  }
  if (unit) {
    host.unit_id = unit.text;
    ctx.unit_refs.push_back({unit.text, unit.where, tr("attribute '%1$s'", "unit")});
  }
  if (name && unmarked(name.text).empty()) {
    ctx.diags.error(name.where, tr("attribute '%1$s' on %2$s is empty", "name", "<host>"));
  }
  host.name = unmarked(name.text);
  host.name_lines = marked_lines(name.text);
  host.short_name = unmarked(short_name.text);
  ctx.origin("host name", name);
  ctx.origin("host short", short_name);
  if (pugi::xml_node signatory = element.child("signatory")) host.signatory = read_signatory(ctx, signatory, "host signatory");
  ctx.event.host = std::move(host);
}

}  // namespace

void read_units(LoadContext& ctx, pugi::xml_node units) {
  ctx.places.units = ctx.xml.element_loc(units);
  ctx.xml.check_structure(units, spec("units"));
  // What a report may leave unknown: the leader, and the members beyond those it names.
  if (const Value leader = ctx.xml.attr(units, "leader")) {
    if (leader.text == "unknown") {
      ctx.event.leader_unknown = true;
    } else {
      report_bad_choice(ctx, leader, tr("attribute '%1$s'", "leader"), {"unknown"});
    }
  }
  if (const Value count = ctx.xml.attr(units, "count")) {
    ctx.event.counted_units = parse_int_value(ctx, count, N_("the member count"), 1, 10000, "16").value_or(0);
  }
  if (const Value noun = ctx.xml.attr(units, "noun")) {
    ctx.event.unit_noun = noun.text;
    ctx.origin("units noun", noun);
  }
  if (const std::optional<ListSource> source = list_source(ctx, units, "unit")) {
    read_units_table(ctx, *source);
    return;
  }
  std::size_t number = 0;
  for (pugi::xml_node element : units.children("unit")) {
    model::Unit unit = read_record(ctx, element, ++number, read_unit_fields);
    if (const pugi::xml_node signatory = element.child("signatory")) {
      unit.signatory = read_signatory(ctx, signatory, origin_label("unit", unit.id, number) + " signatory");
    }
    ctx.event.units.push_back(std::move(unit));
  }
}

void read_guests(LoadContext& ctx, pugi::xml_node guests) {
  ctx.xml.check_structure(guests, spec("guests"));
  // Groups cannot be written in a list file, so they may stay beside file=.
  const std::optional<ListSource> source = list_source(ctx, guests, "guest");
  if (source) read_guests_table(ctx, *source);
  const bool csv = source.has_value();
  std::size_t guest_number = 0;
  std::size_t group_number = 0;
  for (pugi::xml_node element : guests.children()) {
    const std::string_view name = element.name();
    if (name == "guest" && !csv) {
      ctx.event.guests.push_back(read_record(ctx, element, ++guest_number, read_guest_fields));
    } else if (name == "group") {
      ctx.xml.check_structure(element, spec("group"));
      model::GuestGroup group;
      group.role = parse_choice(ctx, ctx.xml.attr(element, "role"), tr("attribute '%1$s'", "role"), group_roles,
                                model::GuestRole::attending);
      const Value description = ctx.xml.text(element);
      group.description = description.text;
      ctx.origin("guest group " + std::to_string(++group_number), description);
      ctx.event.guest_groups.push_back(std::move(group));
    }
  }
}

void read_attendees(LoadContext& ctx, pugi::xml_node attendees) {
  ctx.xml.check_structure(attendees, spec("attendees"));
  if (const Value rows = ctx.xml.attr(attendees, "rows-per-unit")) {
    ctx.event.rows_per_unit = parse_int_value(ctx, rows, N_("the blank rows per unit"), 0, 50, "3").value_or(3);
  }
  if (const std::optional<ListSource> source = list_source(ctx, attendees, "attendee")) {
    read_attendees_table(ctx, *source);
    return;
  }
  std::size_t number = 0;
  for (pugi::xml_node element : attendees.children("attendee")) {
    ctx.event.attendees.push_back(read_record(ctx, element, ++number, read_attendee_fields));
  }
}

void read_event(LoadContext& ctx, pugi::xml_node root) {
  model::Event& event = ctx.event;
  const ElementSpec& event_spec = spec("event");
  ctx.places.event = ctx.xml.element_loc(root);
  ctx.xml.check_structure(root, event_spec);
  if (const Value id = ctx.xml.attr(root, "id")) check_event_id(ctx, id);
  event.kind = parse_choice(ctx, ctx.xml.attr(root, "kind"), tr("attribute '%1$s'", "kind"), event_kinds,
                            model::EventKind::agreement);
  const std::optional<int> year = parse_int_value(ctx, ctx.xml.attr(root, "year"), N_("year"), 1900, 2999, "2022");

  std::set<std::string_view> done;  // a repeated single child was reported; read the first only
  pugi::xml_node results;
  for (pugi::xml_node child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const ChildSpec* child_spec = event_spec.find_child(child.name());
    if (child_spec == nullptr || !done.insert(child_spec->name).second) continue;
    const std::string_view name = child_spec->name;
    if (name == "upper") {
      read_upper(ctx, child);
    } else if (name == "bloc") {
      read_bloc(ctx, child);
    } else if (name == "name") {
      const Value value = text_element(ctx, child);
      event.name = value.text;
      ctx.origin("event name", value);
    } else if (name == "date") {
      if (const auto date = parse_date_value(ctx, text_element(ctx, child))) event.date = *date;
    } else if (name == "time") {
      // "Sáng" or "Chiều" alone when the hour is not known: never an invented clock time.
      const Value value = text_element(ctx, child);
      const std::string part = capitalised_part_of_day(value.text);
      if (!part.empty()) {
        event.part_of_day = part;
        ctx.origin("time", value);
      } else {
        event.start = parse_time_value(ctx, value);
      }
    } else if (name == "place") {
      read_place(ctx, child);
    } else if (name == "host") {
      read_host(ctx, child);
    } else if (name == "compose") {
      read_compose(ctx, child);
    } else if (name == "logo") {
      read_logo(ctx, child);
    } else if (name == "units") {
      read_units(ctx, child);
    } else if (name == "guests") {
      read_guests(ctx, child);
    } else if (name == "attendees") {
      read_attendees(ctx, child);
    } else if (name == "agreement") {
      read_agreement(ctx, child);
    } else if (name == "movement") {
      read_movement(ctx, child);
    } else if (name == "campaign") {
      read_campaign(ctx, child);
    } else if (name == "programme") {
      read_programme(ctx, child);
    } else if (name == "minutes") {
      read_minutes(ctx, child);
    } else if (name == "results") {
      results = child;  // read once the whole event is: its scores refer to the agreement's sections
    } else if (name == "news") {
      read_news(ctx, child);
    }
  }
  if (results) read_results(ctx, results);
  event.year = year ? *year : event.date.year;
}

}  // namespace thidua::load
