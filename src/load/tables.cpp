// Lists of <units>, <guests> and <attendees> from CSV files and workbook sheets (XLSX, ODS):
// the header row found and matched by English or Vietnamese column names, one record per row.
#include <algorithm>
#include <cmath>

#include "load/context.h"
#include "load/csv.h"
#include "load/did_you_mean.h"
#include "i18n/i18n.h"
#include "load/read_file.h"
#include "text/match_key.h"
#include "text/numbers.h"
#include "text/vietnamese.h"
#include "workbook/workbook.h"

namespace thidua::load {

namespace {

// One column a table accepts: its English name and the names staff give it in Vietnamese.
struct Column {
  std::string_view name;
  bool required = false;  // the header must have it and every row must fill it
  std::vector<std::string_view> vietnamese = {};
};

// The Vietnamese names are documented in docs/format.md ("Tên cột tiếng Việt"); keep both in step.
const std::vector<Column> unit_columns = {
    {"id", true, {"Mã", "Mã đơn vị", "Ký hiệu"}},
    {"name", true, {"Tên", "Tên đơn vị", "Tên đầy đủ"}},
    {"short", false, {"Tên viết tắt", "Tên ngắn", "Tên gọi tắt", "Viết tắt"}},
    {"role", false, {"Vai trò"}},
    {"signatory", false, {"Người ký", "Họ và tên người ký", "Họ tên người ký"}},
    {"title", false, {"Chức danh", "Chức vụ", "Chức danh người ký", "Chức vụ người ký"}},
    {"authority", false, {"Thẩm quyền", "Thẩm quyền ký"}}};
const std::vector<Column> guest_columns = {
    {"id", false, {"Mã", "Mã khách"}},
    {"name", true, {"Họ và tên", "Họ tên", "Tên"}},
    {"title", true, {"Chức vụ", "Chức danh"}},
    {"organisation", false, {"Cơ quan", "Cơ quan, đơn vị", "Đơn vị công tác", "Nơi công tác"}},
    {"role", false, {"Vai trò"}},
    {"unit", false, {"Đơn vị", "Đơn vị thành viên"}},
    {"honorific", false, {"Danh xưng", "Xưng hô"}}};
const std::vector<Column> attendee_columns = {
    {"name", true, {"Họ và tên", "Họ tên"}},
    {"title", false, {"Chức vụ", "Chức danh"}},
    {"unit", false, {"Đơn vị", "Đơn vị thành viên"}},
    {"organisation", false, {"Cơ quan", "Cơ quan, đơn vị", "Đơn vị công tác", "Nơi công tác"}},
    {"note", false, {"Ghi chú"}}};
// Row-number columns: allowed in any list and ignored.
const std::vector<std::string_view> ignored_columns = {"STT", "TT", "Số TT", "Số thứ tự", "No."};

// How many rows from the top may come before the header (a title, a date, merged title cells).
constexpr std::size_t max_rows_before_header = 10;

std::vector<std::string_view> column_names(const std::vector<Column>& columns) {
  std::vector<std::string_view> names;
  for (const Column& column : columns) names.push_back(column.name);
  return names;
}

// Header names as messages show them: ASCII lowered, spaces squashed ("Name " is name).
std::string header_key(std::string_view raw) {
  std::string key = text::squash_spaces(raw);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

// One cell of a table with where it is.
struct TableCell {
  std::string text;  // as written, not yet normalised
  SourceLoc where;
};

// The non-blank rows of a CSV file or a sheet, top to bottom, each cell located.
struct Table {
  std::vector<std::vector<TableCell>> rows;
  bool from_sheet = false;  // a workbook sheet: cells are dense from column A, rows may differ in length
};

// The index of `column` by any of its names: the English one or a Vietnamese one.
int find_column(const std::vector<Column>& columns, std::string_view header_text) {
  const std::string english = header_key(header_text);
  const std::string key = text::match_key(header_text);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == english) return static_cast<int>(i);
    for (const std::string_view name : columns[i].vietnamese) {
      if (text::match_key(name) == key) return static_cast<int>(i);
    }
  }
  return -1;
}

bool is_ignored_column(std::string_view header_text) {
  const std::string key = text::match_key(header_text);
  return std::any_of(ignored_columns.begin(), ignored_columns.end(),
                     [&](std::string_view name) { return text::match_key(name) == key; });
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// The fields of one row, each checked and normalised once.
class RowFields : public Fields {
 public:
  RowFields(const std::vector<Column>& columns, const std::vector<std::string>& shown_names, std::vector<Value> values)
      : columns_(columns), shown_names_(shown_names), values_(std::move(values)) {}
  Value get(std::string_view name) override {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].name == name) return values_[i];
    }
    return {};
  }
  std::string describe(std::string_view name) const override {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].name == name && !shown_names_[i].empty()) return tr("column '%1$s'", shown_names_[i]);
    }
    return tr("column '%1$s'", name);
  }

 private:
  const std::vector<Column>& columns_;
  const std::vector<std::string>& shown_names_;
  std::vector<Value> values_;
};

