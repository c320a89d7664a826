// Step 1, parse: document markup (XML) -> Document, with every error located as FILE:LINE:COL.
#include <algorithm>
#include <array>
#include <cstring>

#include "markup/markup.h"
#include "markup/parser.h"
#include "markup/parse_values.h"
#include "text/utf8.h"
#include "xml/depth.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::markup {

namespace {

bool is_blank(const char* text) {
  for (; *text != '\0'; ++text) {
    if (!is_xml_space(*text)) return false;
  }
  return true;
}

std::string lowercase_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

// True when every code point is below U+0300 or a precomposed letter of U+1E00–U+1EFF: such
// text is NFC (no combining marks, no singletons), so normalising it would change nothing.
bool surely_nfc(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = text::next_code_point(text, pos);
    if (cp >= 0x300 && (cp < 0x1E00 || cp > 0x1EFF)) return false;
  }
  return true;
}

}  // namespace

FontStyle make_style(bool bold, bool italic) {
  if (bold) return italic ? FontStyle::bold_italic : FontStyle::bold;
  return italic ? FontStyle::italic : FontStyle::regular;
}

bool is_bold(FontStyle s) { return s == FontStyle::bold || s == FontStyle::bold_italic; }

bool is_italic(FontStyle s) { return s == FontStyle::italic || s == FontStyle::bold_italic; }

void Parser::run() {
  std::size_t bad = 0;
  if (!text::is_valid_utf8(doc_.source, &bad)) {
    error(static_cast<std::uint32_t>(bad), _("invalid UTF-8 in the markup"));
    return;
  }
  pugi::xml_document xml;
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata;
  pugi::xml_parse_result result =
      xml.load_buffer(doc_.source.data(), doc_.source.size(), options, pugi::encoding_utf8);
  if (!result) {
    error(static_cast<std::uint32_t>(std::max<std::ptrdiff_t>(result.offset, 0)),
          tr("malformed XML: %1$s", lowercase_first(result.description())));
    return;
  }
  // Markup is walked recursively (inline styles nest): a hostile template nesting <b> 20,000
  // deep must be an error, not a stack overflow.
  if (const pugi::xml_node deep = xml::too_deep(xml)) {
    error(offset_of(deep), tr("elements nested more than %1$d deep", xml::max_depth));
    return;
  }
  pugi::xml_node root = xml.document_element();
  if (std::strcmp(root.name(), "document") != 0) {
    error(offset_of(root), tr("the root element is <%1$s>; expected <document>", root.name()));
    return;
  }
  parse_document(root);
}

std::uint32_t Parser::offset_of(pugi::xml_node node) const {
  std::ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return 0;
  if (node.type() == pugi::node_element && offset > 0 && doc_.source[static_cast<std::size_t>(offset) - 1] == '<') {
    --offset;
  }
  return static_cast<std::uint32_t>(offset);
}

