// The workbook reader's common parts: libzip (loaded on first use) with limits, XML depth checks,
// number and date texts, and the choice between XLSX and ODS.
#include "workbook/workbook.h"

#include <zip.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <mutex>

#include "i18n/i18n.h"
#include "workbook/libzip.h"
#include "workbook/parts.h"
#include "workbook/shared_library.h"
#include "text/match_key.h"

namespace thidua::workbook {

namespace detail {

// Owns the open archive: its destructor also runs when ZipArchive's constructor throws (a
// refused entry count), where ~ZipArchive would not.
struct ZipArchive::Handle {
  zip_t* archive = nullptr;
  Handle() = default;
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle() {
    if (archive != nullptr) libzip().discard(archive);
  }
};

ZipArchive::ZipArchive(std::string_view bytes, const Limits& limits) : handle_(std::make_unique<Handle>()), limits_(limits) {
  Libzip& zip = libzip();
  if (!zip.library.ok()) throw BadWorkbook(tr("cannot read workbooks: %1$s", zip.library.error()));
  zip_error_t error;
  zip.error_init(&error);
  zip_source_t* source = zip.source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source != nullptr) handle_->archive = zip.open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (handle_->archive == nullptr) {
    const std::string reason = zip.error_strerror(&error);
    if (source != nullptr) zip.source_free(source);
    zip.error_fini(&error);
    throw BadWorkbook(tr("it is not a readable workbook: the zip container is damaged (%1$s)", reason));
  }
  zip.error_fini(&error);
  const zip_int64_t entries = zip.get_num_entries(handle_->archive, 0);
  if (entries < 0 || static_cast<std::size_t>(entries) > limits_.zip_entries) {
    throw BadWorkbook(tr("the workbook holds %1$d files, more than the %2$d a workbook may have", entries, limits_.zip_entries));
  }
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::has(const std::string& name) { return libzip().name_locate(handle_->archive, name.c_str(), 0) >= 0; }

std::string ZipArchive::read(const std::string& name) {
  Libzip& zip = libzip();
  const zip_int64_t index = zip.name_locate(handle_->archive, name.c_str(), 0);
  if (index < 0) throw BadWorkbook(tr("the workbook has no part '%1$s' (it is damaged or not a workbook)", name));
  zip_stat_t stat;
  if (zip.stat_index(handle_->archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    throw BadWorkbook(tr("the workbook's part '%1$s' cannot be read (the file is damaged)", name));
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    throw BadWorkbook(_("the workbook is protected with a password: save a copy without the password"));
  }
  const std::size_t declared = (stat.valid & ZIP_STAT_SIZE) != 0 ? static_cast<std::size_t>(stat.size) : 0;
  const std::size_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? static_cast<std::size_t>(stat.comp_size) : 0;
  if (declared > limits_.entry_bytes || total_read_ + declared > limits_.total_bytes) {
    throw BadWorkbook(tr("the workbook's part '%1$s' unpacks to %2$d MB, more than the %3$d MB (%4$d MB in all) a list may have",
                         name, declared >> 20, limits_.entry_bytes >> 20, limits_.total_bytes >> 20));
  }
  if (declared > 1024 * 1024 && declared / std::max<std::size_t>(compressed, 1) > limits_.compression_ratio) {
    throw BadWorkbook(tr("the workbook's part '%1$s' unpacks %2$d times larger than it is packed: a zip bomb, not a list",
                         name, declared / std::max<std::size_t>(compressed, 1)));
  }
  zip_file_t* file = zip.fopen_index(handle_->archive, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) throw BadWorkbook(tr("the workbook's part '%1$s' cannot be opened (the file is damaged)", name));
  // One byte more than declared: a part that unpacks to more than its header says is refused.
  std::string data(declared + 1, '\0');
  const zip_int64_t got = zip.fread(file, data.data(), data.size());
  zip.fclose(file);
  if (got < 0 || static_cast<std::size_t>(got) != declared) {
    throw BadWorkbook(tr("the workbook's part '%1$s' is damaged (it does not unpack to its stated size)", name));
  }
  data.resize(declared);
  total_read_ += declared;
  return data;
}

namespace {

// Skips from `pos` (just after "<!" or "<?") past the end of a comment, CDATA section, declaration or instruction.
std::size_t skip_markup(std::string_view xml, std::size_t pos) {
  auto past = [&](std::string_view end) {
    const std::size_t found = xml.find(end, pos);
    return found == std::string_view::npos ? xml.size() : found + end.size();
  };
  if (xml.substr(pos, 3) == "!--") return past("-->");
  if (xml.substr(pos, 8) == "![CDATA[") return past("]]>");
  if (xml.substr(pos, 1) == "?") return past("?>");
  return past(">");
}

// The deepest nesting of elements in `xml`, stopping as soon as it passes `limit`.
std::size_t nesting_depth(std::string_view xml, std::size_t limit) {
  std::size_t depth = 0;
  std::size_t pos = 0;
  while ((pos = xml.find('<', pos)) != std::string_view::npos) {
    ++pos;
    if (pos >= xml.size()) break;
    if (xml[pos] == '!' || xml[pos] == '?') {
      pos = skip_markup(xml, pos);
    } else if (xml[pos] == '/') {
      if (depth > 0) --depth;
    } else {
      char quote = 0;
      for (; pos < xml.size(); ++pos) {  // to the tag's end, skipping '>' inside attribute values
        const char c = xml[pos];
        if (quote != 0) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          break;
        }
      }
      if (pos < xml.size() && xml[pos - 1] != '/' && ++depth > limit) return depth;
    }
  }
  return depth;
}

}  // namespace

void parse_part(pugi::xml_document& doc, std::string& text, const std::string& name, const Limits& limits) {
  if (nesting_depth(text, limits.xml_depth) > limits.xml_depth) {
    throw BadWorkbook(tr("the workbook's part '%1$s' nests its XML more than %2$d levels deep: it was not written by a spreadsheet",
                         name, limits.xml_depth));
  }
  // Whitespace-only text is kept: a cell holding " ", the space between two formatted runs.
  const pugi::xml_parse_result parsed =
      doc.load_buffer_inplace(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) {
    throw BadWorkbook(tr("the workbook's part '%1$s' is not well-formed XML (%2$s at byte %3$d): the file is damaged", name,
                         parsed.description(), static_cast<long long>(parsed.offset)));
  }
}

std::string_view local_name(const char* name) {
  const std::string_view full(name);
  const std::size_t colon = full.find(':');
  return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

pugi::xml_node child_named(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && local_name(child.name()) == local) return child;
  }
  return {};
}

pugi::xml_attribute attribute_named(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_attribute attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute()) {
    if (local_name(attribute.name()) == local) return attribute;
  }
  return {};
}

