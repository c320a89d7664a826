// The attendance list (danh sách đại biểu): who is on it, in which order and groups, and its template data.
//
// Protocol order (the default), as the reports' lists and domain.md have it:
//   1. the guests, by role (chair, director, attending), in the file's order within a role;
//   2. delegates of the upper body (attendees whose organisation is the upper body or its parent);
//   3. each member unit's delegates, in the bloc's order, under a group row naming the unit;
//   4. other organisations' delegates, by organisation in order of first appearance;
//   5. attendees with neither unit nor organisation, under "Đại biểu khác".
// An attendee who is also a guest is listed once, as the guest, with the attendee's note: same
// name and the same affiliation (the same unit, or the same organisation, or none given for the
// attendee). Only the name is not enough: a big congress has namesakes, and a delegate dropped
// from the list could not sign. A list of one group has no group row.
// Name order is one flat list sorted by text::compare_names; equal names keep protocol order.
#include "compose/attendance.h"

#include <algorithm>

#include <algorithm>
#include <array>

#include "text/calendar.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

constexpr std::array<model::GuestRole, 3> kProtocol = {model::GuestRole::chair, model::GuestRole::director,
                                                       model::GuestRole::attending};

std::string unit_label(const model::Unit& unit) { return unit.short_name.empty() ? unit.name : unit.short_name; }

bool same_name(const std::string& a, const std::string& b) { return name_key(a) == name_key(b); }

// Finds the guest an attendee duplicates; the guests' keys are computed once, as a list of
// 10,000 delegates asks for each one.
class GuestMatcher {
 public:
  explicit GuestMatcher(const model::Event& event) : event_(event) {
    for (const model::Guest& guest : event.guests) {
      names_.push_back(name_key(guest.name));
      organisations_.push_back(name_key(guest.organisation));
    }
  }

