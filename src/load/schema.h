// The event XML vocabulary: which attributes, children and text each element takes.
#pragma once

#include <string_view>
#include <vector>

namespace thidua::load {

// Whether an element holds text of its own.
enum class TextRule { none, optional, required };

// One attribute an element accepts.
struct AttrSpec {
  std::string_view name;
  bool required = false;
};

// One child element an element accepts.
struct ChildSpec {
  std::string_view name;
  bool required = false;  // must appear (once at least)
  bool repeated = false;  // may appear more than once
};

// Everything an element may contain. An element name means the same wherever it
// appears (<p> in a section, the implementation or the news body), so the name is the key.
struct ElementSpec {
  std::string_view name;
  std::vector<AttrSpec> attrs;
  std::vector<ChildSpec> children;
  TextRule text = TextRule::none;
  std::string_view text_hint;  // what the text should be, for "<date> is empty; expected …"

  // The attribute `attr`, or nullptr.
  const AttrSpec* find_attr(std::string_view attr) const;
  // The child `child`, or nullptr.
  const ChildSpec* find_child(std::string_view child) const;
  // The names of the attributes, in the documented order.
  std::vector<std::string_view> attr_names() const;
  // The names of the children, in the documented order.
  std::vector<std::string_view> child_names() const;
};

// The spec of element `name`, or nullptr when the format has no such element.
const ElementSpec* element_spec(std::string_view name);

// The elements that accept `name` as a child, for "<signatory> belongs in <unit>".
std::vector<std::string_view> parents_of(std::string_view name);

}  // namespace thidua::load