namespace {

// Parses a whole number or decimal written with '.', locale-independent.
bool parse_number(std::string_view text, double& value) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && std::isfinite(value);
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civil_from_days(long long days, long long& year, unsigned& month, unsigned& day) {
  days += 719468;
  const long long era = (days >= 0 ? days : days - 146096) / 146097;
  const auto doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  year = static_cast<long long>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

std::string two_digits(unsigned n) { return std::string(1, static_cast<char>('0' + n / 10 % 10)) + static_cast<char>('0' + n % 10); }

}  // namespace

std::string number_text(std::string_view value) {
  double number = 0;
  if (!parse_number(value, number)) return std::string(value);
  char buffer[64];
  if (number == std::floor(number) && std::fabs(number) < 1e15) {
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(number));
    return error == std::errc() ? std::string(buffer, end) : std::string(value);
  }
  // 15 significant digits, as spreadsheets show: 0.1+0.2 is "0.3", not "0.30000000000000004".
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::general, 15);
  return error == std::errc() ? std::string(buffer, end) : std::string(value);
}

std::string serial_date_text(std::string_view value, bool base_1904) {
  double serial = 0;
  if (!parse_number(value, serial) || serial < 0 || serial > 2958466) return std::string(value);  // up to 9999-12-31
  auto whole = static_cast<long long>(std::floor(serial));
  auto minutes = static_cast<long long>(std::llround((serial - std::floor(serial)) * 24 * 60));
  if (minutes == 24 * 60) {
    ++whole;
    minutes = 0;
  }
  std::string text;
  if (whole > 0 || base_1904) {
    // 1900 system: day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was
    // (Lotus 1-2-3's bug), so from day 61 on the days are counted from 1899-12-30.
    long long days_since_1970 = 0;
    if (base_1904) {
      days_since_1970 = whole - 24107;  // 1904-01-01 is 24107 days before 1970-01-01
    } else {
      days_since_1970 = (whole >= 61 ? whole : whole + 1) - 25569;
    }
    long long year = 0;
    unsigned month = 0, day = 0;
    civil_from_days(days_since_1970, year, month, day);
    text = std::to_string(year) + "-" + two_digits(month) + "-" + two_digits(day);
  }
  if (minutes > 0 || text.empty()) {
    if (!text.empty()) text += ' ';
    text += two_digits(static_cast<unsigned>(minutes / 60)) + ":" + two_digits(static_cast<unsigned>(minutes % 60));
  }
  return text;
}

