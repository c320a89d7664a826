// The registry of document kinds: the one list the CLI, `build` and the web app take documents from.
#pragma once

#include <string>
#include <vector>

#include "documents/kind.h"

namespace thidua::documents {

// Every document kind, in the order `build` writes them and `thidua --help` lists their commands.
const std::vector<DocumentKind>& registry();
// The kind named `name` ("agreement"), or nullptr.
const DocumentKind* find_kind(const std::string& name);

// Whether one kind applies to an event, and if not, why (for a form or a listing).
struct Availability {
  const DocumentKind* kind = nullptr;
  bool applies = false;
  std::string why_not;  // empty when it applies
};
// Every kind of the registry, in order, with whether it applies to `event`.
std::vector<Availability> availability(const model::Event& event);

}  // namespace thidua::documents
