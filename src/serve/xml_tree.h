// An event file as the editor exchanges it: its whole XML tree (elements, attributes, text, comments) as JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.h"

namespace thidua::serve {

// The XML text of an event as a JSON tree, read as leniently as the loader reads it (pugixml), so
// every file the loader accepts opens. A node is one of
//   {"type":"element","name":N,"attrs":[[NAME,VALUE],…],"children":[…]}
//   {"type":"text","value":V}   {"type":"comment","value":V}   {"type":"cdata","value":V}
//   {"type":"pi","name":N,"value":V}   {"type":"declaration","attrs":[…]}   {"type":"doctype","value":V}
// and the whole file is {"type":"document","children":[…]}. White space between elements is kept
// as text nodes, so an unchanged tree is written back with the file's own layout and comments.
// Nullopt with `error` set ("line 3, column 7: …") when the text is not well-formed XML.
std::optional<nlohmann::json> xml_to_tree(std::string_view xml, std::string& error);

// Where a node of the tree landed in the text tree_to_xml wrote.
struct Anchor {
  int line = 1;          // 1-based
  int column = 1;        // 1-based, in code points (as diagnostics count)
  std::string node;      // the node's path: child indices from the document, "1.5.0"
  std::string field;     // "" for the element itself, an attribute name, or "#text"
};

// The XML text of a tree, and where each element, attribute and text node starts in it.
struct WrittenXml {
  std::string text;
  std::vector<Anchor> anchors;  // in text order
};

// Writes `tree` as XML (UTF-8, escaped as needed). Throws std::invalid_argument with a short
// reason when the tree is malformed (an unknown node type, an element without a valid name).
WrittenXml tree_to_xml(const nlohmann::json& tree);

// The anchor a diagnostic at `line`:`column` belongs to: the last one at or before it.
const Anchor* anchor_for(const std::vector<Anchor>& anchors, int line, int column);

}  // namespace thidua::serve
