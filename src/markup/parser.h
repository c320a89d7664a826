// The markup parser's internals, shared by parse.cpp (document, blocks, text) and parse_blocks.cpp.
#pragma once

#include <pugixml.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"
#include "markup/document.h"

namespace thidua::markup {

// White-space state carried across the inline children of one paragraph.
struct InlineState {
  bool pending_space = false;
  bool line_start = true;
};

// XML white space: space, tab, line feed, carriage return.
inline bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// The face for a bold/italic combination.
FontStyle make_style(bool bold, bool italic);
// Whether a face is bold, or italic.
bool is_bold(FontStyle style);
bool is_italic(FontStyle style);

// Reads a parsed pugixml tree into a Document, reporting every problem with its location.
// "unexpected <x> inside <y>; expected a, b or c": the message for a child the parent cannot hold.
inline std::string unexpected_child(std::string_view name, std::string_view parent, std::string_view expected) {
  return tr("unexpected <%1$s> inside <%2$s>; expected %3$s", name, parent, expected);
}

class Parser {
 public:
  // `doc.source` and `doc.file` must be set; both outlive the parser.
  Parser(Document& doc, Diagnostics& diags) : doc_(doc), diags_(diags) {}

  // Parses doc_.source into doc_.
  void run();

 private:
  // --- locations and reporting (parse.cpp) ---

  // Byte offset of a node: the '<' of an element, the first byte of text.
  std::uint32_t offset_of(pugi::xml_node node) const;
  // Byte offset of attribute `name` inside the start tag of `node` (pugixml keeps none itself).
  std::uint32_t offset_of(pugi::xml_node node, const char* name) const;
  // Reports an error at byte `offset`.
  void error(std::uint32_t offset, std::string message);
  // Reports every attribute of `node` that is not in `allowed` (or `extra`, when given).
  void check_attributes(pugi::xml_node node, std::initializer_list<const char*> allowed,
                        const char* extra = nullptr);
  // Reports non-blank text directly inside a block container.
  void reject_text(pugi::xml_node child, const char* container);
  // Calls `visit` with each element child of `node` in order, reporting non-blank text between
  // them as text directly inside <`container`>.
  template <typename Visit>
  void for_each_element(pugi::xml_node node, const char* container, Visit visit) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reject_text(child, container);
      } else if (child.type() == pugi::node_element) {
        visit(child);
      }
    }
  }
  // The same for a container of one element only: calls `visit` with each <`name`> child and
  // reports any other element as unexpected.
  template <typename Visit>
  void for_each_element(pugi::xml_node node, const char* container, std::string_view name, Visit visit) {
    for_each_element(node, container, [&](pugi::xml_node child) {
      if (child.name() == name) {
        visit(child);
      } else {
        error(offset_of(child), unexpected_child(child.name(), container, "<" + std::string(name) + ">"));
      }
    });
  }

  // Reads attribute `name` with `parse`; reports and keeps `fallback` when it is invalid.
  template <typename T, typename Parse>
  T read(pugi::xml_node node, const char* name, T fallback, Parse parse, const char* expected) {
    pugi::xml_attribute attr = node.attribute(name);
    if (!attr) return fallback;
    auto value = parse(std::string_view(attr.value()));
    if (!value) {
      error(offset_of(node, name), tr("invalid %1$s '%2$s' on <%3$s>; expected %4$s", name, attr.value(), node.name(),
                                      _(expected)));
      return fallback;
    }
    return *value;
  }
  // Typed attribute readers, each reporting an invalid value.
  double length(pugi::xml_node node, const char* name, double fallback);
  bool flag(pugi::xml_node node, const char* name, bool fallback);
  Align align(pugi::xml_node node, const char* name, Align fallback);
  double font_size(pugi::xml_node node, const char* name, double fallback);

  // --- document, blocks and text (parse.cpp) ---

  void parse_document(pugi::xml_node node);
  void parse_page_numbers(pugi::xml_node node);
  // Parses the block children of `parent` into `out`; `top_level` allows page breaks and numbers.
  void parse_blocks(pugi::xml_node parent, std::vector<Block>& out, bool top_level);
  // A paragraph with the document's defaults, overridden by `node`'s attributes.
  Paragraph parse_paragraph(pugi::xml_node node, bool heading);
  // Marks `p` as an item of the list named by `list_node`'s list="…" (none when absent): an
  // error at `p` when its text does not start with such a label.
  void list_mark(pugi::xml_node list_node, Paragraph& p);
  // A paragraph set by the layout itself (header lines, signature lines, recipients).
  Paragraph fixed_paragraph(pugi::xml_node node, Align where, double size, FontStyle style,
                            const char* extra_attribute = nullptr);
  // Collects the inline children (text, <b>, <i>, <br/>) of `node` into `p`'s spans.
  void collect_inline(pugi::xml_node node, FontStyle style, Paragraph& p);
  void collect_inline(pugi::xml_node node, FontStyle style, Paragraph& p, InlineState& state);
  // Appends `text` as a span, collapsing runs of XML white space to one space and dropping
  // it at the start and end of each line.
  static void append_text(const char* text, std::uint32_t offset, FontStyle style, Paragraph& p,
                          InlineState& state);

  // --- structured blocks (parse_blocks.cpp) ---

  Rule parse_rule(pugi::xml_node node);
  Columns parse_columns(pugi::xml_node node);
  // The Decree 30 header, as two rows of columns appended to `out`.
  void parse_header(pugi::xml_node node, std::vector<Block>& out);
  static Block motto_line(const char* text, double size, std::uint32_t offset);
  Signature parse_signature(pugi::xml_node node, double default_space);
  Signatures parse_signatures(pugi::xml_node node);
  Table parse_table(pugi::xml_node node);
  Row parse_row(pugi::xml_node node, double size, Align cell_align, bool head);
  // Every row must fill exactly the declared columns (or, without <col>, as many as the first row).
  void check_table_shape(Table& table);
  Image parse_image(pugi::xml_node node);
  // A bar chart: <series>, <tick> and <group> (with <label> and <bar>) children (parse_chart.cpp).
  Chart parse_chart(pugi::xml_node node);
  // The "Nơi nhận:" title and one paragraph per recipient, appended to `out`.
  void parse_recipients(pugi::xml_node node, std::vector<Block>& out);
  // A signature space of at least 25 mm, or an error at `node`'s space attribute.
  double signature_space(pugi::xml_node node, double fallback);

  Document& doc_;
  Diagnostics& diags_;
  std::optional<LineIndex> lines_;  // built at the first error: indexing costs a pass over the source
  Defaults defaults_;
};

}  // namespace thidua::markup
