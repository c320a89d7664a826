// The state shared by the steps that load one event file (internal to the loader).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"
#include "load/xml_reader.h"
#include "model/event.h"

namespace thidua::load {

// A use of an id that must be defined elsewhere in the file (a unit or a guest).
struct Reference {
  std::string id;
  SourceLoc where;
  std::string how;  // "attribute 'unit'", "column 'unit'": names the field in messages
};

// Where the parts the cross-checks talk about were found.
struct Places {
  SourceLoc event;
  std::optional<SourceLoc> units;
  std::optional<SourceLoc> agreement;
  std::optional<SourceLoc> movement;
  std::optional<SourceLoc> campaign;
};

// Everything the loading steps share while one event file is read.
struct LoadContext {
  XmlReader& xml;
  Diagnostics& diags;
  model::Event& event;
  std::string display_dir;  // the XML's directory as written in messages ("" for the current one)
  std::string base_dir;     // the directory relative paths are read from
  std::vector<Reference> unit_refs;   // guest unit=, attendee unit=, target party=
  std::vector<Reference> guest_refs;  // quote by=
  Places places;
  bool units_unreadable = false;  // the units list file could not be read: its error says enough
  std::string units_file;         // the units list file as messages name it ("" for <unit> elements)

  // Records where a text field came from (nothing for an absent value).
  void origin(std::string field, const Value& value);
  // `relative` as named in messages: joined to the XML's directory as the user wrote it.
  std::string display_path(const std::string& relative) const;
  // `relative` as opened on disk.
  std::string disk_path(const std::string& relative) const;
};

// A source of named fields: the attributes of an element or the columns of a CSV row.
class Fields {
 public:
  virtual ~Fields() = default;
  // The checked, normalised value of field `name` (absent when missing or empty).
  virtual Value get(std::string_view name) = 0;
  // How messages name field `name`: "attribute 'unit'" or "column 'unit'".
  virtual std::string describe(std::string_view name) const = 0;
};

// The fields of an XML element: its attributes.
class ElementFields : public Fields {
 public:
  // The attributes of `element`, read through `xml`.
  ElementFields(XmlReader& xml, pugi::xml_node element) : xml_(xml), element_(element) {}
  // The attribute `name`, checked and normalised.
  Value get(std::string_view name) override { return xml_.attr(element_, name); }
  // "attribute 'name'".
  std::string describe(std::string_view name) const override { return tr("attribute '%1$s'", name); }

