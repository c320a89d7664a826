// The article's template data: every piece of the event's data a reader can use, with prepared wording.
#include <string>
#include <vector>

#include "compose/article.h"
#include "compose/article_results.h"
#include "compose/document_data.h"
#include "compose/article_values.h"
#include "text/calendar.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

// "+07:00": Vietnam has kept UTC+7 without daylight saving since 1975.
constexpr const char* vietnam_offset = "+07:00";

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

Data photo_data(const model::Photo& photo, const std::string& title, const PhotoResolver& photos) {
  Data item;
  const PhotoRef ref = photos(photo);
  item.set("src", ref.src);
  item.set("has_size", ref.width > 0 && ref.height > 0);
  item.set("width", std::to_string(ref.width));
  item.set("height", std::to_string(ref.height));
  // Every image needs alt text: the given alt, else the caption, else the article's title.
  item.set("alt", !photo.alt.empty() ? photo.alt : !photo.caption.empty() ? photo.caption : title);
  set_text(item, "caption", photo.caption);
  set_text(item, "credit", photo.credit);
  item.set("caption_needs_stop", !photo.caption.empty() && !ends_sentence(photo.caption));
  return item;
}

Data block_data(const model::Event& event, const model::Block& block, const std::string& title,
                const PhotoResolver& photos) {
  using Kind = model::Block::Kind;
  Data item;
  item.set("is_paragraph", block.kind == Kind::paragraph);
  item.set("is_heading", block.kind == Kind::heading);
  item.set("is_quote", block.kind == Kind::quote);
  item.set("is_photo", block.kind == Kind::photo);
  item.set("text", block.text);
  const model::Guest* guest = block.speaker_id.empty() ? nullptr : event.find_guest(block.speaker_id);
  std::string speaker = block.speaker;
  if (speaker.empty() && guest != nullptr) speaker = guest->name;
  set_text(item, "speaker", speaker);
  item.set("speaker_honorific", capitalize_first(guest != nullptr ? guest->honorific : std::string("đồng chí")));
  set_text(item, "speaker_title", guest != nullptr ? guest->title : std::string());
  item.set("photo", block.kind == Kind::photo ? photo_data(block.photo, title, photos) : Data{false});
  return item;
}

Data target_data(const model::Event& event, const model::Target& target) {
  Data item;
  const model::Unit* party = target.party_id.empty() ? nullptr : event.find_unit(target.party_id);
  set_text(item, "party", party != nullptr ? unit_label(*party) : target.party_id);
  set_text(item, "qualifier", target.qualifier);
  set_text(item, "quantity", target.quantity);
  set_text(item, "measure", target.measure);
  set_text(item, "target_text", target.text);
  return item;
}

Data section_data(const model::Event& event, const model::Section& section, int number) {
  Data item;
  item.set("number", roman_numeral(number));
  item.set("section_title", section.title);
  item.set("has_paragraphs", !section.paragraphs.empty());
  item.set("paragraphs", text_list(section.paragraphs));
  std::vector<Data> items;
  for (const model::Item& content : section.items) {
    Data entry;
    entry.set("item_text", content.text);
    entry.set("has_points", !content.points.empty());
    entry.set("points", text_list(content.points));
    std::vector<Data> targets;
    for (const model::Target& target : content.targets) targets.push_back(target_data(event, target));
    entry.set("has_targets", !targets.empty());
    entry.set("targets", make_list(std::move(targets)));
    items.push_back(std::move(entry));
  }
  item.set("has_items", !items.empty());
  item.set("items", make_list(std::move(items)));
  return item;
}

void set_date(Data& data, const std::string& key, const std::optional<text::Date>& date) {
  set_text(data, key, date ? text::slash_date(*date) : std::string());
  data.set(key + "_short", date ? text::short_dash_date(*date) : std::string());
  data.set(key + "_iso", date ? text::iso_date(*date) : std::string());
}

