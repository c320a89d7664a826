// ODS (OpenDocument spreadsheet): content.xml's tables, hidden-table styles, repeated rows and cells, and cell texts.
#include <set>
#include <string>
#include <vector>

#include "i18n/i18n.h"
#include "workbook/parts.h"

namespace thidua::workbook::detail {

namespace {

// The text of one <text:p>: its text, spans and links, <text:s text:c="N"/> spaces, tabs and
// line breaks. Walked without recursion (a hostile file may nest spans deeply).
std::string paragraph_text(pugi::xml_node paragraph) {
  std::string out;
  pugi::xml_node node = paragraph.first_child();
  while (node && node != paragraph) {
    bool descend = false;
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      out += node.value();
    } else if (node.type() == pugi::node_element) {
      const std::string_view name = local_name(node.name());
      if (name == "s") {
        const unsigned count = attribute_named(node, "c").as_uint(1);
        out.append(std::min(count, 1000u), ' ');
      } else if (name == "tab") {
        out += '\t';
      } else if (name == "line-break") {
        out += '\n';
      } else if (name != "annotation" && name != "note") {  // comments are not the cell's text
        descend = static_cast<bool>(node.first_child());
      }
    }
    if (descend) {
      node = node.first_child();
      continue;
    }
    while (node != paragraph && !node.next_sibling()) node = node.parent();
    if (node == paragraph) break;
    node = node.next_sibling();
  }
  return out;
}

// The text a cell shows, from its value type: numbers from office:value, dates from
// office:date-value, everything else from its paragraphs.
std::string cell_text(pugi::xml_node cell) {
  const std::string_view type = attribute_named(cell, "value-type").value();
  if (type == "float" || type == "percentage" || type == "currency") {
    const pugi::xml_attribute value = attribute_named(cell, "value");
    if (value) return number_text(value.value());
  } else if (type == "date") {
    std::string date = attribute_named(cell, "date-value").value();
    if (date.size() >= 16 && date[10] == 'T' && date.substr(11, 5) != "00:00") return date.substr(0, 10) + " " + date.substr(11, 5);
    return date.substr(0, 10);
  } else if (type == "boolean") {
    return std::string_view(attribute_named(cell, "boolean-value").value()) == "true" ? "TRUE" : "FALSE";
  }
  std::string text;
  bool first = true;
  for (pugi::xml_node child = cell.first_child(); child; child = child.next_sibling()) {
    if (local_name(child.name()) != "p") continue;
    if (!first) text += '\n';
    text += paragraph_text(child);
    first = false;
  }
  return text;
}

// The names of the automatic table styles that hide a table (table:display="false").
std::set<std::string> hidden_table_styles(pugi::xml_node content) {
  std::set<std::string> hidden;
  for (pugi::xml_node style : child_named(content, "automatic-styles").children()) {
    if (local_name(style.name()) != "style") continue;
    const pugi::xml_node properties = child_named(style, "table-properties");
    if (std::string_view(attribute_named(properties, "display").value()) == "false") {
      hidden.insert(attribute_named(style, "name").value());
    }
  }
  return hidden;
}

// Reads the rows of `table`, including those inside header-row, row-group and rows elements.
class TableRows {
 public:
  TableRows(ReadResult& result, const Limits& limits) : result_(result), limits_(limits) {}

  void read(pugi::xml_node table) {
    // Row containers nest only a few levels in real files; the depth check bounds the rest.
    std::vector<pugi::xml_node> stack{table.first_child()};
    while (!stack.empty()) {
      pugi::xml_node node = stack.back();
      stack.pop_back();
      for (; node; node = node.next_sibling()) {
        const std::string_view name = local_name(node.name());
        if (name == "table-row") {
          read_row(node);
        } else if (name == "table-header-rows" || name == "table-row-group" || name == "table-rows") {
          stack.push_back(node.next_sibling());
          stack.push_back(node.first_child());
          break;
        }
      }
    }
  }

 private:
  void read_row(pugi::xml_node row) {
    const std::size_t repeat = std::max(1u, attribute_named(row, "number-rows-repeated").as_uint(1));
    std::vector<std::pair<int, std::string>> cells;  // (column, text) of the cells with text
    std::size_t row_bytes = 0;
    int column = 0;
    for (pugi::xml_node cell : row.children()) {
      const std::string_view name = local_name(cell.name());
      if (name != "table-cell" && name != "covered-table-cell") continue;
      const std::size_t cell_repeat = std::max(1u, attribute_named(cell, "number-columns-repeated").as_uint(1));
      const std::string text = cell_text(cell);
      if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        // LibreOffice ends every row with one cell repeated to the sheet's last column: skipped, not expanded.
        column += static_cast<int>(std::min<std::size_t>(cell_repeat, limits_.columns + 1));
        continue;
      }
      for (std::size_t k = 0; k < cell_repeat; ++k) {
        ++column;
        if (static_cast<std::size_t>(column) > limits_.columns) break;  // add_cell reports it
        // The row's copies are bounded before add_cell counts them: one long cell repeated
        // 16,384 times would otherwise be gigabytes already.
        row_bytes += text.size();
        if (cells.size() >= limits_.cells || row_bytes > limits_.text_bytes) too_much_text(limits_);
        cells.emplace_back(column, text);
      }
      if (static_cast<std::size_t>(column) > limits_.columns) break;
    }
    if (cells.empty()) {
      // Blank rows, often repeated to the sheet's last row: counted, not expanded.
      next_row_ = std::min(next_row_ + repeat, limits_.rows + 1);
      return;
    }
    for (std::size_t k = 0; k < repeat; ++k) {
      ++next_row_;
      for (const auto& [cell_column, text] : cells) add_cell(result_, static_cast<int>(next_row_), cell_column, text, limits_);
    }
  }

  ReadResult& result_;
  const Limits& limits_;
  std::size_t next_row_ = 0;
};

}  // namespace

void read_ods(ZipArchive& zip, std::string_view wanted, const Limits& limits, ReadResult& result) {
  if (!zip.has("content.xml")) {
    throw BadWorkbook(zip.has("xl/workbook.xml") ? _("it is an Excel workbook: name it .xlsx, not .ods")
                                                 : _("it is a zip file but not an OpenDocument spreadsheet (it has no content.xml)"));
  }
  std::string text = zip.read("content.xml");
  pugi::xml_document doc;
  parse_part(doc, text, "content.xml", limits);
  const pugi::xml_node content = child_named(doc, "document-content");
  const std::set<std::string> hidden = hidden_table_styles(content);
  std::vector<pugi::xml_node> tables;
  for (pugi::xml_node table : child_named(child_named(content, "body"), "spreadsheet").children()) {
    if (local_name(table.name()) != "table") continue;
    tables.push_back(table);
    result.sheets.push_back({attribute_named(table, "name").value(), hidden.count(attribute_named(table, "style-name").value()) != 0});
  }
  const int chosen = choose_sheet(result, wanted);
  if (chosen < 0) return;
  TableRows(result, limits).read(tables[static_cast<std::size_t>(chosen)]);
}

}  // namespace thidua::workbook::detail
