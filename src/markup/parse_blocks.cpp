// Parsing the structured blocks: rules, columns, the header, signatures, tables, images, recipients.
#include <algorithm>
#include <cstring>
#include <optional>

#include "markup/parser.h"
#include "markup/parse_values.h"
#include "i18n/i18n.h"

namespace thidua::markup {

Rule Parser::parse_rule(pugi::xml_node node) {
  check_attributes(node, {"width", "align", "thickness", "space-before", "space-after"});
  Rule rule;
  rule.offset = offset_of(node);
  rule.width = read(node, "width", rule.width, [](std::string_view v) { return parse_width(v, true, false); },
                    "1/3, 1/2, text, a percentage or a length");
  if (node.attribute("align")) rule.align = align(node, "align", Align::center);
  rule.thickness = length(node, "thickness", 0.5);
  rule.space_before = length(node, "space-before", rule.space_before);
  rule.space_after = length(node, "space-after", rule.space_after);
  if (node.first_child()) error(offset_of(node), _("<rule/> must be empty"));
  return rule;
}

Columns Parser::parse_columns(pugi::xml_node node) {
  check_attributes(node, {"valign", "gap", "space-before", "space-after", "keep-with-next"});
  Columns columns;
  columns.offset = offset_of(node);
  if (pugi::xml_attribute valign = node.attribute("valign")) {
    const std::string_view value = valign.value();
    if (value == "top" || value == "baseline") {
      columns.align_baselines = value == "baseline";
    } else {
      error(offset_of(node, "valign"), tr("invalid valign '%1$s' on <columns>; expected baseline or top", value));
    }
  }
  columns.gap = length(node, "gap", 0);
  columns.space_before = length(node, "space-before", 0);
  columns.space_after = length(node, "space-after", defaults_.space_after);
  columns.keep_with_next = flag(node, "keep-with-next", false);
  for_each_element(node, "columns", "column", [&](pugi::xml_node child) {
    check_attributes(child, {"width"});
    Column column;
    column.offset = offset_of(child);
    column.width = read(child, "width", WidthSpec{}, [](std::string_view v) { return parse_width(v, false, true); },
                        "a percentage, a length or a share such as * or 2*");
    parse_blocks(child, column.blocks, false);
    columns.columns.push_back(std::move(column));
  });
  if (columns.columns.empty()) error(columns.offset, _("<columns> needs at least one <column>"));
  return columns;
}

void Parser::parse_header(pugi::xml_node node, std::vector<Block>& out) {
  check_attributes(node, {"left-width", "space-after"});
  const std::uint32_t offset = offset_of(node);
  const WidthSpec left_width = read(node, "left-width", WidthSpec{WidthSpec::Kind::percent, 40},
                                    [](std::string_view v) { return parse_width(v, false, false); },
                                    "a percentage or a length");
  // The parts in drawing order, whatever order they are written in.
  enum Part { parent, issuer, motto, slogan, number, subject, place_date, count };
  static constexpr const char* kNames[count] = {"parent", "issuer", "motto", "slogan", "number", "subject", "place-date"};
  std::optional<Paragraph> parts[count];
  // The national motto and slogan are fixed by the Decree; <motto>/<slogan> only override them.
  parts[motto] = std::get<Paragraph>(motto_line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, offset).content);
  parts[slogan] = std::get<Paragraph>(motto_line("Độc lập - Tự do - Hạnh phúc", 13, offset).content);
  Rule issuer_rule;
  bool seen[count] = {};
  for_each_element(node, "header", [&](pugi::xml_node child) {
    const auto* found = std::find_if(std::begin(kNames), std::end(kNames),
                                     [&](const char* n) { return std::strcmp(n, child.name()) == 0; });
    if (found == std::end(kNames)) {
      error(offset_of(child), unexpected_child(child.name(), "header",
                                               "parent, issuer, number, subject, motto, slogan, place-date"));
      return;
    }
    const auto part = static_cast<Part>(found - std::begin(kNames));
    if (seen[part]) {
      error(offset_of(child), tr("a second <%1$s> in <%2$s>", child.name(), "header"));
      return;
    }
    seen[part] = true;
    switch (part) {
      case parent: parts[part] = fixed_paragraph(child, Align::center, 13, FontStyle::regular); break;
      case issuer:
        issuer_rule.offset = offset_of(child);
        issuer_rule.width = read(child, "rule", WidthSpec{WidthSpec::Kind::fraction_of_text, 1.0 / 3},
                                 [](std::string_view v) { return parse_width(v, true, false); },
                                 "1/3, 1/2, text, a percentage or a length");
        parts[part] = fixed_paragraph(child, Align::center, 13, FontStyle::bold, "rule");
        break;
      case motto: parts[part] = fixed_paragraph(child, Align::center, 12, FontStyle::bold); break;
      case slogan: parts[part] = fixed_paragraph(child, Align::center, 13, FontStyle::bold); break;
      case number: parts[part] = fixed_paragraph(child, Align::center, 13, FontStyle::regular); break;
      case subject:
        parts[part] = fixed_paragraph(child, Align::center, 12, FontStyle::regular);
        parts[part]->space_before = 3;
        break;
      case place_date: parts[part] = fixed_paragraph(child, Align::center, 14, FontStyle::italic); break;
      case count: break;
    }
  });
  auto column = [&](WidthSpec width, std::initializer_list<Part> which) {
    Column c{width, {}, offset};
    for (Part part : which) {
      if (parts[part]) {
        parts[part]->role = Role::header;
        c.blocks.push_back({std::move(*parts[part])});
      }
      if (part == issuer && seen[issuer]) c.blocks.push_back({issuer_rule});
      if (part == slogan) {
        Rule rule;  // as long as the slogan
        rule.offset = offset;
        c.blocks.push_back({rule});
      }
    }
    return c;
  };
  Columns top;
  top.offset = offset;
  top.header = true;
  top.keep_with_next = true;
  top.columns.push_back(column(left_width, {parent, issuer}));
  top.columns.push_back(column(WidthSpec{}, {motto, slogan}));
  out.push_back({std::move(top)});
  Columns below;
  below.offset = offset;
  below.header = true;
  below.space_before = 6;
  below.space_after = length(node, "space-after", 12);
  below.columns.push_back(column(left_width, {number, subject}));
  below.columns.push_back(column(WidthSpec{}, {place_date}));
  out.push_back({std::move(below)});
}