std::uint32_t Parser::offset_of(pugi::xml_node node, const char* name) const {
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

void Parser::error(std::uint32_t offset, std::string message) {
  if (!lines_) lines_.emplace(doc_.source);
  diags_.error(lines_->locate(doc_.file, offset), std::move(message));
}

void Parser::check_attributes(pugi::xml_node node, std::initializer_list<const char*> allowed,
                      const char* extra) {
  for (pugi::xml_attribute attr : node.attributes()) {
    bool known = extra != nullptr && std::strcmp(extra, attr.name()) == 0;
    for (const char* name : allowed) known = known || std::strcmp(name, attr.name()) == 0;
    if (known) continue;
    std::string expected;
    for (const char* name : allowed) expected += (expected.empty() ? "" : ", ") + std::string(name);
    if (extra != nullptr) expected += (expected.empty() ? "" : ", ") + std::string(extra);
    error(offset_of(node, attr.name()),
          expected.empty() ? tr("unknown attribute '%1$s' on <%2$s>; it takes none", attr.name(), node.name())
                           : tr("unknown attribute '%1$s' on <%2$s>; expected one of: %3$s", attr.name(), node.name(),
                                expected));
  }
}

double Parser::length(pugi::xml_node node, const char* name, double fallback) {
  return read(node, name, fallback, parse_length, N_("a length such as 6pt, 20mm or 1.27cm"));
}

bool Parser::flag(pugi::xml_node node, const char* name, bool fallback) {
  return read(node, name, fallback, parse_bool, N_("true or false"));
}

Align Parser::align(pugi::xml_node node, const char* name, Align fallback) {
  return read(node, name, fallback, parse_align, N_("left, center, right or justify"));
}

double Parser::font_size(pugi::xml_node node, const char* name, double fallback) {
  double size = length(node, name, fallback);
  if (size < 4 || size > 72) {
    error(offset_of(node, name), tr("font size %1$s on <%2$s> is out of range; expected 4pt to 72pt",
                                    node.attribute(name).value(), node.name()));
    return fallback;
  }
  return size;
}

void Parser::reject_text(pugi::xml_node child, const char* container) {
  if (is_blank(child.value())) return;
  // Point at the first letter, not at the white space before it.
  std::uint32_t offset = offset_of(child);
  while (offset < doc_.source.size() && is_xml_space(doc_.source[offset])) ++offset;
  error(offset, tr("text directly inside <%1$s>; put it in a <p>", container));
}

void Parser::parse_document(pugi::xml_node node) {
  check_attributes(node, {"page", "orientation", "margin-top", "margin-bottom", "margin-left", "margin-right",
                          "font-size", "line-spacing", "align", "indent", "space-before", "space-after"});
  pugi::xml_attribute page = node.attribute("page");
  if (page && std::strcmp(page.value(), "A4") != 0 && std::strcmp(page.value(), "A5") != 0) {
    error(offset_of(node, "page"), tr("unknown page size '%1$s'; expected A4 or A5", page.value()));
  }
  if (page && std::strcmp(page.value(), "A5") == 0) {
    doc_.page_width = 148 * points_per_mm;
    doc_.page_height = 210 * points_per_mm;
  } else {
    doc_.page_width = 210 * points_per_mm;
    doc_.page_height = 297 * points_per_mm;
  }
  if (pugi::xml_attribute orientation = node.attribute("orientation")) {
    const std::string_view value = orientation.value();
    if (value == "landscape") {
      std::swap(doc_.page_width, doc_.page_height);
    } else if (value != "portrait") {
      error(offset_of(node, "orientation"),
            tr("unknown orientation '%1$s'; expected portrait or landscape", value));
    }
  }
  doc_.margin_top = length(node, "margin-top", 20 * points_per_mm);
  doc_.margin_bottom = length(node, "margin-bottom", 20 * points_per_mm);
  doc_.margin_left = length(node, "margin-left", 30 * points_per_mm);
  doc_.margin_right = length(node, "margin-right", 15 * points_per_mm);
  if (doc_.margin_left + doc_.margin_right > doc_.page_width - 72 ||
      doc_.margin_top + doc_.margin_bottom > doc_.page_height - 72) {
    error(offset_of(node), _("the margins leave less than 1 inch of text area"));
  }
  defaults_.size = font_size(node, "font-size", 14);
  defaults_.line_spacing = read(node, "line-spacing", 1.0, parse_number, N_("a multiple such as 1 or 1.5"));
  defaults_.align = align(node, "align", Align::justify);
  defaults_.indent = length(node, "indent", 0);
  defaults_.space_before = length(node, "space-before", 0);
  defaults_.space_after = length(node, "space-after", 6);
  doc_.defaults = defaults_;
  parse_blocks(node, doc_.blocks, true);
}

void Parser::parse_page_numbers(pugi::xml_node node) {
  check_attributes(node, {"from", "position", "size", "format"});
  PageNumbers& numbers = doc_.page_numbers;
  if (numbers.enabled) error(offset_of(node), _("a second <page-numbers>; the document takes one"));
  numbers.enabled = true;
  numbers.offset = offset_of(node);
  numbers.from = read(node, "from", 2, parse_int, N_("a page number"));
  if (numbers.from < 1) {
    error(offset_of(node, "from"), _("page-numbers from must be 1 or more"));
    numbers.from = 1;
  }
  numbers.size = font_size(node, "size", 13);
  if (pugi::xml_attribute position = node.attribute("position")) {
    const std::string_view value = position.value();
    const std::size_t dash = value.find('-');
    std::string_view edge = value.substr(0, dash);
    auto where = dash == std::string_view::npos ? std::nullopt : parse_align(value.substr(dash + 1));
    if ((edge != "top" && edge != "bottom") || !where || *where == Align::justify) {
      error(offset_of(node, "position"), tr("invalid position '%1$s'; expected top-center, top-left, top-right, "
                                            "bottom-center, bottom-left or bottom-right",
                                            value));
    } else {
      numbers.top = edge == "top";
      numbers.align = *where;
    }
  }
  if (pugi::xml_attribute format = node.attribute("format")) {
    numbers.format = format.value();
    if (numbers.format.find("{n}") == std::string::npos) {
      error(offset_of(node, "format"), _("page-numbers format must contain {n}"));
    }
  }
}

void Parser::parse_blocks(pugi::xml_node parent, std::vector<Block>& out, bool top_level) {
  for_each_element(parent, parent.name(), [&](pugi::xml_node child) {
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
      out.push_back({parse_signature(child, 30 * points_per_mm)});
    } else if (name == "signatures") {
      out.push_back({parse_signatures(child)});
    } else if (name == "table") {
      out.push_back({parse_table(child)});
    } else if (name == "image") {
      out.push_back({parse_image(child)});
    } else if (name == "chart") {
      out.push_back({parse_chart(child)});
    } else if (name == "recipients") {
      parse_recipients(child, out);
    } else if (name == "space") {
      check_attributes(child, {"height"});
      if (!child.attribute("height")) error(offset_of(child), _("<space> needs a height"));
      out.push_back({Space{length(child, "height", 0), offset_of(child)}});
    } else if (top_level && name == "page-break") {
      check_attributes(child, {});
      out.push_back({PageBreak{offset_of(child)}});
    } else if (top_level && name == "page-numbers") {
      parse_page_numbers(child);
    } else {
      error(offset_of(child), unexpected_child(name, parent.name(),
                                               top_level ? "p, heading, rule, columns, header, signature, signatures, "
                                                           "table, image, chart, recipients, space, page-break, page-numbers"
                                                         : "p, heading, rule, columns, header, signature, signatures, "
                                                           "table, image, chart, recipients, space"));
    }
  });
}

