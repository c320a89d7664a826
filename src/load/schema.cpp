// The table of elements of the event XML; docs/format.md describes the same tree for people.
#include "load/schema.h"

#include <algorithm>
#include <map>

#include "i18n/i18n.h"

namespace thidua::load {

namespace {

constexpr bool req = true;
constexpr bool rep = true;

// Built once; a std::map keyed by name keeps lookups simple (there are ~45 elements).
const std::map<std::string_view, ElementSpec>& all_specs() {
  static const std::map<std::string_view, ElementSpec> specs = [] {
    const std::vector<ElementSpec> list = {
        {"event",
         {{"id", req}, {"kind", req}, {"year"}},
         {{"upper", req},
          {"bloc", req},
          {"name"},
          {"date", req},
          {"time"},
          {"place", req},
          {"host"},
          {"logo"},
          {"units"},
          {"guests"},
          {"attendees"},
          {"agreement"},
          {"movement"},
          {"campaign"},
          {"programme"},
          {"minutes"},
          {"results"},
          {"news"},
          {"compose"}},
         TextRule::none, ""},
        {"upper", {{"name", req}, {"short"}, {"parent"}}, {}, TextRule::none, ""},
        {"bloc", {{"kind", req}, {"name", req}, {"full"}}, {}, TextRule::none, ""},
        {"name", {}, {}, TextRule::required, N_("the ceremony's name")},
        {"date", {}, {}, TextRule::required, N_("a date YYYY-MM-DD")},
        {"time", {}, {}, TextRule::required, N_("a time HH:MM, or Sáng, Trưa, Chiều, Tối")},
        {"place", {{"province", req}}, {}, TextRule::optional, N_("the place of the ceremony")},
        {"logo", {{"file", req}}, {}, TextRule::none, ""},
        {"compose", {{"omit", req}}, {}, TextRule::none, ""},
        {"host", {{"unit"}, {"name"}, {"short"}}, {{"signatory"}}, TextRule::none, ""},
        {"units", {{"csv"}, {"file"}, {"sheet"}, {"leader"}, {"count"}, {"noun"}}, {{"unit", false, rep}}, TextRule::none, ""},
        {"unit", {{"id", req}, {"name", req}, {"short"}, {"role"}}, {{"signatory"}}, TextRule::none, ""},
        {"signatory", {{"name"}, {"title"}, {"authority"}}, {}, TextRule::none, ""},
        {"guests", {{"csv"}, {"file"}, {"sheet"}}, {{"guest", false, rep}, {"group", false, rep}}, TextRule::none, ""},
        {"guest",
         {{"id"}, {"name", req}, {"title", req}, {"organisation"}, {"role"}, {"unit"}, {"honorific"}},
         {},
         TextRule::none,
         ""},
        {"group", {{"role"}}, {}, TextRule::required, N_("a description of the group of guests")},
        {"attendees", {{"csv"}, {"file"}, {"sheet"}, {"rows-per-unit"}}, {{"attendee", false, rep}}, TextRule::none, ""},
        {"attendee", {{"name", req}, {"title"}, {"unit"}, {"organisation"}, {"note"}}, {}, TextRule::none, ""},
        {"agreement",
         {{"number"}, {"symbol"}, {"points"}},
         {{"title"},
          {"subject"},
          {"basis", false, rep},
          {"preamble", false, rep},
          {"section", false, rep},
          {"implementation"},
          {"period"},
          {"recipients"},
          {"bonus", false, rep},
          {"penalty", false, rep}},
         TextRule::none,
         ""},
        {"title", {}, {}, TextRule::required, N_("a title")},
        {"subject", {}, {}, TextRule::required, N_("the subject line (trích yếu)")},
        {"basis", {}, {}, TextRule::required, N_("one legal basis (\"Căn cứ …\")")},
        {"preamble", {}, {}, TextRule::required, N_("a paragraph")},
        {"section", {{"title", req}, {"points"}, {"rule"}}, {{"p", false, rep}, {"item", false, rep}}, TextRule::none, ""},
        {"p", {}, {}, TextRule::required, N_("a paragraph")},
        {"item", {{"points"}, {"rule"}}, {{"point", false, rep}, {"target", false, rep}}, TextRule::required, N_("the item's content")},
        {"point", {}, {}, TextRule::required, N_("the point's content")},
        {"target", {{"party"}, {"qualifier"}, {"quantity"}, {"measure"}}, {}, TextRule::optional, N_("the target")},
        {"implementation", {}, {{"p", req, rep}}, TextRule::none, ""},
        {"period", {{"from"}, {"to"}}, {}, TextRule::none, ""},
        {"recipients", {}, {{"to", req, rep}}, TextRule::none, ""},
        {"to", {}, {}, TextRule::required, N_("one recipient")},
        {"movement",
         {{"number"}, {"symbol"}},
         {{"theme", req},
          {"purpose", false, rep},
          {"requirement", false, rep},
          {"goal", false, rep},
          {"solution", false, rep},
          {"reward", false, rep},
          {"implementation"},
          {"signatory"},
          {"recipients"}},
         TextRule::none,
         ""},
        {"purpose", {}, {}, TextRule::required, N_("a purpose of the plan")},
        {"requirement", {}, {}, TextRule::required, N_("a requirement of the plan")},
        // In <results>, count= and votes= say how many units the review proposes for it.
        {"reward", {{"count"}, {"votes"}}, {}, TextRule::required, N_("an emulation title or form of reward")},
        {"theme", {}, {}, TextRule::required, N_("the movement's theme")},
        {"goal", {}, {}, TextRule::required, N_("a goal")},
        {"solution", {}, {}, TextRule::required, N_("a solution")},
        {"campaign", {{"programme", req}, {"days"}}, {}, TextRule::none, ""},
        {"programme", {}, {{"step", req, rep}}, TextRule::none, ""},
        {"step", {{"time"}, {"guest"}, {"unit"}, {"by"}}, {}, TextRule::required, N_("what happens at this step")},
        {"minutes", {{"end"}, {"absent"}}, {{"chair", req}, {"secretary", req}}, TextRule::none, ""},
        {"chair", {{"name", req}, {"title"}}, {}, TextRule::none, ""},
        {"secretary", {{"name", req}, {"title"}}, {}, TextRule::none, ""},
        {"news",
         {},
         {{"title", req}, {"published"}, {"author"}, {"lead"}, {"body"}, {"tag", false, rep}},
         TextRule::none,
         ""},
        {"published", {}, {}, TextRule::required, N_("a date and time YYYY-MM-DDTHH:MM")},
        {"author", {}, {}, TextRule::required, N_("the author's name")},
        {"lead", {}, {}, TextRule::required, N_("the lead paragraph")},
        {"body",
         {},
         {{"h", false, rep}, {"p", false, rep}, {"quote", false, rep}, {"photo", false, rep}},
         TextRule::none,
         ""},
        {"h", {}, {}, TextRule::required, N_("a sub-heading")},
        {"quote", {{"by"}}, {}, TextRule::required, N_("the quoted words")},
        {"photo", {{"file", req}, {"credit"}, {"alt"}}, {}, TextRule::optional, N_("the caption")},
        {"tag", {}, {}, TextRule::required, N_("a tag")},
        {"bonus", {{"points", req}, {"rule"}}, {}, TextRule::required, N_("what earns the bonus points")},
        {"penalty", {{"points", req}, {"rule"}}, {}, TextRule::required, N_("what costs the penalty points")},
        {"results",
         {{"date"}, {"voters"}, {"tie"}, {"file"}, {"sheet"}},
         {{"chair"}, {"secretary"}, {"reward", false, rep}, {"scores", false, rep}, {"achieved", false, rep}},
         TextRule::none,
         ""},
        {"scores", {{"unit", req}, {"votes"}}, {{"score", false, rep}}, TextRule::none, ""},
        {"score", {{"section"}, {"bonus"}, {"penalty"}}, {}, TextRule::required, N_("a score, e.g. 28,5")},
        {"achieved", {{"unit", req}, {"measure"}}, {}, TextRule::required, N_("the quantity achieved, e.g. 912")},
    };
    std::map<std::string_view, ElementSpec> by_name;
    for (const ElementSpec& spec : list) by_name.emplace(spec.name, spec);
    return by_name;
  }();
  return specs;
}

}  // namespace

const AttrSpec* ElementSpec::find_attr(std::string_view attr) const {
  for (const AttrSpec& spec : attrs) {
    if (spec.name == attr) return &spec;
  }
  return nullptr;
}

const ChildSpec* ElementSpec::find_child(std::string_view child) const {
  for (const ChildSpec& spec : children) {
    if (spec.name == child) return &spec;
  }
  return nullptr;
}

std::vector<std::string_view> ElementSpec::attr_names() const {
  std::vector<std::string_view> names;
  for (const AttrSpec& spec : attrs) names.push_back(spec.name);
  return names;
}

std::vector<std::string_view> ElementSpec::child_names() const {
  std::vector<std::string_view> names;
  for (const ChildSpec& spec : children) names.push_back(spec.name);
  return names;
}

const ElementSpec* element_spec(std::string_view name) {
  const auto& specs = all_specs();
  const auto found = specs.find(name);
  return found == specs.end() ? nullptr : &found->second;
}

std::vector<std::string_view> parents_of(std::string_view name) {
  std::vector<std::string_view> parents;
  for (const auto& [parent, spec] : all_specs()) {
    if (spec.find_child(name) != nullptr) parents.push_back(parent);
  }
  return parents;
}

}  // namespace thidua::load
