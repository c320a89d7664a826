// Step 1, parse: document markup (XML) -> Document, with every error located as FILE:LINE:COL.
#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <initializer_list>

#include "layout/layout.h"
#include "layout/parse_values.h"
#include "layout/utf8.h"
#include "text/vietnamese.h"

namespace thidua::layout {

namespace {

// Paragraph settings a <document> hands down to its <p> and <heading> elements.
struct Defaults {
  double size = 14;
  double line_spacing = 1;
  double indent = 0;
  double space_before = 0;
  double space_after = 0;
  Align align = Align::justify;
};

// White-space state carried across the inline children of one paragraph.
struct InlineState {
  bool pending_space = false;
  bool line_start = true;
};

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_blank(const char* text) {
  for (; *text != '\0'; ++text) {
    if (!is_xml_space(*text)) return false;
  }
  return true;
}

FontStyle make_style(bool bold, bool italic) {
  if (bold) return italic ? FontStyle::bold_italic : FontStyle::bold;
  return italic ? FontStyle::italic : FontStyle::regular;
}

// True when every code point is below U+0300 or a precomposed letter of U+1E00–U+1EFF: such
// text is NFC (no combining marks, no singletons), so normalising it would change nothing.
bool surely_nfc(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = next_code_point(text, pos);
    if (cp >= 0x300 && (cp < 0x1E00 || cp > 0x1EFF)) return false;
  }
  return true;
}

bool is_bold(FontStyle s) { return s == FontStyle::bold || s == FontStyle::bold_italic; }
bool is_italic(FontStyle s) { return s == FontStyle::italic || s == FontStyle::bold_italic; }

constexpr double kMm = 72.0 / 25.4;

class Parser {
 public:
  Parser(Document& doc, Diagnostics& diags) : doc_(doc), diags_(diags), lines_(doc.source) {}

  // Parses doc_.source into doc_.
  void run() {
    std::size_t bad = 0;
    if (!valid_utf8(doc_.source, bad)) {
      error(static_cast<std::uint32_t>(bad), "invalid UTF-8 in the markup");
      return;
    }
    pugi::xml_document xml;
    const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata;
    pugi::xml_parse_result result =
        xml.load_buffer(doc_.source.data(), doc_.source.size(), options, pugi::encoding_utf8);
    if (!result) {
      error(static_cast<std::uint32_t>(std::max<std::ptrdiff_t>(result.offset, 0)),
            std::string("malformed XML: ") + lowercase_first(result.description()));
      return;
    }
    pugi::xml_node root = xml.document_element();
    if (std::strcmp(root.name(), "document") != 0) {
      error(offset_of(root), std::string("the root element is <") + root.name() + ">; expected <document>");
      return;
    }
    parse_document(root);
  }

 private:
  Document& doc_;
  Diagnostics& diags_;
  LineIndex lines_;
  Defaults defaults_;

  static std::string lowercase_first(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
  }

  // --- locations and reporting ---

  // Byte offset of a node: the '<' of an element, the first byte of text.
  std::uint32_t offset_of(pugi::xml_node node) const {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return 0;
    if (node.type() == pugi::node_element && offset > 0 && doc_.source[static_cast<std::size_t>(offset) - 1] == '<') {
      --offset;
    }
    return static_cast<std::uint32_t>(offset);
  }

  // Byte offset of attribute `name` inside the start tag of `node` (pugixml keeps none itself).
  std::uint32_t offset_of(pugi::xml_node node, const char* name) const {
    const std::uint32_t start = offset_of(node);
    const std::string_view source = doc_.source;
    const std::size_t tag_end = std::min(source.find('>', start), source.size());
    const std::size_t len = std::strlen(name);
    for (std::size_t at = source.find(name, start); at < tag_end; at = source.find(name, at + 1)) {
      const bool starts_word = at > 0 && is_xml_space(source[at - 1]);
      std::size_t after = at + len;
      while (after < tag_end && is_xml_space(source[after])) ++after;
      if (starts_word && after < tag_end && source[after] == '=') return static_cast<std::uint32_t>(at);
    }
    return start;
  }

