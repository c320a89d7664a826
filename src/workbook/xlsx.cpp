// XLSX (Office Open XML): the workbook's sheet list and relationships, shared strings, date styles, and one sheet's cells.
#include <string>
#include <unordered_map>
#include <vector>

#include "i18n/i18n.h"
#include "workbook/parts.h"

namespace thidua::workbook::detail {

namespace {

// The folder of part `path` ("xl/workbook.xml" -> "xl/").
std::string folder_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

// A relationship target resolved against `folder`: "/xl/x.xml" is absolute, "../x.xml" goes up.
std::string resolve_target(const std::string& folder, std::string_view target) {
  if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
  std::vector<std::string> parts;
  const std::string joined = folder + std::string(target);
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string path;
  for (const std::string& part : parts) path += (path.empty() ? "" : "/") + part;
  return path;
}

// The relationships of part `path` (its _rels/NAME.rels), by id and by type suffix.
struct Relationships {
  std::unordered_map<std::string, std::string> by_id;    // id -> resolved part path
  std::unordered_map<std::string, std::string> by_type;  // last segment of the type -> part path
};

Relationships read_relationships(ZipArchive& zip, const std::string& path, const Limits& limits) {
  Relationships rels;
  const std::string folder = folder_of(path);
  const std::string rels_path = folder + "_rels/" + path.substr(folder.size()) + ".rels";
  if (!zip.has(rels_path)) return rels;
  std::string text = zip.read(rels_path);
  pugi::xml_document doc;
  parse_part(doc, text, rels_path, limits);
  for (pugi::xml_node rel : child_named(doc, "Relationships").children()) {
    if (local_name(rel.name()) != "Relationship") continue;
    if (std::string_view(rel.attribute("TargetMode").value()) == "External") continue;
    const std::string target = resolve_target(folder, rel.attribute("Target").value());
    rels.by_id[rel.attribute("Id").value()] = target;
    std::string_view type = rel.attribute("Type").value();
    type = type.substr(type.rfind('/') + 1);
    rels.by_type.emplace(std::string(type), target);
  }
  return rels;
}

// Appends the text of <t> elements directly in `node` and in its <r> runs (rich text), skipping
// phonetic runs (<rPh>); undoes Excel's _xHHHH_ escapes.
void append_string_item(pugi::xml_node node, std::string& out) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    const std::string_view name = local_name(child.name());
    if (name == "t") {
      out += child.text().get();
    } else if (name == "r") {
      for (pugi::xml_node t = child.first_child(); t; t = t.next_sibling()) {
        if (local_name(t.name()) == "t") out += t.text().get();
      }
    }
  }
}

// Excel writes control characters as _x000D_ (and a literal "_x" as _x005F_x): undone here.
std::string unescape_excel(std::string text) {
  if (text.find("_x") == std::string::npos) return text;
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() + 0 && text[i + 1] == 'x' && text[i + 6] == '_') {
      unsigned value = 0;
      bool hex = true;
      for (std::size_t k = i + 2; k < i + 6; ++k) {
        const char c = text[k];
        const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0) hex = false;
        value = value * 16 + static_cast<unsigned>(digit < 0 ? 0 : digit);
      }
      if (hex && value < 0x80) {
        out += static_cast<char>(value);
        i += 6;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::vector<std::string> read_shared_strings(ZipArchive& zip, const std::string& path, const Limits& limits) {
  std::vector<std::string> strings;
  if (path.empty() || !zip.has(path)) return strings;
  std::string text = zip.read(path);
  pugi::xml_document doc;
  parse_part(doc, text, path, limits);
  for (pugi::xml_node item : child_named(doc, "sst").children()) {
    if (local_name(item.name()) != "si") continue;
    if (strings.size() >= limits.shared_strings) {
      throw BadWorkbook(tr("the workbook's shared-string table has more than %1$d entries, more than a list can use",
                           limits.shared_strings));
    }
    std::string value;
    append_string_item(item, value);
    strings.push_back(unescape_excel(std::move(value)));
  }
  return strings;
}

// True when number format code `code` shows a date or time (d, y, h or s outside quotes and brackets).
bool is_date_format_code(std::string_view code) {
  bool quoted = false;
  bool bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracket) {
      bracket = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown as it is
    } else if (c == 'd' || c == 'D' || c == 'y' || c == 'Y' || c == 'h' || c == 'H' || c == 's' || c == 'S') {
      return true;
    }
  }
  return false;
}

