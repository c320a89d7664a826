// XML text <-> the editor's JSON tree, with pugixml reading and a writer that records where each node lands.
#include "serve/xml_tree.h"

#include <pugixml.hpp>

#include <stdexcept>

#include "i18n/i18n.h"
#include "load/xml_reader.h"
#include "tmpl/escape.h"

namespace thidua::serve {

using nlohmann::json;

namespace {

json attrs_of(pugi::xml_node node) {
  json attrs = json::array();
  for (pugi::xml_attribute a : node.attributes()) attrs.push_back(json::array({a.name(), a.value()}));
  return attrs;
}

json node_to_json(pugi::xml_node node) {
  switch (node.type()) {
    case pugi::node_element: {
      json children = json::array();
      for (pugi::xml_node child : node.children()) {
        json c = node_to_json(child);
        if (!c.is_null()) children.push_back(std::move(c));
      }
      return json{{"type", "element"}, {"name", node.name()}, {"attrs", attrs_of(node)}, {"children", children}};
    }
    case pugi::node_pcdata: return json{{"type", "text"}, {"value", node.value()}};
    case pugi::node_cdata: return json{{"type", "cdata"}, {"value", node.value()}};
    case pugi::node_comment: return json{{"type", "comment"}, {"value", node.value()}};
    case pugi::node_pi: return json{{"type", "pi"}, {"name", node.name()}, {"value", node.value()}};
    case pugi::node_declaration: return json{{"type", "declaration"}, {"attrs", attrs_of(node)}};
    case pugi::node_doctype: return json{{"type", "doctype"}, {"value", node.value()}};
    default: return nullptr;
  }
}

bool valid_name(std::string_view name) {
  if (name.empty()) return false;
  const char first = name.front();
  if (first == '-' || first == '.' || (first >= '0' && first <= '9')) return false;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c == '/' || c == '=' || c == '?' ||
        c == '!') {
      return false;
    }
  }
  return true;
}

// Writes the text and keeps the line and code-point column of its end.
class Writer {
 public:
  void raw(std::string_view s) {
    for (char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if (c == '\n') {
        ++line_;
        column_ = 1;
      } else if ((u & 0xC0) != 0x80) {
        ++column_;
      }
    }
    out_.text += s;
  }
  void anchor(std::string node, std::string field) {
    out_.anchors.push_back(Anchor{line_, column_, std::move(node), std::move(field)});
  }
  void text(std::string_view s) { raw(tmpl::xml_escape(s, "&<>\r")); }
  void attribute_value(std::string_view s) { raw(tmpl::xml_escape(s, "&<\"\n\r\t")); }
  WrittenXml take() { return std::move(out_); }

 private:
  WrittenXml out_;
  int line_ = 1;
  int column_ = 1;
};

const std::string& string_field(const json& node, const char* key) {
  static const std::string empty;
  const auto found = node.find(key);
  if (found == node.end()) return empty;
  if (!found->is_string()) throw std::invalid_argument(tr("'%1$s' must be a string", key));
  return found->get_ref<const std::string&>();
}

void write_attrs(Writer& w, const json& node, const std::string& path, bool anchors) {
  const auto found = node.find("attrs");
  if (found == node.end()) return;
  if (!found->is_array()) throw std::invalid_argument(_("'attrs' must be a list"));
  for (const json& pair : *found) {
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string()) {
      throw std::invalid_argument(_("each attribute must be [name, value]"));
    }
    const std::string& name = pair[0].get_ref<const std::string&>();
    if (!valid_name(name)) throw std::invalid_argument(tr("invalid attribute name '%1$s'", name));
    w.raw(" ");
    if (anchors) w.anchor(path, name);
    w.raw(name);
    w.raw("=\"");
    w.attribute_value(pair[1].get_ref<const std::string&>());
    w.raw("\"");
  }
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