 private:
  XmlReader& xml_;
  pugi::xml_node element_;
};

// --- values (values.cpp) ---

// One allowed word of an enumerated field and what it means.
template <typename T>
struct Choice {
  std::string_view word;
  T value;
};

// The date in `value` (YYYY-MM-DD); reports a wrong form or a day that does not exist.
std::optional<model::Date> parse_date_value(LoadContext& ctx, const Value& value);
// The time in `value` (HH:MM); reports a wrong form or a time out of range.
std::optional<model::Time> parse_time_value(LoadContext& ctx, const Value& value);
// A whole number in [low, high]; `what` and `example` word the message.
std::optional<int> parse_int_value(LoadContext& ctx, const Value& value, std::string_view what, int low, int high,
                                   std::string_view example);
// Reports a value that is not one of `words`, naming the field as `field` ("attribute 'role'").
void report_bad_choice(LoadContext& ctx, const Value& value, const std::string& field,
                       const std::vector<std::string_view>& words);
// The choice matching `value`, or `fallback` (absent value, or reported as invalid).
template <typename T>
T parse_choice(LoadContext& ctx, const Value& value, const std::string& field, const std::vector<Choice<T>>& choices,
               T fallback) {
  if (!value) return fallback;
  std::vector<std::string_view> words;
  for (const Choice<T>& choice : choices) {
    if (choice.word == value.text) return choice.value;
    words.push_back(choice.word);
  }
  report_bad_choice(ctx, value, field, words);
  return fallback;
}
// True when `value` is a valid unit or guest id (ASCII letters, digits, '-', '_'); reports otherwise.
bool check_id(LoadContext& ctx, const Value& value, const std::string& field);
// Checks that image `value` (relative to the XML) exists and is a PNG or JPEG libharu can embed.
void check_image(LoadContext& ctx, const Value& value);

// The parts of `text` between "|" marks (forced line breaks in a name), trimmed, the empty ones
// left out; nothing when it has no mark.
std::vector<std::string> marked_lines(const std::string& text);
// `text` with its "|" marks read as spaces: how the name reads in running text.
std::string unmarked(const std::string& text);

// --- elements and rows (records.cpp) ---

// "unit 'cdvc'", or "unit 3" when it has no id, in the current language: how messages name a record.
std::string record_label(std::string_view kind, const std::string& id, std::size_t number);
// The same, untranslated: how origins name a record (named in a message's language by model::field_name).
std::string origin_label(std::string_view kind, const std::string& id, std::size_t number);
// Reads field `name` into `out` when it is present, recording where it came from as "`record` `name`"
// ("guest 'lan' title"); returns the value.
Value read_field(LoadContext& ctx, Fields& fields, std::string_view name, const std::string& record, std::string& out);
// Builds unit number `number` from `fields` (signatory aside); where = the element or row.
model::Unit read_unit_fields(LoadContext& ctx, Fields& fields, SourceLoc where, std::size_t number);
// Builds guest number `number` from `fields`.
model::Guest read_guest_fields(LoadContext& ctx, Fields& fields, SourceLoc where, std::size_t number);
// Builds attendee number `number` from `fields`.
model::Attendee read_attendee_fields(LoadContext& ctx, Fields& fields, SourceLoc where, std::size_t number);

// --- the element tree (xml_event.cpp, xml_documents.cpp) ---

// Reads the root <event> element and everything in it into ctx.event.
void read_event(LoadContext& ctx, pugi::xml_node root);
// Reads <units> (elements, or file= / csv=).
void read_units(LoadContext& ctx, pugi::xml_node units);
// A <signatory> (of a unit or of a movement's plan); `field` names it in origins ("movement signatory").
// Its name may be left out (written in by hand); a name without a title is an error.
model::Signatory read_signatory(LoadContext& ctx, pugi::xml_node signatory, const std::string& field);
// A person named by name= and title= of `element` (<chair>, <secretary>); `part` names it in
// origins ("minutes" for "minutes chair name").
model::Person read_person(LoadContext& ctx, pugi::xml_node element, const std::string& part);
// Reads <guests> (elements or csv=).
void read_guests(LoadContext& ctx, pugi::xml_node guests);
// Reads <attendees> (elements or csv=).
void read_attendees(LoadContext& ctx, pugi::xml_node attendees);
// Reads <agreement>.
void read_agreement(LoadContext& ctx, pugi::xml_node agreement);
// Reads <movement>.
void read_movement(LoadContext& ctx, pugi::xml_node movement);
// Reads <campaign>.
void read_campaign(LoadContext& ctx, pugi::xml_node campaign);
// Reads <programme> (the steps of the ceremony).
void read_programme(LoadContext& ctx, pugi::xml_node programme);
// Reads <minutes> (chair, secretary, closing time, absent units).
void read_minutes(LoadContext& ctx, pugi::xml_node minutes);
// Reads <news>.
void read_news(LoadContext& ctx, pugi::xml_node news);

// --- scoring (xml_scores.cpp) ---

// Reads points= (the criterion's maximum) and rule= (how it is scored) of a <section> or <item>.
void read_criterion_points(LoadContext& ctx, pugi::xml_node element, std::optional<double>& points,
                           std::string& rule, const std::string& label);
// Reads a <bonus> or <penalty> criterion of <agreement> into it.
void read_adjustments(LoadContext& ctx, pugi::xml_node element, model::Agreement& agreement);
// Reads <results> (the year-end scores, votes, rewards and achievements); after <agreement>.
void read_results(LoadContext& ctx, pugi::xml_node results);
// Checks the criteria: every section scored, items adding up to their section, sections to the scale.
void check_criteria(LoadContext& ctx);
// Checks the results against the criteria and the units: every unit and section scored, no score
// above its maximum or negative, no more votes than voters.
void check_results(LoadContext& ctx);

// --- lists from CSV files and workbooks (tables.cpp) ---

// Where a list comes from: file= (or csv=) and, for a workbook, sheet= (absent: the first visible sheet).
struct ListSource {
  Value file;
  Value sheet;
};

// Reads the units of the list file named by `source`.
void read_units_table(LoadContext& ctx, const ListSource& source);
// Reads the guests of the list file named by `source`.
void read_guests_table(LoadContext& ctx, const ListSource& source);
// Reads the units' scores of <results file=…> (a row per unit, a column per section, bonus, penalty, votes).
void read_scores_table(LoadContext& ctx, const ListSource& source, model::Results& results);
// Reads the attendees of the list file named by `source`.
void read_attendees_table(LoadContext& ctx, const ListSource& source);

// --- cross-checks (checks.cpp) ---

// Checks what single elements cannot: unique ids, references, leader and deputy, the
// member list, kind-specific parts; fills defaults (year, bloc full name, quote speakers).
void check_event(LoadContext& ctx);

}  // namespace thidua::load
