// Locations, structure checks and checked values of the event XML.
#include "load/xml_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include "load/did_you_mean.h"
#include "load/read_file.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::load {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_text_node(pugi::xml_node node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_space(c); });
}

std::string tag(std::string_view name) { return "<" + std::string(name) + ">"; }

std::string code_point_name(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

// The first control character other than tab, line feed and carriage return (C0, DEL, C1),
// or 0, in valid UTF-8: C0 and DEL are single bytes, C1 controls are C2 80 … C2 9F.
char32_t first_control(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F) return byte;
    if (byte == 0xC2 && i + 1 < utf8.size()) {
      const auto next = static_cast<unsigned char>(utf8[i + 1]);
      if (next >= 0x80 && next <= 0x9F) return next;  // U+0080 … U+009F
    }
  }
  return 0;
}

// A short excerpt of text for messages.
std::string excerpt(std::string_view utf8) {
  const std::string squashed = text::squash_spaces(utf8);
  const std::vector<char32_t> cps = text::code_points(squashed);
  if (cps.size() <= 30) return squashed;
  std::string out;
  for (std::size_t i = 0; i < 30; ++i) out += text::encode_utf8(cps[i]);
  return out + "…";
}

}  // namespace

XmlReader::XmlReader(std::string_view text, const std::string& file, Diagnostics& diags)
    : text_(text), file_(file), diags_(diags), index_(text) {}

SourceLoc XmlReader::locate(std::size_t offset) {
  offset = std::min(offset, text_.size());
  // Count forward from the nearest known place before `offset`; fall back to the index.
  const Cursor* from = nullptr;
  for (const Cursor* cursor : {&last_, &anchor_}) {
    if (cursor->line > 0 && cursor->offset <= offset && (from == nullptr || cursor->offset > from->offset)) {
      from = cursor;
    }
  }
  Cursor here;
  if (from == nullptr) {
    const SourceLoc loc = index_.locate(file_, offset);
    here = {offset, loc.line, loc.column};
  } else {
    here = *from;
    for (std::size_t i = here.offset; i < offset; ++i) {
      const auto byte = static_cast<unsigned char>(text_[i]);
      if (byte == '\n') {
        ++here.line;
        here.column = 1;
      } else if ((byte & 0xC0) != 0x80) {
        ++here.column;
      }
    }
    here.offset = offset;
  }
  last_ = here;
  return {file_, here.line, here.column};
}

std::size_t XmlReader::element_offset(pugi::xml_node element) const {
  // pugixml gives the offset of the name; the '<' is just before it.
  const std::ptrdiff_t name = element.offset_debug();
  return name > 0 ? static_cast<std::size_t>(name - 1) : 0;
}

SourceLoc XmlReader::element_loc(pugi::xml_node element) {
  const SourceLoc loc = locate(element_offset(element));
  anchor_ = last_;
  return loc;
}

const std::vector<XmlReader::AttrPos>& XmlReader::attr_positions(pugi::xml_node element) {
  if (scanned_ == element) return positions_;
  scanned_ = element;
  positions_.clear();
  // The start tag parsed without error, so a simple scan finds each name="value" in
  // order; pugixml keeps attributes in document order, so the i-th position is the i-th attribute.
  std::size_t i = element_offset(element) + 1;
  while (i < text_.size() && !is_space(text_[i]) && text_[i] != '>' && text_[i] != '/') ++i;
  while (i < text_.size()) {
    while (i < text_.size() && is_space(text_[i])) ++i;
    if (i >= text_.size() || text_[i] == '>' || text_[i] == '/') break;
    AttrPos pos;
    pos.name = i;
    while (i < text_.size() && text_[i] != '=' && !is_space(text_[i])) ++i;
    while (i < text_.size() && (is_space(text_[i]) || text_[i] == '=')) ++i;
    if (i >= text_.size()) break;
    const char quote = text_[i];
    pos.value_begin = ++i;
    const std::size_t close = text_.find(quote, i);
    pos.value_end = close == std::string_view::npos ? text_.size() : close;
    i = pos.value_end + 1;
    positions_.push_back(pos);
  }
  return positions_;
}

SourceLoc XmlReader::attr_loc(pugi::xml_node element, std::string_view name) {
  const std::vector<AttrPos>& positions = attr_positions(element);
  std::size_t index = 0;
  for (pugi::xml_attribute attr = element.first_attribute(); attr; attr = attr.next_attribute(), ++index) {
    if (name == attr.name() && index < positions.size()) return locate(positions[index].name);
  }
  return element_loc(element);
}