void write_node(Writer& w, const json& node, const std::string& path, const std::string& parent, int depth) {
  if (depth > 64) throw std::invalid_argument(_("the tree is nested too deeply"));
  if (!node.is_object()) throw std::invalid_argument(_("a node must be an object"));
  const std::string& type = string_field(node, "type");
  if (type == "element") {
    const std::string& name = string_field(node, "name");
    if (!valid_name(name)) throw std::invalid_argument(tr("invalid element name '%1$s'", name));
    w.anchor(path, "");
    w.raw("<");
    w.raw(name);
    write_attrs(w, node, path, true);
    const auto children = node.find("children");
    if (children == node.end() || children->empty()) {
      w.raw("/>");
      return;
    }
    if (!children->is_array()) throw std::invalid_argument(_("'children' must be a list"));
    w.raw(">");
    for (std::size_t i = 0; i < children->size(); ++i) {
      write_node(w, (*children)[i], path.empty() ? std::to_string(i) : path + "." + std::to_string(i), path,
                 depth + 1);
    }
    w.raw("</");
    w.raw(name);
    w.raw(">");
  } else if (type == "text") {
    const std::string& value = string_field(node, "value");
    if (!is_blank(value)) w.anchor(parent, "#text");
    w.text(value);
  } else if (type == "cdata") {
    std::string value = string_field(node, "value");
    if (!is_blank(value)) w.anchor(parent, "#text");
    for (std::size_t at; (at = value.find("]]>")) != std::string::npos;) {
      w.raw("<![CDATA[" + value.substr(0, at + 2) + "]]>");
      value.erase(0, at + 2);
    }
    w.raw("<![CDATA[" + value + "]]>");
  } else if (type == "comment") {
    const std::string& value = string_field(node, "value");
    if (value.find("--") != std::string::npos || (!value.empty() && value.back() == '-')) {
      throw std::invalid_argument(_("a comment may not hold '--' or end with '-'"));
    }
    w.raw("<!--" + value + "-->");
  } else if (type == "pi") {
    const std::string& name = string_field(node, "name");
    const std::string& value = string_field(node, "value");
    if (!valid_name(name) || value.find("?>") != std::string::npos) throw std::invalid_argument(_("invalid processing instruction"));
    w.raw("<?" + name + (value.empty() ? "" : " " + value) + "?>");
  } else if (type == "declaration") {
    w.raw("<?xml");
    write_attrs(w, node, path, false);
    w.raw("?>");
  } else if (type == "doctype") {
    const std::string& value = string_field(node, "value");
    if (value.find('>') != std::string::npos && value.find('[') == std::string::npos) {
      throw std::invalid_argument(_("invalid doctype"));
    }
    w.raw("<!DOCTYPE " + value + ">");
  } else {
    throw std::invalid_argument(tr("unknown node type '%1$s'", type));
  }
}

}  // namespace

std::optional<json> xml_to_tree(std::string_view xml, std::string& error) {
  pugi::xml_document doc;
  const unsigned options = pugi::parse_default | pugi::parse_comments | pugi::parse_declaration |
                           pugi::parse_ws_pcdata | pugi::parse_pi | pugi::parse_doctype;
  const pugi::xml_parse_result result = doc.load_buffer(xml.data(), xml.size(), options, pugi::encoding_utf8);
  if (!result) {
    // The loader's own explanation of malformed XML, in the user's language, where it has one.
    Diagnostics diags;
    const std::string no_file;
    load::XmlReader reader(xml, no_file, diags);
    pugi::xml_document scratch;
    if (!reader.parse(scratch) && !diags.all().empty()) {
      const Diagnostic& d = diags.all().front();
      error = tr("line %1$d, column %2$d: %3$s", d.where.line, d.where.column, d.message);
    } else {
      const SourceLoc where = LineIndex(xml).locate("", static_cast<std::size_t>(result.offset));
      error = tr("line %1$d, column %2$d: %3$s", where.line, where.column,
                 tr("cannot parse the XML: %1$s", result.description()));
    }
    return std::nullopt;
  }
  // pugixml keeps no text between top-level nodes: each goes on a line of its own.
  json children = json::array();
  for (pugi::xml_node child : doc.children()) {
    json c = node_to_json(child);
    if (c.is_null()) continue;
    if (!children.empty()) children.push_back(json{{"type", "text"}, {"value", "\n"}});
    children.push_back(std::move(c));
  }
  return json{{"type", "document"}, {"children", children}};
}

WrittenXml tree_to_xml(const json& tree) {
  if (!tree.is_object() || string_field(tree, "type") != "document") {
    throw std::invalid_argument(_("the tree must be a {\"type\":\"document\"} object"));
  }
  const auto children = tree.find("children");
  if (children == tree.end() || !children->is_array()) throw std::invalid_argument(_("the document has no 'children' list"));
  Writer w;
  for (std::size_t i = 0; i < children->size(); ++i) write_node(w, (*children)[i], std::to_string(i), "", 0);
  return w.take();
}

const Anchor* anchor_for(const std::vector<Anchor>& anchors, int line, int column) {
  const Anchor* found = nullptr;
  for (const Anchor& a : anchors) {
    if (a.line > line || (a.line == line && a.column > column)) break;
    found = &a;
  }
  return found;
}

}  // namespace thidua::serve