  // The index of the guest that `attendee` is, or -1.
  std::ptrdiff_t find(const model::Attendee& attendee) const {
    if (names_.empty()) return -1;
    const std::string name = name_key(attendee.name);
    const bool unaffiliated = attendee.unit_id.empty() && attendee.organisation.empty();
    for (std::size_t i = 0; i < names_.size(); ++i) {
      if (names_[i] != name) continue;
      const bool same_unit = !attendee.unit_id.empty() && event_.guests[i].unit_id == attendee.unit_id;
      const bool same_organisation = !attendee.organisation.empty() && organisations_[i] == name_key(attendee.organisation);
      if (unaffiliated || same_unit || same_organisation) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
  }

 private:
  const model::Event& event_;
  std::vector<std::string> names_;
  std::vector<std::string> organisations_;
};

AttendanceRow guest_row(const model::Event& event, const model::Guest& guest, std::string note) {
  std::string unit = guest.organisation;
  if (unit.empty() && !guest.unit_id.empty()) {
    if (const model::Unit* represented = event.find_unit(guest.unit_id)) unit = unit_label(*represented);
  }
  return {guest.name, guest.title, std::move(unit), std::move(note)};
}

std::string unit_heading(const model::Event& event, const model::Unit& unit) {
  const std::string role = model::role_label(unit.role, event.bloc.kind);
  return role.empty() ? unit.name : unit.name + " (" + role + ")";
}

bool is_upper_body(const model::Event& event, const std::string& organisation) {
  return !organisation.empty() && (same_name(organisation, event.upper.name) ||
                                   (!event.upper.parent.empty() && same_name(organisation, event.upper.parent)));
}

// Groups by organisation in order of first appearance; `wanted` selects the organisations.
template <typename Wanted>
void add_organisation_groups(const std::vector<const model::Attendee*>& attendees, Wanted wanted,
                             std::vector<AttendanceGroup>& groups) {
  const std::size_t first = groups.size();
  for (const model::Attendee* attendee : attendees) {
    if (attendee->organisation.empty() || !wanted(attendee->organisation)) continue;
    auto group = std::find_if(groups.begin() + static_cast<std::ptrdiff_t>(first), groups.end(),
                              [&](const AttendanceGroup& g) { return same_name(g.heading, attendee->organisation); });
    if (group == groups.end()) {
      groups.push_back({attendee->organisation, {}});
      group = groups.end() - 1;
    }
    group->rows.push_back({attendee->name, attendee->title, attendee->organisation, attendee->note});
  }
}

std::vector<AttendanceGroup> protocol_groups(const model::Event& event) {
  std::vector<AttendanceGroup> groups;
  // Attendees who duplicate a guest lend the guest their note and are not listed again.
  std::vector<const model::Attendee*> unit_less;
  std::vector<std::string> guest_notes(event.guests.size());
  std::vector<std::vector<const model::Attendee*>> by_unit(event.units.size());
  const GuestMatcher matcher(event);
  for (const model::Attendee& attendee : event.attendees) {
    if (const std::ptrdiff_t guest = matcher.find(attendee); guest >= 0) {
      std::string& note = guest_notes[static_cast<std::size_t>(guest)];
      if (note.empty()) note = attendee.note;
      continue;
    }
    const model::Unit* unit = attendee.unit_id.empty() ? nullptr : event.find_unit(attendee.unit_id);
    if (unit == nullptr) {
      unit_less.push_back(&attendee);
    } else {
      by_unit[static_cast<std::size_t>(unit - event.units.data())].push_back(&attendee);
    }
  }

  AttendanceGroup guests{"Đại biểu khách mời", {}};
  for (model::GuestRole role : kProtocol) {
    for (std::size_t i = 0; i < event.guests.size(); ++i) {
      if (event.guests[i].role == role) guests.rows.push_back(guest_row(event, event.guests[i], guest_notes[i]));
    }
  }
  if (!guests.rows.empty()) groups.push_back(std::move(guests));
  add_organisation_groups(unit_less, [&](const std::string& org) { return is_upper_body(event, org); }, groups);
  for (std::size_t u = 0; u < event.units.size(); ++u) {
    if (by_unit[u].empty()) continue;
    const model::Unit& unit = event.units[u];
    AttendanceGroup group{unit_heading(event, unit), {}};
    group.rows.reserve(by_unit[u].size());
    for (const model::Attendee* attendee : by_unit[u]) {
      group.rows.push_back({attendee->name, attendee->title, unit_label(unit), attendee->note});
    }
    groups.push_back(std::move(group));
  }
  add_organisation_groups(unit_less, [&](const std::string& org) { return !is_upper_body(event, org); }, groups);
  AttendanceGroup others{"Đại biểu khác", {}};
  for (const model::Attendee* attendee : unit_less) {
    if (attendee->organisation.empty()) others.rows.push_back({attendee->name, attendee->title, "", attendee->note});
  }
  if (!others.rows.empty()) groups.push_back(std::move(others));
  // A group row over the only group says nothing the title does not.
  if (groups.size() == 1) groups.front().heading.clear();
  return groups;
}

void add_group_row(Data& rows, const std::string& heading) {
  Data& row = append_object(rows);
  row.set("is_group", true);
  row.set("heading", heading);
}

// A person's row; the group row's fields are not set, as the template reads them only in group rows.
void add_person_row(Data& rows, std::size_t number, const AttendanceRow& person) {
  Data& row = append_object(rows);
  row.set("is_group", false);
  row.set("number", std::to_string(number));
  row.set("name", person.name);
  row.set("title", person.title);
  row.set("unit", person.unit);
  row.set("note", person.note);
}

// A blank sign-in sheet's rows, for an event that lists nobody: delegates write themselves in.
constexpr std::size_t kBlankRows = 12;

}  // namespace

std::string name_key(const std::string& name) { return text::lower(text::squash_spaces(name)); }

std::string ceremony_name(const model::Event& event) {
  if (!event.name.empty()) return event.name;
  const std::string year = std::to_string(event.year);
  switch (event.kind) {
    case model::EventKind::agreement:
      return "Hội nghị ký kết giao ước thi đua năm " + year;
    case model::EventKind::movement:
      return "Lễ phát động phong trào thi đua năm " + year;
    case model::EventKind::campaign: {
      std::string name = "Hội nghị ký kết giao ước thi đua thực hiện chiến dịch thi đua cao điểm";
      if (event.campaign && event.campaign->days > 0) name += " " + std::to_string(event.campaign->days) + " ngày";
      if (event.campaign && !event.campaign->programme.empty()) {
        name += " chương trình “" + event.campaign->programme + "”";
      }
      return name;
    }
  }
  return "Hội nghị ký kết giao ước thi đua năm " + year;
}

