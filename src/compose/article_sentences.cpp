// The article's composed sentences: the data they need, rendered with the article/* sentence templates.
#include <string>
#include <vector>

#include "compose/article.h"
#include "compose/article_values.h"
#include "compose/document_data.h"
#include "text/calendar.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

std::string bloc_full_name(const model::Event& event) {
  if (!event.bloc.full_name.empty()) return event.bloc.full_name;
  const std::string words = model::bloc_kind_words(event.bloc.kind);
  return words.empty() ? event.bloc.name : words + " " + event.bloc.name;
}

Data guest_item(const model::Guest& guest) {
  Data item;
  item.set("is_group", false);
  item.set("honorific", guest.honorific);
  item.set("name", guest.name);
  set_text(item, "guest_title", guest.title);
  // "X - Phó Chủ tịch LĐLĐ tỉnh", but "X, Ủy viên Ban Thường vụ - Trưởng Ban Tuyên giáo": a
  // title with its own " - " would be read as two titles.
  item.set("title_separator", guest.title.find(" - ") != std::string::npos ? ", " : " - ");
  item.set("description", "");
  return item;
}

// A group's description inside a list: "các đồng chí …", "đại diện …" (the staff write them
// capitalised, as the first words of a line).
std::string inside_sentence(const std::string& description) {
  for (const char* lead : {"Các ", "Đại diện "}) {
    if (description.starts_with(lead)) return text::lower(std::string(lead)) + description.substr(std::string(lead).size());
  }
  return description;
}

Data group_item(const model::GuestGroup& group) {
  Data item;
  item.set("is_group", true);
  item.set("honorific", "");
  item.set("name", "");
  set_text(item, "guest_title", "");
  item.set("title_separator", "");
  item.set("description", inside_sentence(group.description));
  return item;
}

// People first, then the groups named collectively, as the reports list them.
std::vector<Data> guests_with_role(const model::Event& event, model::GuestRole role) {
  std::vector<Data> items;
  for (const model::Guest& guest : event.guests) {
    if (guest.role == role) items.push_back(guest_item(guest));
  }
  for (const model::GuestGroup& group : event.guest_groups) {
    if (group.role == role) items.push_back(group_item(group));
  }
  return items;
}

void set_guest_list(Data& data, const std::string& key, std::vector<Data> items) {
  data.set("has_" + key, !items.empty());
  data.set(key, make_list(std::move(items)));
}

// The role sentence says "Công đoàn <short name>" only for a unit that is a union ("Công đoàn cơ
// sở Ủy ban MTTQ …" shortened to "Ủy ban MTTQ …"); a unit that is a body itself (a Liên đoàn Lao
// động, a department) is named as it is.
void set_role_unit(Data& data, const std::string& key, const model::Unit* unit) {
  const std::string label = unit != nullptr ? unit_label(*unit) : std::string();
  set_text(data, key, label);
  const bool is_union = unit != nullptr && (unit->name.starts_with("Công đoàn") || unit->name.starts_with("công đoàn"));
  data.set(key + "_is_union", names_a_union(label) || !is_union);
}

// Everything the sentence templates may use, in one object.
Data sentence_data(const model::Event& event) {
  Data data;
  set_kind_flags(data, event);
  data.set("has_time", event.start.has_value() || !event.part_of_day.empty());
  data.set("part_of_day", event.start ? text::part_of_day(*event.start) : event.part_of_day);
  data.set("date", text::slash_date(event.date));
  data.set("short_date", text::short_dash_date(event.date));
  data.set("year", std::to_string(event.year));
  set_text(data, "place", event.place);
  data.set("bloc", bloc_full_name(event));
  set_text(data, "host", event.composes(model::ComposedPart::host) ? host_name(event, true) : std::string());
  set_text(data, "name", event.name);
  data.set("is_le", is_le(event));
  set_text(data, "programme", event.campaign ? event.campaign->programme : std::string());
  set_text(data, "days", event.campaign && event.campaign->days > 0 ? std::to_string(event.campaign->days) : "");

  set_guest_list(data, "chairs", guests_with_role(event, model::GuestRole::chair));
  set_guest_list(data, "directors", guests_with_role(event, model::GuestRole::director));
  set_guest_list(data, "attending", guests_with_role(event, model::GuestRole::attending));

  std::vector<std::string> labels;
  for (const model::Unit& unit : event.units) labels.push_back(unit_label(unit));
  // Members only counted are said as a count ("có 16 công đoàn cơ sở"), never listed in part.
  const bool counted = event.members_counted();
  data.set("has_units", event.member_count() > 0 && event.composes(model::ComposedPart::members));
  data.set("members_counted", counted);
  data.set("units", text_list(counted ? std::vector<std::string>{} : labels));
  data.set("unit_count", std::to_string(event.member_count()));
  data.set("unit_noun", event.member_noun());
  // The parties of a union's own agreement or campaign are "đơn vị" unless the event names them.
  data.set("party_noun", event.unit_noun.empty() ? std::string("đơn vị") : event.unit_noun);
  set_role_unit(data, "leader", event.composes(model::ComposedPart::leader) ? event.leader() : nullptr);
  set_role_unit(data, "deputy", event.deputy());
  // A signing needs an agreement to sign and units to sign it; a movement launch has none.
  data.set("has_signing", event.kind != model::EventKind::movement && event.member_count() > 0);
  return data;
}

std::string render_sentence(const tmpl::TemplateSet& templates, const std::string& name, const Data& data,
                            Diagnostics& diags) {
  // Plain text: the page escapes it once, where it lands. Staff may spread a sentence template
  // over several lines; the white space is squashed.
  return text::squash_spaces(templates.render(name, data, diags, tmpl::Escape::none));
}

}  // namespace

ArticleSentences compose_sentences(const model::Event& event, const tmpl::TemplateSet& templates,
                                   Diagnostics& diags) {
  const Data data = sentence_data(event);
  ArticleSentences out;
  // A part the event switches off is not composed at all (the templates stay as staff wrote them).
  const auto part = [&](model::ComposedPart which, const char* name) {
    return event.composes(which) ? render_sentence(templates, name, data, diags) : std::string();
  };
  out.lead = part(model::ComposedPart::lead, "article/lead");
  out.guests = part(model::ComposedPart::guests, "article/guests");
  // The members template writes the members and the leader; each is switched off by its flags.
  out.members = render_sentence(templates, "article/members", data, diags);
  out.signing = part(model::ComposedPart::signing, "article/signing");
  const bool titled = event.news && !event.news->title.empty();
  out.title = titled ? event.news->title : render_sentence(templates, "article/title", data, diags);
  return out;
}

}  // namespace thidua::compose
