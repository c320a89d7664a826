// Internal to the DOCX backend: units, XML helpers, the named styles and the parts' builders.
#pragma once

#include <pugixml.hpp>

#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"
#include "layout/fonts.h"
#include "markup/document.h"

namespace thidua::docx::detail {

// Twentieths of a point (Word's "dxa"), from points.
inline long twips(double points) { return std::lround(points * 20); }
// Half-points (font sizes), from points.
inline long half_points(double points) { return std::lround(points * 2); }
// English Metric Units (drawing sizes), from points.
inline long emu(double points) { return std::lround(points * 12700); }

// Appends element `name` to `parent`.
inline pugi::xml_node add(pugi::xml_node parent, const char* name) { return parent.append_child(name); }
// Appends element `name` with a w:val attribute.
inline pugi::xml_node add_val(pugi::xml_node parent, const char* name, const char* value) {
  pugi::xml_node node = parent.append_child(name);
  node.append_attribute("w:val") = value;
  return node;
}
inline pugi::xml_node add_val(pugi::xml_node parent, const char* name, long value) {
  pugi::xml_node node = parent.append_child(name);
  node.append_attribute("w:val") = value;
  return node;
}
// Word's w:jc value for an alignment.
inline const char* jc_value(markup::Align align) {
  switch (align) {
    case markup::Align::left: return "left";
    case markup::Align::center: return "center";
    case markup::Align::right: return "right";
    case markup::Align::justify: return "both";
  }
  return "both";
}

// Starts a part: the XML declaration Word writes, then the root element `name` declaring its
// namespace `ns` as `ns_attribute` ("xmlns:cp", or "xmlns" for the package's own parts).
pugi::xml_node start_part(pugi::xml_document& doc, const char* name, const char* ns_attribute, const char* ns);
// Starts a WordprocessingML part: root element `name` ("w:styles") with the w: namespace.
pugi::xml_node start_part(pugi::xml_document& doc, const char* name);
// The document serialised without indentation (white space would become text in Word).
std::string serialise(const pugi::xml_document& doc);
// Appends the children of `doc` to `out`, serialised as serialise() does, without a declaration.
void append_serialised(const pugi::xml_document& doc, std::string& out);

// A paragraph style as the body writer needs to know it: what a paragraph of that style gets
// without direct formatting.
struct StyleSpec {
  const char* id;    // "Normal", "Heading1", "DauVanBan", …
  const char* name;  // what Word's style list shows
  double size = 14;
  markup::Align align = markup::Align::justify;
  double indent = 0;
  double space_before = 0;
  double space_after = 0;
  double line_spacing = 1;
  bool bold = false;
  bool italic = false;
  bool keep_next = false;
  bool keep_lines = false;
};

// Every paragraph style, from the document's settings (Normal is the body text).
std::vector<StyleSpec> paragraph_styles(const markup::Defaults& defaults);
// The style of a paragraph of role `role` among `styles`.
const StyleSpec& style_for(const std::vector<StyleSpec>& styles, markup::Role role);
// The style of the page-number header or footer.
const StyleSpec& page_number_style(const std::vector<StyleSpec>& styles);
// The names of the table styles: ruled, and borderless (headers, signatures, columns).
inline constexpr const char* kRuledTable = "BangKe";
inline constexpr const char* kPlainTable = "BangKhongKe";

// word/styles.xml for `styles`.
std::string styles_xml(const markup::Document& document, const std::vector<StyleSpec>& styles);
// word/settings.xml, word/fontTable.xml.
std::string settings_xml();
std::string font_table_xml();

// An image of the document, as a part of the package.
struct Media {
  std::string part;     // "media/image1.png" (relative to word/)
  std::string rel_id;   // "rIdImg1"
  std::string bytes;
  std::string extension;  // "png" or "jpeg"
};

// The Word numbering of the document's lists (markup list="…"): the w:num of each list paragraph.
struct Lists {
  std::unordered_map<const markup::Paragraph*, int> num_of;
  std::string xml;  // word/numbering.xml; empty when the document has no list Word numbers
  // The w:numId of `p`, or 0 when its label stays typed text.
  int num_id(const markup::Paragraph& p) const;
};
// Plans the lists of `document`: consecutive numbers form one Word list, a restart a new one.
Lists plan_lists(const markup::Document& document);
// Appends the w:ind of a list item (no left indent, `first_line` before the label) to a pPr.
void list_indent(pugi::xml_node ppr, double first_line);

// word/document.xml's body, its images and word/numbering.xml.
struct Body {
  std::string xml;
  std::vector<Media> media;
  std::string numbering;  // empty: no numbering part
};
// Writes the body of `document` (reports problems to `diags`).
Body body_xml(const markup::Document& document, const std::vector<StyleSpec>& styles, const layout::FontSet& fonts,
              Diagnostics& diags);
// A header or footer part holding the page number in `numbers`' format (PAGE and NUMPAGES fields),
// or an empty one (the first page's).
std::string page_number_part(const markup::PageNumbers& numbers, const StyleSpec& style, bool empty);

}  // namespace thidua::docx::detail