  void error(std::uint32_t offset, std::string message) {
    diags_.error(lines_.locate(doc_.file, offset), std::move(message));
  }

  // Reports every attribute of `node` that is not in `allowed` (or `extra`, when given).
  void check_attributes(pugi::xml_node node, std::initializer_list<const char*> allowed,
                        const char* extra = nullptr) {
    for (pugi::xml_attribute attr : node.attributes()) {
      bool known = extra != nullptr && std::strcmp(extra, attr.name()) == 0;
      for (const char* name : allowed) known = known || std::strcmp(name, attr.name()) == 0;
      if (known) continue;
      std::string expected;
      for (const char* name : allowed) expected += (expected.empty() ? "" : ", ") + std::string(name);
      if (extra != nullptr) expected += (expected.empty() ? "" : ", ") + std::string(extra);
      error(offset_of(node, attr.name()),
            std::string("unknown attribute '") + attr.name() + "' on <" + node.name() + ">" +
                (expected.empty() ? "; it takes none" : "; expected one of: " + expected));
    }
  }

  // Reads attribute `name` with `parse`; reports and keeps `fallback` when it is invalid.
  template <typename T, typename Parse>
  T read(pugi::xml_node node, const char* name, T fallback, Parse parse, const char* expected) {
    pugi::xml_attribute attr = node.attribute(name);
    if (!attr) return fallback;
    auto value = parse(std::string_view(attr.value()));
    if (!value) {
      error(offset_of(node, name), std::string("invalid ") + name + " '" + attr.value() + "' on <" +
                                       node.name() + ">; expected " + expected);
      return fallback;
    }
    return *value;
  }

  double length(pugi::xml_node node, const char* name, double fallback) {
    return read(node, name, fallback, parse_length, "a length such as 6pt, 20mm or 1.27cm");
  }
  bool flag(pugi::xml_node node, const char* name, bool fallback) {
    return read(node, name, fallback, parse_bool, "true or false");
  }
  Align align(pugi::xml_node node, const char* name, Align fallback) {
    return read(node, name, fallback, parse_align, "left, center, right or justify");
  }
  double font_size(pugi::xml_node node, const char* name, double fallback) {
    double size = length(node, name, fallback);
    if (size < 4 || size > 72) {
      error(offset_of(node, name), std::string("font size ") + node.attribute(name).value() +
                                       " on <" + node.name() + "> is out of range; expected 4pt to 72pt");
      return fallback;
    }
    return size;
  }

  // Reports non-blank text directly inside a block container.
  void reject_text(pugi::xml_node child, const char* container) {
    if (is_blank(child.value())) return;
    // Point at the first letter, not at the white space before it.
    std::uint32_t offset = offset_of(child);
    while (offset < doc_.source.size() && is_xml_space(doc_.source[offset])) ++offset;
    error(offset, std::string("text directly inside <") + container + ">; put it in a <p>");
  }

  // --- document ---