std::string ceremony_when(const model::Event& event) {
  if (event.start) return text::clock_phrase(*event.start) + ", " + text::weekday_name(event.date) + ", " +
                          text::document_date(event.date);
  // Only the part of the day is known: the hour is left to fill in by hand.
  if (!event.part_of_day.empty()) {
    return "… giờ …, " + text::lower(event.part_of_day) + " " + text::weekday_name(event.date) + ", " +
           text::document_date(event.date);
  }
  return text::weekday_name(event.date) + ", " + text::document_date(event.date);
}

std::string attendance_title(const model::Event& event) {
  return "DANH SÁCH ĐẠI BIỂU DỰ " + text::upper(ceremony_name(event));
}

AttendanceList attendance_list(const model::Event& event, AttendanceOrder order) {
  AttendanceList list;
  list.groups = protocol_groups(event);
  if (order == AttendanceOrder::name) {
    AttendanceGroup flat;
    for (AttendanceGroup& group : list.groups) {
      for (AttendanceRow& row : group.rows) flat.rows.push_back(std::move(row));
    }
    std::stable_sort(flat.rows.begin(), flat.rows.end(), [](const AttendanceRow& a, const AttendanceRow& b) {
      return text::compare_names(a.name, b.name) < 0;
    });
    list.groups.clear();
    if (!flat.rows.empty()) list.groups.push_back(std::move(flat));
  }
  for (const AttendanceGroup& group : list.groups) list.total += group.rows.size();
  return list;
}

std::string attendance_total(std::size_t people) { return "Tổng số: " + std::to_string(people) + " đại biểu"; }

Data attendance_data(const model::Event& event, const AttendanceOptions& options) {
  const AttendanceList list = attendance_list(event, options.order);
  Data data;
  data.set("header", document_header(event, ""));
  data.set("landscape", options.landscape);
  data.set("title", attendance_title(event));
  data.set("bloc", event.bloc.full_name);
  data.set("when", "Thời gian: " + ceremony_when(event));
  data.set("place", "Địa điểm: " + event.place);
  data.set("has_place", !event.place.empty());

  data.set("rows", Data{Data::type::list});
  Data& rows = const_cast<Data&>(*data.get("rows"));  // filled in place, as append_object explains
  // Reserved, or growing would deep-copy every row: kainjow's move constructor is not noexcept.
  const_cast<std::vector<Data>&>(rows.list_value())
      .reserve(list.total + list.groups.size() + kBlankRows +
               event.units.size() * (static_cast<std::size_t>(std::max(event.rows_per_unit, 0)) + 1));
  // Units known but none of their delegates: each unit gets its group row and blank rows for its
  // delegates to sign in, under the guests, rather than one anonymous blank sheet.
  const bool unit_blocks = event.attendees.empty() && !event.units.empty() && options.order == AttendanceOrder::protocol &&
                           event.rows_per_unit > 0;
  std::size_t number = 0;
  int group_number = 0;
  for (const AttendanceGroup& group : list.groups) {
    const std::string heading = group.heading.empty() && unit_blocks ? std::string("Đại biểu khách mời") : group.heading;
    if (!heading.empty()) add_group_row(rows, roman_numeral(++group_number) + ". " + heading);
    for (const AttendanceRow& row : group.rows) add_person_row(rows, ++number, row);
  }
  if (unit_blocks) {
    for (const model::Unit& unit : event.units) {
      add_group_row(rows, roman_numeral(++group_number) + ". " + unit_heading(event, unit));
      for (int i = 0; i < event.rows_per_unit; ++i) add_person_row(rows, ++number, AttendanceRow{});  // the group row names the unit
    }
  }
  const bool blank = list.total == 0 || unit_blocks;
  if (list.total == 0 && !unit_blocks) {
    for (std::size_t i = 1; i <= kBlankRows; ++i) add_person_row(rows, i, AttendanceRow{});
  }
  // The total of a blank sheet is written in by hand, like the names.
  data.set("total", blank ? "Tổng số: ……… đại biểu" : attendance_total(list.total));
  return data;
}

DocumentMeta attendance_meta(const model::Event& event) {
  DocumentMeta info;
  info.title = attendance_title(event);
  info.subject = ceremony_name(event) + " - " + event.bloc.full_name;
  info.author = event.bloc.full_name;
  info.keywords = "danh sách đại biểu, " + event.bloc.full_name + ", " + std::to_string(event.year);
  info.date = text::iso_date(event.date);
  return info;
}

}  // namespace thidua::compose