// Reads a list file (CSV, XLSX or ODS), finds and checks its header against `columns` and
// calls `take` for every row.
class TableReader {
 public:
  TableReader(LoadContext& ctx, const std::vector<Column>& columns) : ctx_(ctx), columns_(columns) {}

  // Calls `take` for every row; false when the file or its header could not be read at all.
  template <typename Take>
  bool read(const ListSource& source, Take take) {
    Table table;
    if (!load(source, table)) return false;
    if (table.rows.empty()) {
      ctx_.diags.error({shown_, 0, 0, sheet_, ""},
                       table.from_sheet
                           ? tr("the sheet has no header row; expected the columns %1$s", list_names(column_names(columns_), "", "", ", "))
                           : tr("the CSV file has no header row; expected the columns %1$s",
                                list_names(column_names(columns_), "", "", ", ")));
      return false;
    }
    from_sheet_ = table.from_sheet;
    const std::size_t header_at = find_header(table);
    if (const std::size_t rows = table.rows.size() - header_at - 1; rows > max_attendees) {
      ctx_.diags.error(source.file.where,
                       tr("the list '%1$s' has %2$d rows; a list may have at most %3$d", shown_, rows, max_attendees));
      return false;
    }
    const std::vector<TableCell>& header = table.rows[header_at];
    if (!map_header(header)) return false;
    std::size_t number = 0;
    for (std::size_t r = header_at + 1; r < table.rows.size(); ++r) {
      const std::vector<TableCell>& row = table.rows[r];
      const TableCell& first = row.front();
      if (!from_sheet_ && row.size() != header.size()) {
        // The fields cannot be matched to columns; reading them would only add false errors.
        ctx_.diags.error(first.where, trn("row has %1$d fields but the header has %2$d column",
                                              "row has %1$d fields but the header has %2$d columns", header.size(),
                                              row.size(), header.size()));
        continue;
      }
      RowFields fields(columns_, shown_names_, row_values(row));
      SourceLoc where = first.where;
      if (from_sheet_) where.column = 0;  // the record is the whole row
      take(fields, std::move(where), ++number);
    }
    return true;
  }

 private:
  // Reads the file of `source` into `table`; false after reporting why it cannot be read.
  bool load(const ListSource& source, Table& table) {
    shown_ = ctx_.display_path(source.file.text);
    ctx_.event.input_files.push_back(source.file.text);
    workbook::Format format{};
    const bool is_workbook = workbook::format_of(source.file.text, format);
    if (source.sheet && !is_workbook) {
      ctx_.diags.error(source.sheet.where,
                       tr("sheet= is only for workbooks (.xlsx, .ods); '%1$s' is read as a CSV file, which has no sheets", shown_));
    }
    const FileBytes file =
        read_file_bytes(ctx_.disk_path(source.file.text), is_workbook ? max_workbook_file_bytes : max_list_file_bytes);
    if (!file.bytes) {
      ctx_.diags.error(source.file.where, is_workbook ? tr("cannot read workbook '%1$s': %2$s", shown_, file.error)
                                                    : tr("cannot read CSV file '%1$s': %2$s", shown_, file.error));
      return false;
    }
    if (is_workbook) return load_workbook(source, *file.bytes, format, table);
    if (file.bytes->substr(0, 2) == "PK" || file.bytes->substr(0, 4) == "\xD0\xCF\x11\xE0") {
      ctx_.diags.error({shown_, 0, 0}, _("this is a workbook, not a CSV file: name it .xlsx (or .ods), or save it as "
                                         "\"CSV UTF-8\" from the spreadsheet"));
      return false;
    }
    const std::optional<std::string> text = decode_text(
        *file.bytes, shown_, LegacyPolicy::convert, _("the CSV file is empty; expected a header row naming the columns"),
        ctx_.diags);
    if (!text) return false;
    CsvTable csv = parse_csv(*text, shown_, ctx_.diags);
    const auto add_row = [&](std::vector<CsvField>& fields) {
      std::vector<TableCell> row;
      row.reserve(fields.size());
      for (CsvField& field : fields) row.push_back({std::move(field.text), SourceLoc{shown_, field.line, field.column}});
      table.rows.push_back(std::move(row));
    };
    if (!csv.header.empty()) add_row(csv.header);
    for (CsvRow& row : csv.rows) add_row(row.fields);
    return true;
  }