  void parse_document(pugi::xml_node node) {
    check_attributes(node, {"page", "orientation", "margin-top", "margin-bottom", "margin-left", "margin-right",
                            "font-size", "line-spacing", "align", "indent", "space-before", "space-after"});
    pugi::xml_attribute page = node.attribute("page");
    if (page && std::strcmp(page.value(), "A4") != 0 && std::strcmp(page.value(), "A5") != 0) {
      error(offset_of(node, "page"), std::string("unknown page size '") + page.value() + "'; expected A4 or A5");
    }
    if (page && std::strcmp(page.value(), "A5") == 0) {
      doc_.page_width = 148 * kMm;
      doc_.page_height = 210 * kMm;
    } else {
      doc_.page_width = 210 * kMm;
      doc_.page_height = 297 * kMm;
    }
    if (pugi::xml_attribute orientation = node.attribute("orientation")) {
      const std::string_view value = orientation.value();
      if (value == "landscape") {
        std::swap(doc_.page_width, doc_.page_height);
      } else if (value != "portrait") {
        error(offset_of(node, "orientation"),
              "unknown orientation '" + std::string(value) + "'; expected portrait or landscape");
      }
    }
    doc_.margin_top = length(node, "margin-top", 20 * kMm);
    doc_.margin_bottom = length(node, "margin-bottom", 20 * kMm);
    doc_.margin_left = length(node, "margin-left", 30 * kMm);
    doc_.margin_right = length(node, "margin-right", 15 * kMm);
    if (doc_.margin_left + doc_.margin_right > doc_.page_width - 72 ||
        doc_.margin_top + doc_.margin_bottom > doc_.page_height - 72) {
      error(offset_of(node), "the margins leave less than 1 inch of text area");
    }
    defaults_.size = font_size(node, "font-size", 14);
    defaults_.line_spacing = read(node, "line-spacing", 1.0, parse_number, "a multiple such as 1 or 1.5");
    defaults_.align = align(node, "align", Align::justify);
    defaults_.indent = length(node, "indent", 0);
    defaults_.space_before = length(node, "space-before", 0);
    defaults_.space_after = length(node, "space-after", 6);
    parse_blocks(node, doc_.blocks, true);
  }

  void parse_page_numbers(pugi::xml_node node) {
    check_attributes(node, {"from", "position", "size", "format"});
    PageNumbers& numbers = doc_.page_numbers;
    if (numbers.enabled) error(offset_of(node), "a second <page-numbers>; the document takes one");
    numbers.enabled = true;
    numbers.offset = offset_of(node);
    numbers.from = read(node, "from", 2, parse_int, "a page number");
    if (numbers.from < 1) {
      error(offset_of(node, "from"), "page-numbers from must be 1 or more");
      numbers.from = 1;
    }
    numbers.size = font_size(node, "size", 13);
    if (pugi::xml_attribute position = node.attribute("position")) {
      const std::string_view value = position.value();
      const std::size_t dash = value.find('-');
      std::string_view edge = value.substr(0, dash);
      auto where = dash == std::string_view::npos ? std::nullopt : parse_align(value.substr(dash + 1));
      if ((edge != "top" && edge != "bottom") || !where || *where == Align::justify) {
        error(offset_of(node, "position"), "invalid position '" + std::string(value) +
                                               "'; expected top-center, top-left, top-right, "
                                               "bottom-center, bottom-left or bottom-right");
      } else {
        numbers.top = edge == "top";
        numbers.align = *where;
      }
    }
    if (pugi::xml_attribute format = node.attribute("format")) {
      numbers.format = format.value();
      if (numbers.format.find("{n}") == std::string::npos) {
        error(offset_of(node, "format"), "page-numbers format must contain {n}");
      }
    }
  }

  // --- blocks ---

  // Parses the block children of `parent` into `out`; `top_level` allows page breaks and numbers.
  void parse_blocks(pugi::xml_node parent, std::vector<Block>& out, bool top_level) {
    for (pugi::xml_node child : parent.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reject_text(child, parent.name());
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = child.name();
      if (name == "p") {
        out.push_back({parse_paragraph(child, false)});
      } else if (name == "heading") {
        out.push_back({parse_paragraph(child, true)});
      } else if (name == "rule") {
        out.push_back({parse_rule(child)});
      } else if (name == "columns") {
        out.push_back({parse_columns(child)});
      } else if (name == "header") {
        parse_header(child, out);
      } else if (name == "signature") {
        out.push_back({parse_signature(child, 30 * kMm)});
      } else if (name == "signatures") {
        out.push_back({parse_signatures(child)});
      } else if (name == "table") {
        out.push_back({parse_table(child)});
      } else if (name == "image") {
        out.push_back({parse_image(child)});
      } else if (name == "recipients") {
        parse_recipients(child, out);
      } else if (name == "space") {
        check_attributes(child, {"height"});
        if (!child.attribute("height")) error(offset_of(child), "<space> needs a height");
        out.push_back({Space{length(child, "height", 0), offset_of(child)}});
      } else if (top_level && name == "page-break") {
        check_attributes(child, {});
        out.push_back({PageBreak{offset_of(child)}});
      } else if (top_level && name == "page-numbers") {
        parse_page_numbers(child);
      } else {
        error(offset_of(child), "unexpected <" + std::string(name) + "> inside <" + parent.name() +
                                    ">; expected p, heading, rule, columns, header, signature, "
                                    "signatures, table, image, recipients, space" +
                                    (top_level ? ", page-break or page-numbers" : ""));
      }
    }
  }