Block Parser::motto_line(const char* text, double size, std::uint32_t offset) {
  Paragraph p;
  p.align = Align::center;
  p.size = size;
  p.offset = offset;
  p.spans.push_back({text, FontStyle::bold, false, offset});
  return {std::move(p)};
}

Signature Parser::parse_signature(pugi::xml_node node, double default_space) {
  check_attributes(node, {"space"});
  Signature sig;
  sig.offset = offset_of(node);
  sig.space = signature_space(node, default_space);
  static constexpr const char* kParts[kSignatureParts] = {"label", "unit", "authority", "title", "name"};
  for_each_element(node, "signature", [&](pugi::xml_node child) {
    const auto* part = std::find_if(std::begin(kParts), std::end(kParts),
                                    [&](const char* n) { return std::strcmp(n, child.name()) == 0; });
    if (part == std::end(kParts)) {
      error(offset_of(child), unexpected_child(child.name(), "signature", "label, unit, authority, title, name"));
      return;
    }
    auto index = static_cast<std::size_t>(part - std::begin(kParts));
    if (sig.parts[index]) {
      error(offset_of(child), tr("a second <%1$s> in <%2$s>", child.name(), "signature"));
      return;
    }
    const FontStyle style = index == 0 ? FontStyle::regular : FontStyle::bold;
    sig.parts[index] = fixed_paragraph(child, Align::center, defaults_.size, style);
    sig.parts[index]->role = Role::signature;
  });
  return sig;
}

double Parser::signature_space(pugi::xml_node node, double fallback) {
  const double space = length(node, "space", fallback);
  if (space >= 25 * points_per_mm - 1e-6) return space;
  error(offset_of(node, "space"), _("signature space must be at least 25mm (room for the signature and seal)"));
  return 25 * points_per_mm;
}

