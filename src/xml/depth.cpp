// Measuring the nesting of a pugixml tree without recursion.
#include "xml/depth.h"

namespace thidua::xml {

pugi::xml_node too_deep(pugi::xml_node root, std::size_t limit) {
  std::size_t depth = 0;
  pugi::xml_node node = root.first_child();
  if (!node) return {};
  depth = 1;
  while (node) {
    if (node.type() == pugi::node_element && depth > limit) return node;
    if (node.first_child()) {
      node = node.first_child();
      ++depth;
      continue;
    }
    while (node && !node.next_sibling() && node != root) {
      node = node.parent();
      --depth;
    }
    if (!node || node == root) break;
    node = node.next_sibling();
  }
  return {};
}

}  // namespace thidua::xml