  // --- paragraphs and inline text ---

  // A paragraph with the document's defaults, overridden by `node`'s attributes.
  Paragraph parse_paragraph(pugi::xml_node node, bool heading) {
    check_attributes(node, {"align", "indent", "size", "bold", "italic", "line-spacing", "space-before",
                            "space-after", "keep-with-next", "keep-together"});
    Paragraph p;
    p.offset = offset_of(node);
    p.align = align(node, "align", defaults_.align);
    p.indent = length(node, "indent", defaults_.indent);
    p.size = font_size(node, "size", defaults_.size);
    p.line_spacing = read(node, "line-spacing", defaults_.line_spacing, parse_number, "a multiple such as 1 or 1.5");
    p.space_before = length(node, "space-before", defaults_.space_before);
    p.space_after = length(node, "space-after", defaults_.space_after);
    p.keep_with_next = flag(node, "keep-with-next", heading);
    p.keep_together = flag(node, "keep-together", heading);
    const FontStyle style = make_style(flag(node, "bold", heading), flag(node, "italic", false));
    collect_inline(node, style, p);
    return p;
  }

  // A paragraph set by the layout itself (header lines, signature lines, recipients).
  Paragraph fixed_paragraph(pugi::xml_node node, Align where, double size, FontStyle style,
                            const char* extra_attribute = nullptr) {
    check_attributes(node, {"size", "bold", "italic"}, extra_attribute);
    Paragraph p;
    p.offset = offset_of(node);
    p.align = where;
    p.size = font_size(node, "size", size);
    collect_inline(node, make_style(flag(node, "bold", is_bold(style)), flag(node, "italic", is_italic(style))), p);
    return p;
  }

  void collect_inline(pugi::xml_node node, FontStyle style, Paragraph& p) {
    InlineState state;
    collect_inline(node, style, p, state);
  }

  void collect_inline(pugi::xml_node node, FontStyle style, Paragraph& p, InlineState& state) {
    for (pugi::xml_node child : node.children()) {
      switch (child.type()) {
        case pugi::node_pcdata:
        case pugi::node_cdata:
          append_text(child.value(), offset_of(child), style, p, state);
          break;
        case pugi::node_element: {
          const std::string_view name = child.name();
          if (name == "b" || name == "i") {
            check_attributes(child, {});
            const bool bold = is_bold(style) || name == "b";
            const bool italic = is_italic(style) || name == "i";
            collect_inline(child, make_style(bold, italic), p, state);
          } else if (name == "br") {
            check_attributes(child, {});
            if (child.first_child()) error(offset_of(child), "<br/> must be empty");
            p.spans.push_back({"", style, true, offset_of(child)});
            state = InlineState{};
          } else {
            error(offset_of(child), "unexpected <" + std::string(name) + "> inside <" + node.name() +
                                        ">; expected text, <b>, <i> or <br/>");
          }
          break;
        }
        default:
          break;  // comments and processing instructions
      }
    }
  }