Signatures Parser::parse_signatures(pugi::xml_node node) {
  check_attributes(node, {"columns", "space", "last-row", "space-before", "space-after"});
  Signatures grid;
  grid.offset = offset_of(node);
  grid.columns = read(node, "columns", 2, parse_int, N_("2 or 3"));
  if (grid.columns < 1 || grid.columns > 4) {
    error(offset_of(node, "columns"), _("signatures columns must be 1 to 4"));
    grid.columns = 2;
  }
  const double space = signature_space(node, 30 * points_per_mm);
  if (pugi::xml_attribute last = node.attribute("last-row")) {
    const std::string_view value = last.value();
    if (value != "center" && value != "left") {
      error(offset_of(node, "last-row"), tr("invalid last-row '%1$s'; expected center or left", value));
    }
    grid.center_last_row = value != "left";
  }
  grid.space_before = length(node, "space-before", 12);
  grid.space_after = length(node, "space-after", 12);
  for_each_element(node, "signatures", "signature",
                   [&](pugi::xml_node child) { grid.signatures.push_back(parse_signature(child, space)); });
  return grid;
}

Table Parser::parse_table(pugi::xml_node node) {
  check_attributes(node, {"border", "padding", "font-size", "align", "space-before", "space-after"});
  Table table;
  table.offset = offset_of(node);
  table.border = length(node, "border", 0.5);
  table.padding_x = length(node, "padding", 4);
  const double size = font_size(node, "font-size", defaults_.size);
  const Align cell_align = align(node, "align", Align::left);
  table.space_before = length(node, "space-before", 6);
  table.space_after = length(node, "space-after", 6);
  for_each_element(node, "table", [&](pugi::xml_node child) {
    const std::string_view name = child.name();
    if (name == "col") {
      check_attributes(child, {"width", "fit"});
      if (!table.head.empty() || !table.body.empty()) error(offset_of(child), _("<col> must come before the rows"));
      table.columns.push_back(read(child, "width", WidthSpec{WidthSpec::Kind::star, 1},
                                   [](std::string_view v) { return parse_width(v, false, true); },
                                   "a percentage, a length or a share such as * or 2*"));
      table.fit.resize(table.columns.size());
      if (child.attribute("fit")) {
        table.fit.back() = read(child, "fit", std::optional<WidthSpec>(),
                                [](std::string_view v) -> std::optional<std::optional<WidthSpec>> {
                                  if (const auto width = parse_width(v, false, false)) return std::optional<WidthSpec>(*width);
                                  return std::nullopt;
                                },
                                "a percentage or a length");
      }
    } else if (name == "thead" || name == "tbody") {
      check_attributes(child, {});
      if (name == "thead" && (!table.head.empty() || !table.body.empty())) {
        error(offset_of(child), _("<thead> must come first and only once"));
      }
      for (pugi::xml_node row = child.first_child(); row;) {
        const pugi::xml_node next = row.next_sibling();
        if (row.type() == pugi::node_pcdata || row.type() == pugi::node_cdata) {
          reject_text(row, child.name());
        } else if (row.type() == pugi::node_element) {
          if (std::strcmp(row.name(), "tr") != 0) {
            error(offset_of(row), unexpected_child(row.name(), child.name(), "<tr>"));
          } else {
            (name == "thead" ? table.head : table.body).push_back(parse_row(row, size, cell_align, name == "thead"));
          }
        }
        // Why remove each node once read (rows and the white space between them): pugixml
        // frees a memory page when all its nodes are gone, so the XML tree of a 10,000-row
        // list shrinks as its rows become Rows instead of both being held in full (~1 KB a row).
        child.remove_child(row);
        row = next;
      }
    } else if (name == "tr") {
      table.body.push_back(parse_row(child, size, cell_align, false));
    } else {
      error(offset_of(child), unexpected_child(name, "table", "col, thead, tbody, tr"));
    }
  });
  check_table_shape(table);
  return table;
}