std::size_t XmlReader::text_start(pugi::xml_node text_node) const {
  auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, text_node.offset_debug()));
  while (offset < text_.size() && is_space(text_[offset])) ++offset;
  return offset;
}

void XmlReader::check_attributes(pugi::xml_node element, const ElementSpec& spec) {
  const std::string name = tag(spec.name);
  std::unordered_set<std::string_view> names;  // a set: a tag may have thousands of attributes
  for (pugi::xml_attribute attr = element.first_attribute(); attr; attr = attr.next_attribute()) {
    const std::string_view attr_name = attr.name();
    if (diags_.limit_reached()) return;
    if (!names.insert(attr_name).second) {
      diags_.error(attr_loc(element, attr_name), tr("duplicate attribute '%1$s' on %2$s", attr_name, name));
      continue;
    }
    if (spec.find_attr(attr_name) != nullptr) continue;
    std::string message;
    const std::string suggestion = closest_name(attr_name, spec.attr_names());
    if (!suggestion.empty()) {
      message = tr("unknown attribute '%1$s' on %2$s; did you mean '%3$s'?", attr_name, name, suggestion);
    } else if (spec.attrs.empty()) {
      message = tr("unknown attribute '%1$s' on %2$s, which takes no attributes", attr_name, name);
    } else {
      message = tr("unknown attribute '%1$s' on %2$s; expected %3$s", attr_name, name,
                   list_names(spec.attr_names(), "'", "'"));
    }
    diags_.error(attr_loc(element, attr_name), message);
  }
  for (const AttrSpec& attr : spec.attrs) {
    if (!attr.required) continue;
    const pugi::xml_attribute found = element.attribute(std::string(attr.name).c_str());
    if (!found) {
      diags_.error(element_loc(element), tr("missing required attribute '%1$s' on %2$s", attr.name, name));
    } else if (std::all_of(found.value(), found.value() + std::strlen(found.value()), [](char c) { return c == '|' || is_space(c); })) {
      // A name of only "|" marks (forced line breaks) is as empty as "".
      diags_.error(attr_loc(element, attr.name), tr("attribute '%1$s' on %2$s is empty", attr.name, name));
    }
  }
}

void XmlReader::check_children(pugi::xml_node element, const ElementSpec& spec) {
  const std::string name = tag(spec.name);
  std::vector<std::pair<std::string_view, std::size_t>> seen;  // child name, offset of its first occurrence
  bool has_text = false;
  for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
    if (diags_.limit_reached()) return;
    if (is_text_node(child)) {
      if (is_blank(child.value())) continue;
      has_text = true;
      if (spec.text == TextRule::none) {
        diags_.error(locate(text_start(child)),
                     tr("%1$s does not hold text; found '%2$s'", name, excerpt(child.value())));
      }
      continue;
    }
    if (child.type() != pugi::node_element) continue;  // comments, processing instructions
    const std::string_view child_name = child.name();
    const ChildSpec* child_spec = spec.find_child(child_name);
    if (child_spec == nullptr) {
      std::string message;
      const std::vector<std::string_view> parents = parents_of(child_name);
      if (spec.children.empty()) {
        message = tr("unexpected element %1$s in %2$s, which holds text only", tag(child_name), name);
      } else if (!parents.empty()) {
        message = tr("%1$s is not allowed in %2$s; it belongs in %3$s", tag(child_name), name,
                     list_names(parents, "<", ">"));
      } else if (child_name == "event") {
        message = tr("%1$s is not allowed in %2$s", tag(child_name), name);
      } else {
        const std::string suggestion = closest_name(child_name, spec.child_names());
        if (!suggestion.empty()) {
          message = tr("unknown element %1$s in %2$s; did you mean %3$s?", tag(child_name), name, tag(suggestion));
        } else {
          message = tr("unknown element %1$s in %2$s; expected %3$s", tag(child_name), name,
                       list_names(spec.child_names(), "<", ">"));
        }
      }
      diags_.error(element_loc(child), message);
      continue;
    }
    const auto earlier = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == child_name; });
    if (earlier == seen.end()) {
      seen.emplace_back(child_spec->name, element_offset(child));
    } else if (!child_spec->repeated) {
      const int first_line = locate(earlier->second).line;
      diags_.error(element_loc(child), tr("duplicate %1$s in %2$s (first at line %3$d)", tag(child_name), name,
                                          first_line));
    }
  }
  for (const ChildSpec& child : spec.children) {
    if (!child.required) continue;
    const bool found = std::any_of(seen.begin(), seen.end(), [&](const auto& s) { return s.first == child.name; });
    if (!found) diags_.error(element_loc(element), tr("missing required element %1$s in %2$s", tag(child.name), name));
  }
  if (spec.text == TextRule::required && !has_text) {
    diags_.error(element_loc(element), tr("%1$s is empty; expected %2$s", name, _(std::string(spec.text_hint).c_str())));
  }
}