  // Appends `text` as a span, collapsing runs of XML white space to one space and dropping
  // it at the start and end of each line.
  static void append_text(const char* text, std::uint32_t offset, FontStyle style, Paragraph& p,
                          InlineState& state) {
    Span span{"", style, false, offset};
    for (const char* c = text; *c != '\0'; ++c) {
      if (is_xml_space(*c)) {
        state.pending_space = true;
        continue;
      }
      if (state.pending_space && !state.line_start) span.text += ' ';
      state.pending_space = false;
      state.line_start = false;
      span.text += *c;
    }
    if (span.text.empty()) return;
    // The Canvas takes NFC only (libharu cannot position combining marks); most text is
    // already NFC, and the check below avoids normalising it again.
    if (!surely_nfc(span.text)) span.text = text::nfc(span.text);
    p.spans.push_back(std::move(span));
  }

  // --- rules and columns ---

  Rule parse_rule(pugi::xml_node node) {
    check_attributes(node, {"width", "align", "thickness", "space-before", "space-after"});
    Rule rule;
    rule.offset = offset_of(node);
    rule.width = read(node, "width", rule.width, [](std::string_view v) { return parse_width(v, true, false); },
                      "1/3, 1/2, text, a percentage or a length");
    if (node.attribute("align")) rule.align = align(node, "align", Align::center);
    rule.thickness = length(node, "thickness", 0.5);
    rule.space_before = length(node, "space-before", rule.space_before);
    rule.space_after = length(node, "space-after", rule.space_after);
    if (node.first_child()) error(offset_of(node), "<rule/> must be empty");
    return rule;
  }