int choose_sheet(ReadResult& result, std::string_view wanted) {
  for (std::size_t i = 0; i < result.sheets.size(); ++i) {
    const SheetInfo& sheet = result.sheets[i];
    if (wanted.empty() ? !sheet.hidden : (sheet.name == wanted || text::match_key(sheet.name) == text::match_key(wanted))) {
      result.sheet = sheet.name;
      return static_cast<int>(i);
    }
  }
  result.status = wanted.empty() ? ReadResult::Status::no_visible_sheet : ReadResult::Status::no_such_sheet;
  return -1;
}

void too_much_text(const Limits& limits) {
  throw BadWorkbook(tr("the sheet holds more than %1$d cells or %2$d MB of text, more than a list can use "
                       "(cells or rows repeated too often?)",
                       limits.cells, limits.text_bytes >> 20));
}

void add_cell(ReadResult& result, int row, int column, std::string text, const Limits& limits) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return;
  if (column < 1 || static_cast<std::size_t>(column) > limits.columns) {
    throw BadWorkbook(tr("the sheet has a cell in column %1$d, beyond the %2$d columns a sheet may have", column, limits.columns));
  }
  if (row < 1 || static_cast<std::size_t>(row) > limits.rows) {
    throw BadWorkbook(tr("the sheet has a cell in row %1$d, beyond the %2$d rows a sheet may have", row, limits.rows));
  }
  if (result.rows.empty() || result.rows.back().number != row) {
    if (!result.rows.empty() && result.rows.back().number > row) {
      throw BadWorkbook(tr("the sheet lists row %1$d after row %2$d: the file is damaged", row, result.rows.back().number));
    }
    result.rows.push_back({row, {}});
  }
  if (++result.cells > limits.cells || (result.text_bytes += text.size()) > limits.text_bytes) too_much_text(limits);
  std::vector<Cell>& cells = result.rows.back().cells;
  if (!cells.empty() && cells.back().column >= column) {
    throw BadWorkbook(tr("the sheet lists cell %1$d of row %2$d twice or out of order: the file is damaged", column, row));
  }
  cells.push_back({column, std::move(text)});
}

}  // namespace detail

bool format_of(std::string_view file_name, Format& format) {
  const std::size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string extension(file_name.substr(dot + 1));
  for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (extension == "xlsx" || extension == "xlsm") {
    format = Format::xlsx;
    return true;
  }
  if (extension == "ods") {
    format = Format::ods;
    return true;
  }
  return false;
}

ReadResult read_workbook(std::string_view bytes, Format format, std::string_view wanted, const Limits& limits) {
  ReadResult result;
  try {
    if (bytes.substr(0, 2) != "PK") {
      throw detail::BadWorkbook(bytes.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
                                    ? _("it is an old Excel 97-2003 (.xls) file, not .xlsx: open it in Excel and "
                                        "save it as \"Excel Workbook (*.xlsx)\"")
                                    : _("it is not a workbook (an .xlsx or .ods file is a zip archive; this one is not)"));
    }
    detail::ZipArchive zip(bytes, limits);
    if (format == Format::xlsx) {
      detail::read_xlsx(zip, wanted, limits, result);
    } else {
      detail::read_ods(zip, wanted, limits, result);
    }
  } catch (const detail::BadWorkbook& bad) {
    result.status = ReadResult::Status::bad_file;
    result.error = bad.what();
    result.rows.clear();
  } catch (const std::bad_alloc&) {
    result.status = ReadResult::Status::bad_file;
    result.error = _("the workbook is too large to read");
    result.rows.clear();
  }
  return result;
}

}  // namespace thidua::workbook