void set_agreement(Data& data, const model::Event& event) {
  const bool has = event.agreement.has_value();
  static const model::Agreement none;
  const model::Agreement& a = has ? *event.agreement : none;
  data.set("has_agreement", has);
  set_text(data, "agreement_title", a.title);
  set_text(data, "number", a.number);
  set_text(data, "symbol", a.symbol);
  set_text(data, "subject", a.subject);
  data.set("has_bases", !a.bases.empty());
  data.set("bases", text_list(a.bases));
  data.set("has_preamble", !a.preamble.empty());
  data.set("preamble", text_list(a.preamble));
  std::vector<Data> sections;
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    sections.push_back(section_data(event, a.sections[i], static_cast<int>(i + 1)));
  }
  data.set("has_sections", !sections.empty());
  data.set("sections", make_list(std::move(sections)));
  data.set("has_recipients", !a.recipients.empty());
  data.set("recipients", text_list(a.recipients));
  data.set("has_implementation", !a.implementation.empty());
  data.set("implementation", text_list(a.implementation));
  set_date(data, "period_from", a.period_from);
  set_date(data, "period_to", a.period_to);
}

void set_movement(Data& data, const model::Event& event) {
  static const model::Movement none;
  const model::Movement& m = event.movement ? *event.movement : none;
  data.set("has_movement", event.movement.has_value());
  set_text(data, "theme", m.theme);
  data.set("has_goals", !m.goals.empty());
  data.set("goals", text_list(m.goals));
  data.set("has_solutions", !m.solutions.empty());
  data.set("solutions", text_list(m.solutions));
}

void set_signatories(Data& data, const model::Event& event) {
  std::vector<Data> items;
  for (const model::Unit& unit : event.units) {
    Data item;
    item.set("unit_name", unit.name);
    item.set("unit_short", unit_label(unit));
    set_text(item, "role_label", model::role_label(unit.role, event.bloc.kind));
    item.set("has_signatory", unit.signatory.has_value());
    set_text(item, "authority", unit.signatory ? unit.signatory->authority : std::string());
    set_text(item, "signer_title", unit.signatory ? unit.signatory->title : std::string());
    item.set("signer_name", unit.signatory ? unit.signatory->name : std::string());
    items.push_back(std::move(item));
  }
  data.set("has_signatories", !items.empty());
  data.set("signatories", make_list(std::move(items)));
}

void set_attendees(Data& data, const model::Event& event) {
  std::vector<Data> items;
  for (const model::Attendee& attendee : event.attendees) {
    Data item;
    item.set("attendee_name", attendee.name);
    set_text(item, "attendee_title", attendee.title);
    const model::Unit* unit = attendee.unit_id.empty() ? nullptr : event.find_unit(attendee.unit_id);
    set_text(item, "attendee_unit", unit != nullptr ? unit_label(*unit) : attendee.organisation);
    set_text(item, "note", attendee.note);
    items.push_back(std::move(item));
  }
  data.set("has_attendees", !items.empty());
  data.set("attendee_count", std::to_string(items.size()));
  data.set("attendees", make_list(std::move(items)));
}

void set_guests(Data& data, const model::Event& event) {
  std::vector<Data> items;
  for (const model::Guest& guest : event.guests) {
    Data item;
    item.set("guest_honorific", capitalize_first(guest.honorific));
    item.set("guest_name", guest.name);
    set_text(item, "guest_title", guest.title);
    set_text(item, "guest_org", guest.organisation);
    item.set("is_chair", guest.role == model::GuestRole::chair);
    item.set("is_director", guest.role == model::GuestRole::director);
    item.set("is_attending", guest.role == model::GuestRole::attending);
    items.push_back(std::move(item));
  }
  data.set("has_guest_list", !items.empty());
  data.set("guest_list", make_list(std::move(items)));
}