  Columns parse_columns(pugi::xml_node node) {
    check_attributes(node, {"valign", "gap", "space-before", "space-after", "keep-with-next"});
    Columns columns;
    columns.offset = offset_of(node);
    if (pugi::xml_attribute valign = node.attribute("valign")) {
      const std::string_view value = valign.value();
      if (value == "top" || value == "baseline") {
        columns.align_baselines = value == "baseline";
      } else {
        error(offset_of(node, "valign"), "invalid valign '" + std::string(value) + "' on <columns>; expected baseline or top");
      }
    }
    columns.gap = length(node, "gap", 0);
    columns.space_before = length(node, "space-before", 0);
    columns.space_after = length(node, "space-after", defaults_.space_after);
    columns.keep_with_next = flag(node, "keep-with-next", false);
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reject_text(child, "columns");
      } else if (child.type() == pugi::node_element) {
        if (std::strcmp(child.name(), "column") != 0) {
          error(offset_of(child), std::string("unexpected <") + child.name() + "> inside <columns>; expected <column>");
          continue;
        }
        check_attributes(child, {"width"});
        Column column;
        column.offset = offset_of(child);
        column.width = read(child, "width", WidthSpec{},
                            [](std::string_view v) { return parse_width(v, false, true); },
                            "a percentage, a length or a share such as * or 2*");
        parse_blocks(child, column.blocks, false);
        columns.columns.push_back(std::move(column));
      }
    }
    if (columns.columns.empty()) error(columns.offset, "<columns> needs at least one <column>");
    return columns;
  }

  // --- the Decree 30 header, as two rows of columns ---

  void parse_header(pugi::xml_node node, std::vector<Block>& out) {
    check_attributes(node, {"left-width", "space-after"});
    const std::uint32_t offset = offset_of(node);
    const WidthSpec left_width = read(node, "left-width", WidthSpec{WidthSpec::Kind::percent, 40},
                                      [](std::string_view v) { return parse_width(v, false, false); },
                                      "a percentage or a length");
    Column left{left_width, {}, offset};
    Column right{WidthSpec{}, {}, offset};
    Column left_below{left_width, {}, offset};
    Column right_below{WidthSpec{}, {}, offset};
    std::optional<Rule> issuer_rule;
    bool motto = false;
    bool slogan = false;
    std::vector<std::string> seen;
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reject_text(child, "header");
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const std::string name = child.name();
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        error(offset_of(child), "a second <" + name + "> in <header>");
        continue;
      }
      seen.push_back(name);
      if (name == "parent") {
        left.blocks.push_back({fixed_paragraph(child, Align::center, 13, FontStyle::regular)});
      } else if (name == "issuer") {
        Rule rule;
        rule.offset = offset_of(child);
        rule.width = read(child, "rule", WidthSpec{WidthSpec::Kind::fraction_of_text, 1.0 / 3},
                          [](std::string_view v) { return parse_width(v, true, false); },
                          "1/3, 1/2, text, a percentage or a length");
        left.blocks.push_back({fixed_paragraph(child, Align::center, 13, FontStyle::bold, "rule")});
        issuer_rule = rule;
      } else if (name == "number" || name == "subject") {
        Paragraph p = fixed_paragraph(child, Align::center, name == "number" ? 13 : 12, FontStyle::regular);
        if (name == "subject") p.space_before = 3;
        left_below.blocks.push_back({std::move(p)});
      } else if (name == "motto" || name == "slogan") {
        (name == "motto" ? motto : slogan) = true;
        right.blocks.push_back({fixed_paragraph(child, Align::center, name == "motto" ? 12 : 13, FontStyle::bold)});
      } else if (name == "place-date") {
        right_below.blocks.push_back({fixed_paragraph(child, Align::center, 14, FontStyle::italic)});
      } else {
        error(offset_of(child), "unexpected <" + name + "> inside <header>; expected parent, issuer, number, "
                                                        "subject, motto, slogan or place-date");
      }
    }
    if (issuer_rule) left.blocks.push_back({*issuer_rule});
    // The national motto and slogan are fixed by the Decree; <motto>/<slogan> only override them.
    if (!motto) right.blocks.insert(right.blocks.begin(), {motto_line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, offset)});
    if (!slogan) {
      auto at = right.blocks.begin() + 1;
      right.blocks.insert(at, {motto_line("Độc lập - Tự do - Hạnh phúc", 13, offset)});
    }
    Rule slogan_rule;
    slogan_rule.offset = offset;
    right.blocks.push_back({slogan_rule});

    Columns top;
    top.offset = offset;
    top.keep_with_next = true;
    top.columns = {std::move(left), std::move(right)};
    out.push_back({std::move(top)});
    Columns below;
    below.offset = offset;
    below.space_before = 6;
    below.space_after = length(node, "space-after", 12);
    below.columns = {std::move(left_below), std::move(right_below)};
    out.push_back({std::move(below)});
  }

  static Block motto_line(const char* text, double size, std::uint32_t offset) {
    Paragraph p;
    p.align = Align::center;
    p.size = size;
    p.offset = offset;
    p.spans.push_back({text, FontStyle::bold, false, offset});
    return {std::move(p)};
  }

  // --- signatures ---

  Signature parse_signature(pugi::xml_node node, double default_space) {
    check_attributes(node, {"space"});
    Signature sig;
    sig.offset = offset_of(node);
    sig.space = length(node, "space", default_space);
    if (sig.space < 25 * kMm - 1e-6) {
      error(offset_of(node, "space"), "signature space must be at least 25mm (room for the signature and seal)");
      sig.space = 25 * kMm;
    }
    static constexpr const char* kParts[kSignatureParts] = {"label", "unit", "authority", "title", "name"};
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reject_text(child, "signature");
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const auto* part = std::find_if(std::begin(kParts), std::end(kParts),
                                      [&](const char* n) { return std::strcmp(n, child.name()) == 0; });
      if (part == std::end(kParts)) {
        error(offset_of(child), std::string("unexpected <") + child.name() +
                                    "> inside <signature>; expected label, unit, authority, title or name");
        continue;
      }
      auto index = static_cast<std::size_t>(part - std::begin(kParts));
      if (sig.parts[index]) {
        error(offset_of(child), std::string("a second <") + child.name() + "> in <signature>");
        continue;
      }
      const FontStyle style = index == 0 ? FontStyle::regular : FontStyle::bold;
      sig.parts[index] = fixed_paragraph(child, Align::center, defaults_.size, style);
    }
    return sig;
  }

  Signatures parse_signatures(pugi::xml_node node) {
    check_attributes(node, {"columns", "space", "last-row", "space-before", "space-after"});
    Signatures grid;
    grid.offset = offset_of(node);
    grid.columns = read(node, "columns", 2, parse_int, "2 or 3");
    if (grid.columns < 1 || grid.columns > 4) {
      error(offset_of(node, "columns"), "signatures columns must be 1 to 4");
      grid.columns = 2;
    }
    const double space = length(node, "space", 30 * kMm);
    if (pugi::xml_attribute last = node.attribute("last-row")) {
      const std::string_view value = last.value();
      if (value != "center" && value != "left") {
        error(offset_of(node, "last-row"), "invalid last-row '" + std::string(value) + "'; expected center or left");
      }
      grid.center_last_row = value != "left";
    }
    grid.space_before = length(node, "space-before", 12);
    grid.space_after = length(node, "space-after", 12);
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reject_text(child, "signatures");
      } else if (child.type() == pugi::node_element) {
        if (std::strcmp(child.name(), "signature") != 0) {
          error(offset_of(child), std::string("unexpected <") + child.name() + "> inside <signatures>; expected <signature>");
          continue;
        }
        grid.signatures.push_back(parse_signature(child, space));
      }
    }
    return grid;
  }

  // --- tables ---

  Table parse_table(pugi::xml_node node) {
    check_attributes(node, {"border", "padding", "font-size", "align", "space-before", "space-after"});
    Table table;
    table.offset = offset_of(node);
    table.border = length(node, "border", 0.5);
    table.padding_x = length(node, "padding", 4);
    const double size = font_size(node, "font-size", defaults_.size);
    const Align cell_align = align(node, "align", Align::left);
    table.space_before = length(node, "space-before", 6);
    table.space_after = length(node, "space-after", 6);
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reject_text(child, "table");
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = child.name();
      if (name == "col") {
        check_attributes(child, {"width"});
        if (!table.head.empty() || !table.body.empty()) error(offset_of(child), "<col> must come before the rows");
        table.columns.push_back(read(child, "width", WidthSpec{WidthSpec::Kind::star, 1},
                                     [](std::string_view v) { return parse_width(v, false, true); },
                                     "a percentage, a length or a share such as * or 2*"));
      } else if (name == "thead" || name == "tbody") {
        check_attributes(child, {});
        if (name == "thead" && (!table.head.empty() || !table.body.empty())) {
          error(offset_of(child), "<thead> must come first and only once");
        }
        for (pugi::xml_node row : child.children()) {
          if (row.type() == pugi::node_pcdata || row.type() == pugi::node_cdata) {
            reject_text(row, child.name());
          } else if (row.type() == pugi::node_element) {
            if (std::strcmp(row.name(), "tr") != 0) {
              error(offset_of(row), std::string("unexpected <") + row.name() + "> inside <" + child.name() + ">; expected <tr>");
              continue;
            }
            (name == "thead" ? table.head : table.body).push_back(parse_row(row, size, cell_align, name == "thead"));
          }
        }
      } else if (name == "tr") {
        table.body.push_back(parse_row(child, size, cell_align, false));
      } else {
        error(offset_of(child), "unexpected <" + std::string(name) + "> inside <table>; expected col, thead, tbody or tr");
      }
    }
    check_table_shape(table);
    return table;
  }

  Row parse_row(pugi::xml_node node, double size, Align cell_align, bool head) {
    check_attributes(node, {"min-height"});
    Row row;
    row.offset = offset_of(node);
    row.min_height = length(node, "min-height", 0);
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reject_text(child, "tr");
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = child.name();
      if (name != "td" && name != "th") {
        error(offset_of(child), "unexpected <" + std::string(name) + "> inside <tr>; expected <td> or <th>");
        continue;
      }
      check_attributes(child, {"align", "valign", "colspan", "bold", "italic", "size"});
      const bool th = name == "th" || head;
      Cell cell;
      cell.offset = offset_of(child);
      cell.text.offset = cell.offset;
      cell.text.align = align(child, "align", th ? Align::center : cell_align);
      cell.text.size = font_size(child, "size", size);
      cell.text.line_spacing = defaults_.line_spacing;
      cell.valign = read(child, "valign", VAlign::middle, parse_valign, "top, middle or bottom");
      cell.colspan = read(child, "colspan", 1, parse_int, "a number of columns");
      if (cell.colspan < 1) {
        error(offset_of(child, "colspan"), "colspan must be 1 or more");
        cell.colspan = 1;
      }
      collect_inline(child, make_style(flag(child, "bold", th), flag(child, "italic", false)), cell.text);
      row.cells.push_back(std::move(cell));
    }
    return row;
  }

  // Every row must fill exactly the declared columns (or, without <col>, as many as the first row).
  void check_table_shape(Table& table) {
    auto span_of = [](const Row& row) {
      int total = 0;
      for (const Cell& c : row.cells) total += c.colspan;
      return total;
    };
    const Row* first = !table.head.empty() ? &table.head.front() : !table.body.empty() ? &table.body.front() : nullptr;
    if (first == nullptr) {
      error(table.offset, "<table> has no rows");
      return;
    }
    if (table.columns.empty()) table.columns.assign(static_cast<std::size_t>(span_of(*first)), WidthSpec{WidthSpec::Kind::star, 1});
    const int want = static_cast<int>(table.columns.size());
    for (const std::vector<Row>* rows : {&table.head, &table.body}) {
      for (const Row& row : *rows) {
        const int got = span_of(row);
        if (got != want) {
          error(row.offset, "this row has " + std::to_string(got) + " cells; the table has " +
                                std::to_string(want) + " columns");
        }
      }
    }
  }

  // --- images and recipients ---

  Image parse_image(pugi::xml_node node) {
    check_attributes(node, {"src", "width", "height", "align", "space-before", "space-after"});
    Image image;
    image.offset = offset_of(node);
    image.src = node.attribute("src").value();
    if (image.src.empty()) error(image.offset, "<image> needs a src");
    image.width = length(node, "width", 0);
    image.height = length(node, "height", 0);
    image.align = align(node, "align", Align::center);
    image.space_before = length(node, "space-before", 6);
    image.space_after = length(node, "space-after", 6);
    return image;
  }

  void parse_recipients(pugi::xml_node node, std::vector<Block>& out) {
    check_attributes(node, {"title", "title-size", "size"});
    Paragraph title;
    title.offset = offset_of(node);
    title.align = Align::left;
    title.size = font_size(node, "title-size", 12);
    title.keep_with_next = true;
    title.spans.push_back({node.attribute("title") ? node.attribute("title").value() : "Nơi nhận:",
                           FontStyle::bold_italic, false, offset_of(node)});
    out.push_back({std::move(title)});
    const double size = font_size(node, "size", 11);
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reject_text(child, "recipients");
      } else if (child.type() == pugi::node_element) {
        if (std::strcmp(child.name(), "item") != 0) {
          error(offset_of(child), std::string("unexpected <") + child.name() + "> inside <recipients>; expected <item>");
          continue;
        }
        out.push_back({fixed_paragraph(child, Align::left, size, FontStyle::regular)});
      }
    }
  }
};

}  // namespace

Document parse_markup(std::string_view xml, const std::string& display_name, Diagnostics& diags) {
  Document doc;
  doc.file = display_name;
  doc.source = std::string(xml);
  Diagnostics local;
  Parser(doc, local).run();
  diags.merge(local);
  if (local.has_errors()) throw Failure(ExitCode::bad_input);
  return doc;
}

}  // namespace thidua::layout