void XmlReader::check_structure(pugi::xml_node element, const ElementSpec& spec) {
  check_attributes(element, spec);
  check_children(element, spec);
}

Value XmlReader::finish_value(std::string decoded, SourceLoc where,
                              const std::vector<std::pair<std::size_t, std::size_t>>& raw) {
  Value value;
  value.where = std::move(where);
  // pugixml leaves unknown entities as written ("&nbsp;" stays five letters); say so.
  for (const auto& [begin, end] : raw) {
    // Search the value only: a find to the end of the text per value would be quadratic.
    const std::string_view range = text_.substr(begin, end - begin);
    for (std::size_t found = range.find('&'); found != std::string_view::npos; found = range.find('&', found + 1)) {
      const std::size_t amp = begin + found;
      std::size_t i = amp + 1;
      while (i < end && i - amp <= 32 && (std::isalnum(static_cast<unsigned char>(text_[i])) != 0)) ++i;
      if (i == amp + 1 || i >= end || text_[i] != ';') continue;
      const std::string_view entity = text_.substr(amp + 1, i - amp - 1);
      if (entity == "amp" || entity == "lt" || entity == "gt" || entity == "quot" || entity == "apos") continue;
      diags_.error(locate(amp),
                   tr("unknown entity '&%1$s;'; XML knows only &amp; &lt; &gt; &quot; &apos;: write the character itself",
                      entity));
      return value;
    }
  }
  if (!text::is_valid_utf8(decoded)) {
    diags_.error(value.where, _("a character reference (&#…;) names a character that does not exist"));
    return value;
  }
  if (const char32_t control = first_control(decoded); control != 0) {
    diags_.error(value.where, tr("control character %1$s is not allowed in text", code_point_name(control)));
    return value;
  }
  if (decoded.size() > max_field_chars && text::code_points(decoded).size() > max_field_chars) {
    diags_.error(value.where, field_too_long_message());
    return value;
  }
  value.text = text::squash_spaces(text::nfc(decoded));
  value.present = !value.text.empty();
  return value;
}

Value XmlReader::attr(pugi::xml_node element, std::string_view name) {
  std::size_t index = 0;
  for (pugi::xml_attribute attr = element.first_attribute(); attr; attr = attr.next_attribute(), ++index) {
    if (name != attr.name()) continue;
    const std::vector<AttrPos>& positions = attr_positions(element);
    if (index >= positions.size()) break;  // cannot happen for a parsed tag
    const AttrPos pos = positions[index];
    return finish_value(attr.value(), locate(pos.name), {{pos.value_begin, pos.value_end}});
  }
  Value absent;
  absent.where = element_loc(element);
  return absent;
}

Value XmlReader::text(pugi::xml_node element) {
  std::string decoded;
  std::vector<std::pair<std::size_t, std::size_t>> raw;
  std::size_t start = std::string_view::npos;
  bool after_element = false;
  for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element) after_element = true;
    if (!is_text_node(child)) continue;
    // Text on both sides of a child element stays two words; text split by a comment
    // or a CDATA section is one.
    if (after_element && !decoded.empty()) decoded += ' ';
    after_element = false;
    decoded += child.value();
    const std::size_t begin = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, child.offset_debug()));
    if (start == std::string_view::npos && !is_blank(child.value())) start = text_start(child);
    // Entities only mean something in ordinary text, not in CDATA sections.
    if (child.type() == pugi::node_pcdata) raw.emplace_back(begin, std::min(text_.find('<', begin), text_.size()));
  }
  const SourceLoc where = start == std::string_view::npos ? element_loc(element) : locate(start);
  return finish_value(std::move(decoded), where, raw);
}

}  // namespace thidua::load
