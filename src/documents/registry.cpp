// The registry of document kinds: the one list the CLI, `build` and the web app take documents from.
#include "documents/registry.h"

#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

const std::vector<DocumentKind>& registry() {
  // A new kind is one more line here (and its KIND_kind.cpp); nothing else lists kinds.
  static const std::vector<DocumentKind> kinds = {
      agreement_kind(),
      attendance_kind(),
      invitations_kind(),
      plan_kind(),
      programme_kind(),
      script_kind(),
      minutes_kind(),
      scoresheet_kind(),
      results_kind(),
      review_kind(),
      proposal_kind(),
      article_kind(),
  };
  return kinds;
}

const DocumentKind* find_kind(const std::string& name) {
  for (const DocumentKind& kind : registry()) {
    if (kind.name == name) return &kind;
  }
  return nullptr;
}

std::vector<Availability> availability(const model::Event& event) {
  std::vector<Availability> list;
  for (const DocumentKind& kind : registry()) {
    const bool applies = kind.applies(event);
    list.push_back(Availability{&kind, applies, applies ? std::string() : std::string(_(kind.why_not.c_str()))});
  }
  return list;
}

}  // namespace thidua::documents