// The facts of the event for the article's information box.
void set_facts(Data& data, const model::Event& event, const PhotoResolver& photos) {
  set_text(data, "event_name", event.name);
  data.set("event_weekday", text::weekday_name(event.date));
  data.set("has_start", event.start.has_value());
  data.set("start_clock", event.start ? text::clock_hhmm(*event.start) : std::string());
  data.set("start_part", event.start ? text::part_of_day(*event.start) : event.part_of_day);
  data.set("has_start_part", event.start.has_value() || !event.part_of_day.empty());
  set_text(data, "upper_parent", event.upper.parent);
  PhotoRef logo;
  if (!event.logo.empty()) {
    model::Photo photo;
    photo.file = event.logo;
    photo.where = {event.source_file};
    logo = photos(photo);
  }
  data.set("has_logo", !logo.src.empty());
  data.set("logo_src", logo.src);
  data.set("has_logo_size", logo.width > 0 && logo.height > 0);
  data.set("logo_width", std::to_string(logo.width));
  data.set("logo_height", std::to_string(logo.height));
}

void set_published(Data& data, const model::News& news) {
  const bool has = news.published_date.has_value();
  data.set("has_published", has);
  data.set("published_weekday", has ? text::weekday_name(*news.published_date) : std::string());
  data.set("published_date", has ? text::slash_date(*news.published_date) : std::string());
  set_text(data, "published_time", has && news.published_time ? text::clock_hhmm(*news.published_time) : "");
  std::string iso;
  if (has) {
    iso = text::iso_date(*news.published_date);
    if (news.published_time) {
      iso += "T" + two(news.published_time->hour) + ":" + two(news.published_time->minute) + ":00" + vietnam_offset;
    }
  }
  data.set("published_iso", iso);
}

}  // namespace

kainjow::mustache::data article_data(const model::Event& event, const tmpl::TemplateSet& templates,
                                     const PhotoResolver& photos, Diagnostics& diags) {
  const ArticleSentences sentences = compose_sentences(event, templates, diags);
  static const model::News no_news;
  const model::News& news = event.news ? *event.news : no_news;
  Data data;
  set_kind_flags(data, event);
  data.set("year", std::to_string(event.year));
  data.set("title", sentences.title);
  data.set("event_id", event.id);
  // The news may give its own lead (the reports' leads do not always follow the pattern).
  const std::string lead = news.lead.empty() ? sentences.lead : news.lead;
  set_text(data, "lead", lead);
  data.set("lead_is_composed", news.lead.empty());
  set_text(data, "guests_sentence", sentences.guests);
  set_text(data, "members_sentence", sentences.members);
  set_text(data, "signing_sentence", sentences.signing);
  set_text(data, "author", news.author);
  set_published(data, news);
  data.set("event_date", text::slash_date(event.date));
  data.set("event_date_iso", text::iso_date(event.date));
  data.set("upper_name", event.upper.name);
  set_text(data, "upper_short", event.upper.short_name);
  data.set("bloc", event.bloc.full_name.empty() ? event.bloc.name : event.bloc.full_name);
  set_text(data, "place", event.place);
  set_text(data, "province", event.province);

  std::vector<Data> blocks;
  for (const model::Block& block : news.body) blocks.push_back(block_data(event, block, sentences.title, photos));
  // What lists and search engines show of the article: the lead, else (its lead switched off)
  // the first paragraph of the body, else the title.
  std::string summary = lead;
  for (const model::Block& block : news.body) {
    if (!summary.empty()) break;
    if (block.kind == model::Block::Kind::paragraph) summary = block.text;
  }
  data.set("summary", summary.empty() ? sentences.title : summary);
  data.set("has_body", !blocks.empty());
  data.set("body", make_list(std::move(blocks)));

  set_agreement(data, event);
  set_movement(data, event);
  data.set("has_campaign", event.campaign.has_value());
  set_text(data, "programme", event.campaign ? event.campaign->programme : std::string());
  set_text(data, "days", event.campaign && event.campaign->days > 0 ? std::to_string(event.campaign->days) : "");
  set_signatories(data, event);
  set_attendees(data, event);
  set_guests(data, event);
  set_facts(data, event, photos);
  set_results(data, event);

  std::vector<Data> tags;
  for (const std::string& tag : news.tags) {
    Data item;
    item.set("tag", tag);
    item.set("tag_slug", text::slug(tag));
    tags.push_back(std::move(item));
  }
  data.set("has_tags", !tags.empty());
  data.set("tags", make_list(std::move(tags)));
  return data;
}

}  // namespace thidua::compose