  bool load_workbook(const ListSource& source, const std::string& bytes, workbook::Format format, Table& table) {
    table.from_sheet = true;
    workbook::ReadResult book = workbook::read_workbook(bytes, format, source.sheet.text);
    using Status = workbook::ReadResult::Status;
    if (book.status == Status::bad_file) {
      ctx_.diags.error({shown_, 0, 0}, tr("cannot read the workbook: %1$s", book.error));
      return false;
    }
    if (book.status != Status::ok) {
      std::vector<std::string_view> names;
      for (const workbook::SheetInfo& sheet : book.sheets) names.push_back(sheet.name);
      if (book.status == Status::no_visible_sheet) {
        ctx_.diags.error({shown_, 0, 0}, tr("every sheet of the workbook is hidden; name the one to read with sheet= (%1$s)",
                                            list_names(names, "'", "'")));
        return false;
      }
      const std::string suggestion = closest_name(source.sheet.text, names);
      ctx_.diags.error(source.sheet.where,
                       suggestion.empty()
                           ? tr("the workbook '%1$s' has no sheet '%2$s'; its sheets are %3$s", shown_, source.sheet.text,
                                list_names(names, "'", "'", std::string(" ") + _("and") + " "))
                           : tr("the workbook '%1$s' has no sheet '%2$s'; did you mean '%3$s'?", shown_, source.sheet.text,
                                suggestion));
      return false;
    }
    sheet_ = book.sheet;
    for (workbook::Row& row : book.rows) {
      std::vector<TableCell> cells;
      cells.reserve(static_cast<std::size_t>(row.cells.back().column));
      for (workbook::Cell& cell : row.cells) {
        while (static_cast<int>(cells.size()) + 1 < cell.column) {  // empty cells between
          const int column = static_cast<int>(cells.size()) + 1;
          cells.push_back({"", SourceLoc{shown_, row.number, column, sheet_, ""}});
        }
        cells.push_back({std::move(cell.text), SourceLoc{shown_, row.number, cell.column, sheet_, ""}});
      }
      table.rows.push_back(std::move(cells));
    }
    return true;
  }

  // The header: the first row (of the first few) that names a known column, else the first row.
  std::size_t find_header(const Table& table) const {
    const std::size_t end = std::min(table.rows.size(), max_rows_before_header + 1);
    for (std::size_t r = 0; r < end; ++r) {
      for (const TableCell& cell : table.rows[r]) {
        if (!is_blank(cell.text) && find_column(columns_, cell.text) >= 0) return r;
      }
    }
    return 0;
  }

