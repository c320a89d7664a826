// The package's fixed parts: styles (Normal from the document's settings, headings, Decree 30 parts, table styles), settings, fonts, page-number headers.
#include <cstdio>

#include "docx/parts.h"

namespace thidua::docx::detail {

namespace {

using markup::Align;

const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// Index of each role's style in paragraph_styles().
enum StyleIndex { normal, heading, header, signature, recipients_title, recipient, cell, page_number };

// The paragraph properties of `spec` (all of them: a style states what it is).
void paragraph_properties(pugi::xml_node style, const StyleSpec& spec, bool outline) {
  pugi::xml_node ppr = add(style, "w:pPr");
  if (spec.keep_next) add(ppr, "w:keepNext");
  if (spec.keep_lines) add(ppr, "w:keepLines");
  pugi::xml_node spacing = add(ppr, "w:spacing");
  spacing.append_attribute("w:before") = twips(spec.space_before);
  spacing.append_attribute("w:after") = twips(spec.space_after);
  spacing.append_attribute("w:line") = std::lround(240 * spec.line_spacing);
  spacing.append_attribute("w:lineRule") = "auto";
  add(ppr, "w:ind").append_attribute("w:firstLine") = twips(spec.indent);
  add_val(ppr, "w:jc", jc_value(spec.align));
  if (outline) add_val(ppr, "w:outlineLvl", 0L);
  pugi::xml_node rpr = add(style, "w:rPr");
  if (spec.bold) add(rpr, "w:b");
  if (spec.bold) add(rpr, "w:bCs");
  if (spec.italic) add(rpr, "w:i");
  if (spec.italic) add(rpr, "w:iCs");
  add_val(rpr, "w:sz", half_points(spec.size));
  add_val(rpr, "w:szCs", half_points(spec.size));
}

void table_style(pugi::xml_node styles, const char* id, const char* name, bool ruled) {
  pugi::xml_node style = add(styles, "w:style");
  style.append_attribute("w:type") = "table";
  style.append_attribute("w:customStyle") = 1;
  style.append_attribute("w:styleId") = id;
  add_val(style, "w:name", name);
  add_val(style, "w:basedOn", "TableNormal");
  add(style, "w:qFormat");
  // Text in a table: no first-line indent and no paragraph spacing (the cell margins space it).
  pugi::xml_node ppr = add(style, "w:pPr");
  pugi::xml_node spacing = add(ppr, "w:spacing");
  spacing.append_attribute("w:before") = 0;
  spacing.append_attribute("w:after") = 0;
  add(ppr, "w:ind").append_attribute("w:firstLine") = 0;
  pugi::xml_node tpr = add(style, "w:tblPr");
  pugi::xml_node borders = add(tpr, "w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node b = add(borders, side);
    b.append_attribute("w:val") = ruled ? "single" : "nil";
    if (ruled) {
      b.append_attribute("w:sz") = 4;  // eighths of a point: 0.5 pt
      b.append_attribute("w:space") = 0;
      b.append_attribute("w:color") = "000000";
    }
  }
  pugi::xml_node margins = add(tpr, "w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
    const bool horizontal = side[2] == 'l' || side[2] == 'r';
    pugi::xml_node m = add(margins, side);
    m.append_attribute("w:w") = ruled ? (horizontal ? 80 : 40) : 0;
    m.append_attribute("w:type") = "dxa";
  }
}

}  // namespace

pugi::xml_node start_part(pugi::xml_document& doc, const char* name, const char* ns_attribute, const char* ns) {
  pugi::xml_node decl = doc.prepend_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  pugi::xml_node root = add(doc, name);
  root.append_attribute(ns_attribute) = ns;
  return root;
}

pugi::xml_node start_part(pugi::xml_document& doc, const char* name) { return start_part(doc, name, "xmlns:w", kW); }

namespace {

// A pugixml writer appending to a string.
struct StringWriter : pugi::xml_writer {
  explicit StringWriter(std::string& target) : out(target) {}
  void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
  std::string& out;
};

}  // namespace

std::string serialise(const pugi::xml_document& doc) {
  std::string out;
  StringWriter writer(out);
  doc.save(writer, "", pugi::format_raw, pugi::encoding_utf8);
  return out;
}

void append_serialised(const pugi::xml_document& doc, std::string& out) {
  StringWriter writer(out);
  for (pugi::xml_node child : doc.children()) child.print(writer, "", pugi::format_raw, pugi::encoding_utf8);
}

std::vector<StyleSpec> paragraph_styles(const markup::Defaults& d) {
  std::vector<StyleSpec> styles(8);
  styles[normal] = StyleSpec{"Normal", "Normal", d.size, d.align, d.indent, d.space_before, d.space_after,
                             d.line_spacing};
  styles[heading] = styles[normal];
  styles[heading].id = "Heading1";
  styles[heading].name = "heading 1";
  styles[heading].bold = styles[heading].keep_next = styles[heading].keep_lines = true;
  // The parts of the Decree 30 header: centred, 13 pt, no spacing (Phụ lục I).
  styles[header] = StyleSpec{"DauVanBan", "Đầu văn bản", 13, Align::center, 0, 0, 0, 1};
  styles[signature] = StyleSpec{"ChuKy", "Chữ ký", d.size, Align::center, 0, 0, 0, 1, true};
  styles[recipients_title] = StyleSpec{"NoiNhan", "Nơi nhận", 12, Align::left, 0, 0, 0, 1, true, true, true};
  styles[recipient] = StyleSpec{"NoiNhanMuc", "Nơi nhận - mục", 11, Align::left, 0, 0, 0, 1};
  styles[cell] = StyleSpec{"TrongBang", "Chữ trong bảng", d.size, Align::left, 0, 0, 0, d.line_spacing};
  styles[page_number] = StyleSpec{"Header", "header", 13, Align::center, 0, 0, 0, 1};
  return styles;
}

const StyleSpec& style_for(const std::vector<StyleSpec>& styles, markup::Role role) {
  switch (role) {
    case markup::Role::body: return styles[normal];
    case markup::Role::heading: return styles[heading];
    case markup::Role::header: return styles[header];
    case markup::Role::signature: return styles[signature];
    case markup::Role::recipients_title: return styles[recipients_title];
    case markup::Role::recipient: return styles[recipient];
    case markup::Role::cell: return styles[cell];
  }
  return styles[normal];
}

const StyleSpec& page_number_style(const std::vector<StyleSpec>& styles) { return styles[page_number]; }

std::string styles_xml(const markup::Document& document, const std::vector<StyleSpec>& styles) {
  pugi::xml_document xml;
  pugi::xml_node root = start_part(xml, "w:styles");
  // Document defaults: Times New Roman (Decree 30; LibreOffice shows it as the metric-compatible
  // Liberation Serif), Vietnamese, the body size, widow and orphan control.
  pugi::xml_node defaults = add(root, "w:docDefaults");
  pugi::xml_node rpr = add(add(defaults, "w:rPrDefault"), "w:rPr");
  pugi::xml_node fonts = add(rpr, "w:rFonts");
  for (const char* slot : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) fonts.append_attribute(slot) = "Times New Roman";
  add_val(rpr, "w:sz", half_points(document.defaults.size));
  add_val(rpr, "w:szCs", half_points(document.defaults.size));
  pugi::xml_node lang = add(rpr, "w:lang");
  lang.append_attribute("w:val") = "vi-VN";
  lang.append_attribute("w:eastAsia") = "en-US";
  lang.append_attribute("w:bidi") = "ar-SA";
  pugi::xml_node ppr = add(add(defaults, "w:pPrDefault"), "w:pPr");
  add(ppr, "w:widowControl");
  for (std::size_t i = 0; i < styles.size(); ++i) {
    const StyleSpec& spec = styles[i];
    pugi::xml_node style = add(root, "w:style");
    style.append_attribute("w:type") = "paragraph";
    if (i == normal) style.append_attribute("w:default") = 1;
    if (i != normal && i != heading && i != page_number) style.append_attribute("w:customStyle") = 1;
    style.append_attribute("w:styleId") = spec.id;
    add_val(style, "w:name", spec.name);
    if (i != normal) add_val(style, "w:basedOn", "Normal");
    if (i == heading) add_val(style, "w:next", "Normal");
    if (i != page_number) add(style, "w:qFormat");
    paragraph_properties(style, spec, i == heading);
  }
  pugi::xml_node character = add(root, "w:style");
  character.append_attribute("w:type") = "character";
  character.append_attribute("w:default") = 1;
  character.append_attribute("w:styleId") = "DefaultParagraphFont";
  add_val(character, "w:name", "Default Paragraph Font");
  add(character, "w:uiPriority").append_attribute("w:val") = 1;
  add(character, "w:semiHidden");
  pugi::xml_node table = add(root, "w:style");
  table.append_attribute("w:type") = "table";
  table.append_attribute("w:default") = 1;
  table.append_attribute("w:styleId") = "TableNormal";
  add_val(table, "w:name", "Normal Table");
  add(table, "w:semiHidden");
  pugi::xml_node tpr = add(table, "w:tblPr");
  add(tpr, "w:tblInd").append_attribute("w:w") = 0;
  tpr.child("w:tblInd").append_attribute("w:type") = "dxa";
  pugi::xml_node margins = add(tpr, "w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
    pugi::xml_node m = add(margins, side);
    m.append_attribute("w:w") = (side[2] == 'l' || side[2] == 'r') ? 108 : 0;
    m.append_attribute("w:type") = "dxa";
  }
  table_style(root, kRuledTable, "Bảng kẻ ô", true);
  table_style(root, kPlainTable, "Bảng không kẻ", false);
  return serialise(xml);
}

std::string settings_xml() {
  pugi::xml_document xml;
  pugi::xml_node root = start_part(xml, "w:settings");
  add_val(root, "w:defaultTabStop", 720L);
  add_val(root, "w:characterSpacingControl", "doNotCompress");
  pugi::xml_node compat = add(root, "w:compat");
  pugi::xml_node mode = add(compat, "w:compatSetting");
  mode.append_attribute("w:name") = "compatibilityMode";
  mode.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
  mode.append_attribute("w:val") = "15";
  return serialise(xml);
}

std::string font_table_xml() {
  pugi::xml_document xml;
  pugi::xml_node root = start_part(xml, "w:fonts");
  pugi::xml_node font = add(root, "w:font");
  font.append_attribute("w:name") = "Times New Roman";
  add_val(font, "w:panose1", "02020603050405020304");
  add_val(font, "w:charset", "00");
  add_val(font, "w:family", "roman");
  add_val(font, "w:pitch", "variable");
  return serialise(xml);
}

std::string page_number_part(const markup::PageNumbers& numbers, const StyleSpec& style, bool empty) {
  pugi::xml_document xml;
  pugi::xml_node root = start_part(xml, numbers.top ? "w:hdr" : "w:ftr");
  root.append_attribute("xmlns:r") = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  pugi::xml_node p = add(root, "w:p");
  pugi::xml_node ppr = add(p, "w:pPr");
  add_val(ppr, "w:pStyle", style.id);
  if (numbers.align != style.align) add_val(ppr, "w:jc", jc_value(numbers.align));
  if (empty) return serialise(xml);
  auto size = [&](pugi::xml_node run) {
    if (std::abs(numbers.size - style.size) < 0.01) return;
    pugi::xml_node rpr = add(run, "w:rPr");
    add_val(rpr, "w:sz", half_points(numbers.size));
    add_val(rpr, "w:szCs", half_points(numbers.size));
  };
  auto text = [&](const std::string& value) {
    if (value.empty()) return;
    pugi::xml_node run = add(p, "w:r");
    size(run);
    pugi::xml_node t = add(run, "w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text().set(value.c_str());
  };
  // {n} and {total} become the PAGE and NUMPAGES fields (begin, instruction, separator, shown value, end).
  auto field = [&](const char* instruction, const char* shown) {
    auto mark = [&](const char* type) {
      pugi::xml_node run = add(p, "w:r");
      size(run);
      add(run, "w:fldChar").append_attribute("w:fldCharType") = type;
    };
    mark("begin");
    pugi::xml_node run = add(p, "w:r");
    size(run);
    pugi::xml_node instr = add(run, "w:instrText");
    instr.append_attribute("xml:space") = "preserve";
    instr.text().set(instruction);
    mark("separate");
    text(shown);
    mark("end");
  };
  const std::string& format = numbers.format;
  std::size_t pos = 0;
  while (pos < format.size()) {
    const std::size_t n = format.find("{n}", pos);
    const std::size_t total = format.find("{total}", pos);
    const std::size_t next = std::min(n, total);
    if (next == std::string::npos) {
      text(format.substr(pos));
      break;
    }
    text(format.substr(pos, next - pos));
    if (next == n) {
      field(" PAGE ", "2");
      pos = next + 3;
    } else {
      field(" NUMPAGES ", "2");
      pos = next + 7;
    }
  }
  return serialise(xml);
}

}  // namespace thidua::docx::detail
