// One document kind: the PDF kinds' convention and the option helpers (defaults, choice checks).
#include "documents/kind.h"
#include "i18n/i18n.h"

#include <algorithm>

namespace thidua::documents {

bool DocumentKind::supports(Output output) const {
  // Why implied: the DOCX is made from the same markup as the PDF, so every PDF kind has it,
  // including kinds added later without naming it.
  if (output == Output::docx && supports(Output::pdf)) return true;
  return std::find(outputs.begin(), outputs.end(), output) != outputs.end();
}

const OptionSpec* DocumentKind::find_option(const std::string& option_name) const {
  for (const OptionSpec& option : options) {
    if (option.name == option_name) return &option;
  }
  return nullptr;
}

DocumentKind pdf_kind(DocumentKind kind) {
  if (kind.template_folder.empty()) kind.template_folder = kind.name;
  if (kind.template_name.empty()) kind.template_name = kind.name + "/document";
  if (kind.outputs.empty()) kind.outputs = {Output::pdf, Output::trace};
  return kind;
}

Composer without_options(compose::Data (*data)(const model::Event&)) {
  return [data](const model::Event& event, const OptionValues&) { return data(event); };
}

std::string option_value(const OptionValues& values, const std::string& name) {
  const auto value = values.find(name);
  return value == values.end() ? std::string() : value->second;
}

OptionValues default_values(const DocumentKind& kind) {
  OptionValues values;
  for (const OptionSpec& option : kind.options) {
    if (!option.default_value.empty()) values[option.name] = option.default_value;
  }
  return values;
}

std::optional<OptionProblem> check_choices(const DocumentKind& kind, const OptionValues& values) {
  for (const OptionSpec& option : kind.options) {
    const auto given = values.find(option.name);
    if (given == values.end() || option.choices.empty()) continue;
    const bool known = std::any_of(option.choices.begin(), option.choices.end(),
                                   [&](const Choice& choice) { return choice.value == given->second; });
    if (known) continue;
    std::string expected;
    for (std::size_t i = 0; i < option.choices.size(); ++i) {
      if (i > 0) expected += i + 1 == option.choices.size() ? _(" or ") : ", ";
      expected += option.choices[i].value;
    }
    return OptionProblem{option.name, given->second, tr("invalid value '%1$s'", given->second),
                         tr("expected %1$s", expected), true};
  }
  return std::nullopt;
}

std::optional<OptionProblem> check_values(const DocumentKind& kind, const model::Event& event,
                                          const OptionValues& values) {
  if (auto problem = check_choices(kind, values)) return problem;
  if (kind.check_options) return kind.check_options(event, values);
  return std::nullopt;
}

std::string listed_ids(const std::vector<std::string>& ids, const std::string& none) {
  std::string list;
  for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
  return list.empty() ? none : list;
}

}  // namespace thidua::documents