  // Fills index_ (column -> field number); false after reporting a header the rows cannot be read with.
  bool map_header(const std::vector<TableCell>& header) {
    index_.assign(columns_.size(), -1);
    shown_names_.assign(columns_.size(), "");
    header_names_.assign(header.size(), "");
    const std::size_t before = ctx_.diags.error_count();
    named_ = header.size();
    // Spreadsheets export trailing empty header cells when a cell further right was ever used.
    while (named_ > 0 && is_blank(header[named_ - 1].text)) --named_;
    std::vector<std::string_view> known_names = column_names(columns_);
    for (const Column& column : columns_) known_names.insert(known_names.end(), column.vietnamese.begin(), column.vietnamese.end());
    for (std::size_t i = 0; i < named_; ++i) {
      const TableCell& cell = header[i];
      const std::string key = header_key(cell.text);
      header_names_[i] = text::squash_spaces(text::nfc(cell.text));
      const int known = key.empty() ? -1 : find_column(columns_, cell.text);
      if (key.empty()) {
        // An unnamed column in a sheet is harmless until a row fills it (reported then).
        if (!from_sheet_) ctx_.diags.error(cell.where, tr("column %1$d of the header has no name", i + 1));
      } else if (known >= 0) {
        int& slot = index_[static_cast<std::size_t>(known)];
        if (slot >= 0) {
          ctx_.diags.error(cell.where, tr("duplicate column '%1$s' in the header (it is also column %2$d)", key, slot + 1));
        } else {
          slot = static_cast<int>(i);
          // Messages name a column as its header does; an English header keeps its lower-case name.
          shown_names_[static_cast<std::size_t>(known)] =
              key == columns_[static_cast<std::size_t>(known)].name ? key : header_names_[i];
        }
      } else if (!is_ignored_column(cell.text)) {
        const std::string suggestion = closest_name(key, known_names);
        ctx_.diags.error(cell.where,
                         suggestion.empty()
                             ? tr("unknown column '%1$s' in the header; expected %2$s (or their Vietnamese names, see "
                                  "docs/format.md)", key, list_names(column_names(columns_), "'", "'", std::string(" ") + _("or") + " "))
                             : tr("unknown column '%1$s' in the header; did you mean '%2$s'?", key, suggestion));
      }
    }
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      if (columns_[c].required && index_[c] < 0) {
        SourceLoc where = header.front().where;
        where.column = from_sheet_ ? 0 : 1;
        ctx_.diags.error(where, columns_[c].vietnamese.empty()
                                    ? tr("missing required column '%1$s' in the header", columns_[c].name)
                                    : tr("missing required column '%1$s' in the header (in Vietnamese: '%2$s')",
                                         columns_[c].name, columns_[c].vietnamese.front()));
      }
    }
    return ctx_.diags.error_count() == before;
  }

  // The checked values of a row in the order of columns_.
  std::vector<Value> row_values(const std::vector<TableCell>& row) {
    for (std::size_t i = named_; i < row.size(); ++i) {
      const TableCell& cell = row[i];
      if (!is_blank(cell.text)) {
        ctx_.diags.error(cell.where, tr("value in column %1$d, which has no name in the header", i + 1));
      }
    }
    std::vector<Value> values(columns_.size());
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const int at = index_[c];
      const auto field = static_cast<std::size_t>(at);
      if (at < 0) {
        values[c].where = row.front().where;
      } else if (field >= row.size()) {  // a sheet row that ends before this column
        values[c].where = row.front().where;
        values[c].where.column = at + 1;
        values[c].where.column_name = header_names_[field];
      } else {
        values[c] = cell_value(row[field], header_names_[field]);
      }
      if (columns_[c].required && !values[c]) {
        ctx_.diags.error(values[c].where, tr("missing required value in column '%1$s'", shown_name(c)));
      }
    }
    return values;
  }

  std::string shown_name(std::size_t column) const {
    return shown_names_[column].empty() ? std::string(columns_[column].name) : shown_names_[column];
  }

  Value cell_value(const TableCell& cell, const std::string& column_name) {
    Value value;
    value.where = cell.where;
    if (from_sheet_) value.where.column_name = column_name;
    for (const char32_t cp : text::code_points(cell.text)) {
      if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)) {
        ctx_.diags.error(value.where, _("control character in a field; only printable text is allowed"));
        return value;
      }
    }
    if (cell.text.size() > max_field_chars && text::code_points(cell.text).size() > max_field_chars) {
      ctx_.diags.error(value.where, field_too_long_message());
      return value;
    }
    value.text = text::squash_spaces(text::nfc(cell.text));
    value.present = !value.text.empty();
    return value;
  }

  LoadContext& ctx_;
  const std::vector<Column>& columns_;
  std::string shown_;                      // the file as messages name it
  std::string sheet_;                      // the sheet read, for a workbook
  bool from_sheet_ = false;
  std::vector<int> index_;                 // for each column, its field number in a row, or -1
  std::vector<std::string> shown_names_;   // for each column, its name in messages
  std::vector<std::string> header_names_;  // for each field, its header text
  std::size_t named_ = 0;                  // header cells up to the last named one
};

}  // namespace