// For each cell style (the s= of a cell), whether its number format is a date or time.
std::vector<bool> read_date_styles(ZipArchive& zip, const std::string& path, const Limits& limits) {
  std::vector<bool> is_date;
  if (path.empty() || !zip.has(path)) return is_date;
  std::string text = zip.read(path);
  pugi::xml_document doc;
  parse_part(doc, text, path, limits);
  const pugi::xml_node sheet = child_named(doc, "styleSheet");
  std::unordered_map<unsigned, bool> custom;
  for (pugi::xml_node format : child_named(sheet, "numFmts").children()) {
    custom[format.attribute("numFmtId").as_uint()] = is_date_format_code(format.attribute("formatCode").value());
  }
  for (pugi::xml_node xf : child_named(sheet, "cellXfs").children()) {
    if (is_date.size() >= limits.shared_strings) break;
    const unsigned id = xf.attribute("numFmtId").as_uint();
    // Built-in formats 14-22 and 45-47 are dates and times; 27-36 and 50-58 are East Asian dates.
    const bool built_in_date = (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
                               (id >= 50 && id <= 58);
    const auto found = custom.find(id);
    is_date.push_back(found != custom.end() ? found->second : built_in_date);
  }
  return is_date;
}

// Parses a cell reference "AB12" into column 28, row 12; false when it is not one.
bool parse_reference(std::string_view ref, int& column, int& row) {
  std::size_t i = 0;
  long long col = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 4; ++i) col = col * 26 + (ref[i] - 'A' + 1);
  long long number = 0;
  const std::size_t digits_start = i;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && i - digits_start < 8; ++i) number = number * 10 + (ref[i] - '0');
  if (col == 0 || i == digits_start || i != ref.size()) return false;
  column = static_cast<int>(col);
  row = static_cast<int>(number);
  return true;
}

}  // namespace

void read_xlsx(ZipArchive& zip, std::string_view wanted, const Limits& limits, ReadResult& result) {
  std::string workbook_path = "xl/workbook.xml";
  const Relationships package = read_relationships(zip, "", limits);  // _rels/.rels
  if (const auto main = package.by_type.find("officeDocument"); main != package.by_type.end()) workbook_path = main->second;
  if (!zip.has(workbook_path)) {
    throw BadWorkbook(zip.has("content.xml") ? _("it is an OpenDocument spreadsheet: name it .ods, not .xlsx")
                                             : _("it is a zip file but not an Excel workbook (it has no xl/workbook.xml)"));
  }
  std::string workbook_text = zip.read(workbook_path);
  pugi::xml_document workbook;
  parse_part(workbook, workbook_text, workbook_path, limits);
  const pugi::xml_node root = child_named(workbook, "workbook");
  const bool base_1904 = child_named(root, "workbookPr").attribute("date1904").as_bool();
  const Relationships rels = read_relationships(zip, workbook_path, limits);

  std::vector<std::string> sheet_parts;
  for (pugi::xml_node sheet : child_named(root, "sheets").children()) {
    if (local_name(sheet.name()) != "sheet") continue;
    const std::string_view state = sheet.attribute("state").value();
    result.sheets.push_back({sheet.attribute("name").value(), state == "hidden" || state == "veryHidden"});
    const auto part = rels.by_id.find(attribute_named(sheet, "id").value());
    sheet_parts.push_back(part == rels.by_id.end() ? "" : part->second);
  }
  const int chosen = choose_sheet(result, wanted);
  if (chosen < 0) return;
  const std::string sheet_path = sheet_parts[static_cast<std::size_t>(chosen)];
  if (sheet_path.empty() || !zip.has(sheet_path)) {
    throw BadWorkbook(tr("the sheet '%1$s' is not a worksheet (a chart sheet?) or its part is missing", result.sheet));
  }

  const auto find_part = [&](const char* type) {
    const auto found = rels.by_type.find(type);
    return found == rels.by_type.end() ? std::string() : found->second;
  };
  const std::vector<std::string> shared = read_shared_strings(zip, find_part("sharedStrings"), limits);
  const std::vector<bool> date_styles = read_date_styles(zip, find_part("styles"), limits);

  std::string sheet_text = zip.read(sheet_path);
  pugi::xml_document sheet_doc;
  parse_part(sheet_doc, sheet_text, sheet_path, limits);
  int row_number = 0;
  for (pugi::xml_node row : child_named(child_named(sheet_doc, "worksheet"), "sheetData").children()) {
    if (local_name(row.name()) != "row") continue;
    const int stated_row = row.attribute("r").as_int(0);
    row_number = stated_row > 0 ? stated_row : row_number + 1;
    int column = 0;
    for (pugi::xml_node cell : row.children()) {
      if (local_name(cell.name()) != "c") continue;
      int cell_row = row_number;
      if (!parse_reference(cell.attribute("r").value(), column, cell_row)) ++column;
      const std::string_view type = cell.attribute("t").value();
      const char* value = child_named(cell, "v").text().get();
      std::string text;
      if (type == "s") {
        const unsigned long index = std::strtoul(value, nullptr, 10);
        if (*value == '\0' || index >= shared.size()) {
          throw BadWorkbook(tr("a cell of row %1$d names a shared string that does not exist: the file is damaged", row_number));
        }
        text = shared[index];
      } else if (type == "inlineStr") {
        append_string_item(child_named(cell, "is"), text);
        text = unescape_excel(std::move(text));
      } else if (type == "str" || type == "e") {
        text = unescape_excel(value);
      } else if (type == "b") {
        text = std::string_view(value) == "1" ? "TRUE" : "FALSE";
      } else if (type == "d") {
        text = std::string(value).substr(0, 10);  // ISO 8601: the date part
      } else {
        const unsigned style = cell.attribute("s").as_uint(0);
        text = style < date_styles.size() && date_styles[style] ? serial_date_text(value, base_1904) : number_text(value);
      }
      add_cell(result, cell_row, column, std::move(text), limits);
    }
  }
}

}  // namespace thidua::workbook::detail