Paragraph Parser::parse_paragraph(pugi::xml_node node, bool heading) {
  check_attributes(node, {"align", "indent", "size", "bold", "italic", "line-spacing", "space-before",
                          "space-after", "keep-with-next", "keep-together", "list"});
  Paragraph p;
  p.offset = offset_of(node);
  p.align = align(node, "align", defaults_.align);
  p.indent = length(node, "indent", defaults_.indent);
  p.size = font_size(node, "size", defaults_.size);
  p.line_spacing = read(node, "line-spacing", defaults_.line_spacing, parse_number, N_("a multiple such as 1 or 1.5"));
  p.space_before = length(node, "space-before", defaults_.space_before);
  p.space_after = length(node, "space-after", defaults_.space_after);
  p.keep_with_next = flag(node, "keep-with-next", heading);
  p.keep_together = flag(node, "keep-together", heading);
  if (heading) p.role = Role::heading;
  const FontStyle style = make_style(flag(node, "bold", heading), flag(node, "italic", false));
  collect_inline(node, style, p);
  list_mark(node, p);
  return p;
}

void Parser::list_mark(pugi::xml_node list_node, Paragraph& p) {
  const ListKind kind =
      read(list_node, "list", ListKind::none, parse_list_kind, N_("decimal, upper-roman, lower-letter, dash or plus"));
  if (kind == ListKind::none) return;
  const std::string_view text = p.spans.empty() || p.spans.front().line_break ? std::string_view()
                                                                               : std::string_view(p.spans.front().text);
  if (const std::optional<ListMark> mark = read_list_label(kind, text)) {
    p.list = *mark;
    return;
  }
  static constexpr std::array<const char*, 6> examples{"", "1. ", "I. ", "a) ", "- ", "+ "};
  error(p.offset, tr("a paragraph of list=\"%1$s\" must start with its label, such as \"%2$s\"",
                     list_node.attribute("list").value(), examples[static_cast<std::size_t>(kind)]));
}

Paragraph Parser::fixed_paragraph(pugi::xml_node node, Align where, double size, FontStyle style,
                          const char* extra_attribute) {
  check_attributes(node, {"size", "bold", "italic"}, extra_attribute);
  Paragraph p;
  p.offset = offset_of(node);
  p.align = where;
  p.size = font_size(node, "size", size);
  collect_inline(node, make_style(flag(node, "bold", is_bold(style)), flag(node, "italic", is_italic(style))), p);
  return p;
}

void Parser::collect_inline(pugi::xml_node node, FontStyle style, Paragraph& p) {
  InlineState state;
  collect_inline(node, style, p, state);
}

void Parser::collect_inline(pugi::xml_node node, FontStyle style, Paragraph& p, InlineState& state) {
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
          if (child.first_child()) error(offset_of(child), _("<br/> must be empty"));
          p.spans.push_back({"", style, true, offset_of(child)});
          state = InlineState{};
        } else {
          error(offset_of(child), tr("unexpected <%1$s> inside <%2$s>; expected text, <b>, <i> or <br/>", name,
                                     node.name()));
        }
        break;
      }
      default:
        break;  // comments and processing instructions
    }
  }
}

void Parser::append_text(const char* text, std::uint32_t offset, FontStyle style, Paragraph& p,
                        InlineState& state) {
  Span span{"", style, false, offset};
  const char* c = text;
  while (*c != '\0') {
    if (is_xml_space(*c)) {
      state.pending_space = true;
      ++c;
      continue;
    }
    const char* word = c;
    while (*c != '\0' && !is_xml_space(*c)) ++c;
    if (state.pending_space && !state.line_start) span.text += ' ';
    state.pending_space = false;
    state.line_start = false;
    span.text.append(word, static_cast<std::size_t>(c - word));
  }
  if (span.text.empty()) return;
  // The Canvas takes NFC only (libharu cannot position combining marks); most text is
  // already NFC, and the check below avoids normalising it again.
  if (!surely_nfc(span.text)) span.text = text::nfc(span.text);
  p.spans.push_back(std::move(span));
}

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

}  // namespace thidua::markup