void read_units_table(LoadContext& ctx, const ListSource& source) {
  ctx.units_file = ctx.display_path(source.file.text);
  ctx.units_unreadable = !TableReader(ctx, unit_columns).read(source, [&](Fields& fields, SourceLoc where, std::size_t number) {
    model::Unit unit = read_unit_fields(ctx, fields, where, number);
    const Value name = fields.get("signatory");
    const Value title = fields.get("title");
    const Value authority = fields.get("authority");
    const std::string label = origin_label("unit", unit.id, number) + " signatory ";
    if (name && !title) {
      ctx.diags.error(title.where, tr("missing required value in %1$s (the signatory's title)", fields.describe("title")));
    }
    // A title or authority without a name is a signatory whose name is written in by hand.
    if (name || title || authority) {
      unit.signatory = model::Signatory{name.text, title.text, authority.text};
      ctx.origin(label + "name", name);
      ctx.origin(label + "title", title);
      ctx.origin(label + "authority", authority);
    }
    ctx.event.units.push_back(std::move(unit));
  });
}

void read_guests_table(LoadContext& ctx, const ListSource& source) {
  TableReader(ctx, guest_columns).read(source, [&](Fields& fields, SourceLoc where, std::size_t number) {
    ctx.event.guests.push_back(read_guest_fields(ctx, fields, std::move(where), number));
  });
}

void read_attendees_table(LoadContext& ctx, const ListSource& source) {
  TableReader(ctx, attendee_columns).read(source, [&](Fields& fields, SourceLoc where, std::size_t number) {
    ctx.event.attendees.push_back(read_attendee_fields(ctx, fields, std::move(where), number));
  });
}

}  // namespace thidua::load

namespace thidua::load {

void read_scores_table(LoadContext& ctx, const ListSource& source, model::Results& results) {
  // The columns follow the agreement: the unit, one per section (headed I, II, … as the
  // documents number them), the bonus and the penalty (their first criterion), the votes.
  const model::Agreement& agreement = *ctx.event.agreement;
  static const std::vector<std::string> section_names = [] {
    std::vector<std::string> names;
    for (int i = 1; i <= 15; ++i) names.push_back("section-" + std::to_string(i));
    return names;
  }();
  static const char* const romans[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII",
                                       "IX", "X", "XI", "XII", "XIII", "XIV", "XV"};
  static const std::vector<std::string> section_words = [] {
    std::vector<std::string> words;
    for (const char* roman : romans) {
      for (const char* prefix : {"", "Phần ", "Nội dung "}) words.push_back(std::string(prefix) + roman);
    }
    return words;
  }();
  std::vector<Column> columns = {{"unit", true, {"Đơn vị", "Tên đơn vị", "Mã đơn vị"}},
                                 {"votes", false, {"Số phiếu", "Phiếu bầu"}}};
  const std::size_t sections = std::min<std::size_t>(agreement.sections.size(), 15);
  for (std::size_t s = 0; s < sections; ++s) {
    columns.push_back({section_names[s], true, {section_words[3 * s], section_words[3 * s + 1], section_words[3 * s + 2]}});
  }
  if (!agreement.bonuses.empty()) columns.push_back({"bonus", false, {"Điểm thưởng", "Điểm cộng"}});
  if (!agreement.penalties.empty()) columns.push_back({"penalty", false, {"Điểm trừ"}});
  TableReader(ctx, columns).read(source, [&](Fields& fields, SourceLoc where, std::size_t) {
    model::UnitScores unit;
    unit.where = where;
    const Value id = fields.get("unit");
    unit.unit_id = id.text;
    if (id) ctx.unit_refs.push_back({id.text, id.where, fields.describe("unit")});
    unit.votes = parse_int_value(ctx, fields.get("votes"), N_("votes"), 0, 100000, "7");
    auto take = [&](std::string_view column, model::Criterion::Kind kind, std::size_t index) {
      const Value value = fields.get(column);
      if (!value) return;
      model::Score score;
      score.criterion = {kind, index};
      score.where = value.where;
      const std::optional<double> number = text::parse_vietnamese_number(value.text);
      if (!number) {
        ctx.diags.error(value.where, tr("%1$s '%2$s' is not a number (e.g. 10 or 2,5)", _("score"), value.text));
      }
      score.value = number.value_or(std::nan(""));
      unit.scores.push_back(score);
    };
    for (std::size_t s = 0; s < sections; ++s) take(section_names[s], model::Criterion::Kind::section, s);
    if (!agreement.bonuses.empty()) take("bonus", model::Criterion::Kind::bonus, 0);
    if (!agreement.penalties.empty()) take("penalty", model::Criterion::Kind::penalty, 0);
    results.units.push_back(std::move(unit));
  });
}

}  // namespace thidua::load