Row Parser::parse_row(pugi::xml_node node, double size, Align cell_align, bool head) {
  check_attributes(node, {"min-height", "keep-with-next"});
  Row row;
  row.offset = offset_of(node);
  row.min_height = length(node, "min-height", 0);
  row.keep_with_next = flag(node, "keep-with-next", false);
  for_each_element(node, "tr", [&](pugi::xml_node child) {
    const std::string_view name = child.name();
    if (name != "td" && name != "th") {
      error(offset_of(child), unexpected_child(name, "tr", "<td>, <th>"));
      return;
    }
    check_attributes(child, {"align", "valign", "colspan", "bold", "italic", "size"});
    const bool th = name == "th" || head;
    Cell cell;
    cell.offset = offset_of(child);
    cell.text.offset = cell.offset;
    cell.text.role = Role::cell;
    cell.text.align = align(child, "align", th ? Align::center : cell_align);
    cell.text.size = font_size(child, "size", size);
    cell.text.line_spacing = defaults_.line_spacing;
    cell.valign = read(child, "valign", VAlign::middle, parse_valign, "top, middle or bottom");
    cell.colspan = read(child, "colspan", 1, parse_int, "a number of columns");
    if (cell.colspan < 1) {
      error(offset_of(child, "colspan"), _("colspan must be 1 or more"));
      cell.colspan = 1;
    }
    if (cell.colspan > max_table_columns) {
      error(offset_of(child, "colspan"), tr("colspan must be at most %1$d", max_table_columns));
      cell.colspan = 1;
    }
    collect_inline(child, make_style(flag(child, "bold", th), flag(child, "italic", false)), cell.text);
    row.cells.push_back(std::move(cell));
  });
  return row;
}

void Parser::check_table_shape(Table& table) {
  auto span_of = [](const Row& row) {
    int total = 0;
    for (const Cell& c : row.cells) total = std::min(total + c.colspan, max_table_columns + 1);
    return total;
  };
  const Row* first = !table.head.empty() ? &table.head.front() : !table.body.empty() ? &table.body.front() : nullptr;
  if (first == nullptr) {
    error(table.offset, _("<table> has no rows"));
    return;
  }
  if (span_of(*first) > max_table_columns || static_cast<int>(table.columns.size()) > max_table_columns) {
    error(table.offset, tr("a table may have at most %1$d columns", max_table_columns));
    return;
  }
  if (table.columns.empty()) table.columns.assign(static_cast<std::size_t>(span_of(*first)), WidthSpec{WidthSpec::Kind::star, 1});
  const int want = static_cast<int>(table.columns.size());
  for (const std::vector<Row>* rows : {&table.head, &table.body}) {
    for (const Row& row : *rows) {
      const int got = span_of(row);
      if (got != want) {
        error(row.offset, trn("this row has %1$d cells; the table has %2$d column",
                              "this row has %1$d cells; the table has %2$d columns", static_cast<unsigned long>(want),
                              got, want));
      }
    }
  }
}

Image Parser::parse_image(pugi::xml_node node) {
  check_attributes(node, {"src", "width", "height", "align", "space-before", "space-after"});
  Image image;
  image.offset = offset_of(node);
  image.src = node.attribute("src").value();
  if (image.src.empty()) error(image.offset, _("<image> needs a src"));
  image.width = length(node, "width", 0);
  image.height = length(node, "height", 0);
  image.align = align(node, "align", Align::center);
  image.space_before = length(node, "space-before", 6);
  image.space_after = length(node, "space-after", 6);
  return image;
}

void Parser::parse_recipients(pugi::xml_node node, std::vector<Block>& out) {
  check_attributes(node, {"title", "title-size", "size", "list"});
  Paragraph title;
  title.offset = offset_of(node);
  title.align = Align::left;
  title.size = font_size(node, "title-size", 12);
  title.keep_with_next = true;
  title.role = Role::recipients_title;
  title.spans.push_back({node.attribute("title") ? node.attribute("title").value() : "Nơi nhận:",
                         FontStyle::bold_italic, false, offset_of(node)});
  out.push_back({std::move(title)});
  const double size = font_size(node, "size", 11);
  for_each_element(node, "recipients", "item", [&](pugi::xml_node child) {
    Paragraph item = fixed_paragraph(child, Align::left, size, FontStyle::regular);
    item.role = Role::recipient;
    list_mark(node, item);
    out.push_back({std::move(item)});
  });
}

}  // namespace thidua::markup
