// The words of the event's field names (Event::Origin::field) and their Vietnamese order.
#include "model/field_names.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "i18n/i18n.h"

namespace thidua::model {

namespace {

// One word of a field name: the loader's English word and what it names, as docs/format.md does.
struct FieldWord {
  const char* english;
  const char* words;  // the msgid translated into the Vietnamese name
};

// TRANSLATORS: these name the parts of an event in messages such as "… (ở tên của đơn vị 'cdvc')".
constexpr FieldWord kWords[] = {
    {"achieved", N_("field: result against a target")},
    {"agreement", N_("field: agreement")},
    {"alt", N_("field: description of the photo")},
    {"attendee", N_("field: delegate")},
    {"author", N_("field: author")},
    {"authority", N_("field: signing authority")},
    {"basis", N_("field: legal basis")},
    {"bloc", N_("field: emulation bloc")},
    {"bonus", N_("field: bonus criterion")},
    {"by", N_("field: who does it")},
    {"campaign", N_("field: campaign")},
    {"caption", N_("field: caption")},
    {"chair", N_("field: chair")},
    {"credit", N_("field: photographer")},
    {"event", N_("field: event")},
    {"full", N_("field: full name")},
    {"goal", N_("field: goal")},
    {"group", N_("field: group of guests")},
    {"guest", N_("field: guest")},
    {"heading", N_("field: sub-heading")},
    {"honorific", N_("field: form of address")},
    {"implementation", N_("field: implementation")},
    {"item", N_("field: item")},
    {"lead", N_("field: lead")},
    {"measure", N_("field: measure")},
    {"minutes", N_("field: minutes")},
    {"movement", N_("field: movement")},
    {"name", N_("field: name")},
    {"news", N_("field: news article")},
    {"note", N_("field: note")},
    {"noun", N_("field: what the units are called")},
    {"number", N_("field: number")},
    {"organisation", N_("field: organisation")},
    {"paragraph", N_("field: paragraph")},
    {"parent", N_("field: body above the upper body")},
    {"penalty", N_("field: penalty criterion")},
    {"photo", N_("field: photo")},
    {"place", N_("field: place")},
    {"point", N_("field: point")},
    {"preamble", N_("field: preamble")},
    {"programme", N_("field: programme")},
    {"province", N_("field: province")},
    {"purpose", N_("field: purpose")},
    {"qualifier", N_("field: qualifier")},
    {"quantity", N_("field: quantity")},
    {"quote", N_("field: quote")},
    {"recipient", N_("field: recipient")},
    {"requirement", N_("field: requirement")},
    {"results", N_("field: year-end results")},
    {"reward", N_("field: form of award")},
    {"rule", N_("field: how it is scored")},
    {"secretary", N_("field: secretary")},
    {"section", N_("field: section")},
    {"short", N_("field: short name")},
    {"signatory", N_("field: signatory")},
    {"solution", N_("field: solution")},
    {"step", N_("field: step")},
    {"subject", N_("field: subject")},
    {"symbol", N_("field: symbol")},
    {"tag", N_("field: tag")},
    {"target", N_("field: target")},
    {"theme", N_("field: theme")},
    {"time", N_("field: time")},
    {"title", N_("field: title")},
    {"unit", N_("field: unit")},
    {"units", N_("field: member units")},
    {"upper", N_("field: upper body")},
};

// A person's title is a position (chức vụ), not a heading.
constexpr const char* kPeople[] = {"attendee", "chair", "guest", "secretary", "signatory"};

const FieldWord* find_word(std::string_view word) {
  for (const FieldWord& w : kWords) {
    if (word == w.english) return &w;
  }
  return nullptr;
}

// The translated name of `word` without its "field: " marker (which only tells translators what it is).
std::string translated(const char* msgid) {
  std::string text = _(msgid);
  constexpr std::string_view marker = "field: ";
  if (text.rfind(marker, 0) == 0) text.erase(0, marker.size());
  return text;
}

}  // namespace

std::string field_name(std::string_view field) {
  if (i18n::language() == i18n::Language::english) return std::string(field);
  // Parts: a word, then the id ('cdvc') or number that follows it.
  std::vector<std::string> parts;
  std::string previous;
  std::size_t at = 0;
  while (at < field.size()) {
    if (field[at] == ' ') {
      ++at;
      continue;
    }
    std::size_t end = at;
    if (field[at] == '\'') {
      end = field.find('\'', at + 1);
      end = end == std::string_view::npos ? field.size() : end + 1;
    } else {
      while (end < field.size() && field[end] != ' ') ++end;
    }
    const std::string_view token = field.substr(at, end - at);
    at = end;
    const bool id = token.front() == '\'' || (token.front() >= '0' && token.front() <= '9');
    if (id && !parts.empty()) {
      parts.back() += " " + std::string(token);
      continue;
    }
    const FieldWord* word = find_word(token);
    if (word == nullptr) {
      parts.emplace_back(token);  // a word the table lacks stays as written (field_names_test finds it)
    } else if (token == "title" && std::find(std::begin(kPeople), std::end(kPeople), previous) != std::end(kPeople)) {
      parts.push_back(translated(N_("field: position")));
    } else {
      parts.push_back(translated(word->words));
    }
    previous = std::string(token);
  }
  // Vietnamese names the part first and what it belongs to after: "tên của đơn vị 'cdvc'".
  if (parts.empty()) return std::string(field);
  std::string out = parts.back();
  for (std::size_t i = parts.size() - 1; i-- > 0;) out = tr("%1$s of %2$s", out, parts[i]);
  return out;
}

}  // namespace thidua::model
