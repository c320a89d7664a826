// The nesting-depth limit of XML trees read with pugixml, checked before any recursive walk.
#pragma once

#include <cstddef>

#include <pugixml.hpp>

namespace thidua::xml {

// The deepest nesting of elements the event file and the document markup may have.
constexpr std::size_t max_depth = 100;

// The first element nested deeper than `limit` under `root` (in document order), or an empty
// node when there is none. Iterative: a tree 20,000 deep does not overflow the stack.
pugi::xml_node too_deep(pugi::xml_node root, std::size_t limit = max_depth);

}  // namespace thidua::xml
