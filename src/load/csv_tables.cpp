// The CSV forms of <units>, <guests> and <attendees>: header columns by name, one record per row.
#include <algorithm>

#include "load/context.h"
#include "load/csv.h"
#include "load/did_you_mean.h"
#include "load/read_file.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::load {

namespace {

// One column a table accepts.
struct Column {
  std::string_view name;
  bool required = false;  // the header must have it and every row must fill it
};

const std::vector<Column> unit_columns = {{"id", true},     {"name", true},  {"short"},    {"role"},
                                          {"signatory"},    {"title"},       {"authority"}};
const std::vector<Column> guest_columns = {{"id"},   {"name", true}, {"title", true}, {"organisation"},
                                           {"role"}, {"unit"},       {"honorific"}};
const std::vector<Column> attendee_columns = {{"name", true}, {"title"}, {"unit"}, {"organisation"}, {"note"}};

std::vector<std::string_view> column_names(const std::vector<Column>& columns) {
  std::vector<std::string_view> names;
  for (const Column& column : columns) names.push_back(column.name);
  return names;
}

// Header names are matched ignoring case and surrounding spaces ("Name " is name).
std::string header_key(std::string_view raw) {
  std::string key = text::squash_spaces(raw);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

// The fields of one CSV row, each checked and normalised once.
class RowFields : public Fields {
 public:
  RowFields(const std::vector<Column>& columns, std::vector<Value> values)
      : columns_(columns), values_(std::move(values)) {}
  Value get(std::string_view name) override {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].name == name) return values_[i];
    }
    return {};
  }
  std::string describe(std::string_view name) const override { return tr("column '%1$s'", name); }

 private:
  const std::vector<Column>& columns_;
  std::vector<Value> values_;
};

// Reads a CSV table, checks its header against `columns` and calls `take` for every row.
class TableReader {
 public:
  TableReader(LoadContext& ctx, const std::vector<Column>& columns) : ctx_(ctx), columns_(columns) {}

  // Calls `take` for every row; false when the file or its header could not be read at all.
  template <typename Take>
  bool read(const Value& csv, Take take) {
    const std::string shown = ctx_.display_path(csv.text);
    const FileBytes file = read_file_bytes(ctx_.disk_path(csv.text));
    if (!file.bytes) {
      ctx_.diags.error(csv.where, tr("cannot read CSV file '%1$s': %2$s", shown, file.error));
      return false;
    }
    const std::optional<std::string> text = decode_text(
        *file.bytes, shown, LegacyPolicy::convert, _("the CSV file is empty; expected a header row naming the columns"),
        ctx_.diags);
    if (!text) return false;
    const CsvTable table = parse_csv(*text, shown, ctx_.diags);
    if (table.header.empty()) {
      ctx_.diags.error({shown, 0, 0}, tr("the CSV file has no header row; expected the columns %1$s",
                                         list_names(column_names(columns_), "", "", ", ")));
      return false;
    }
    if (!map_header(table.header, shown)) return false;
    std::size_t number = 0;
    for (const CsvRow& row : table.rows) {
      const CsvField& first = row.fields.front();
      if (row.fields.size() != table.header.size()) {
        // The fields cannot be matched to columns; reading them would only add false errors.
        ctx_.diags.error({shown, first.line, first.column},
                         trn("row has %1$d fields but the header has %2$d column",
                             "row has %1$d fields but the header has %2$d columns", table.header.size(),
                             row.fields.size(), table.header.size()));
        continue;
      }
      RowFields fields(columns_, row_values(row, shown));
      take(fields, SourceLoc{shown, first.line, first.column}, ++number);
    }
    return true;
  }

 private:
  // Fills index_ (column -> field number); false after reporting a header the rows cannot be read with.
  bool map_header(const std::vector<CsvField>& header, const std::string& shown) {
    index_.assign(columns_.size(), -1);
    const std::size_t before = ctx_.diags.error_count();
    named_ = header.size();
    // Spreadsheets export trailing empty header cells when a cell further right was ever used.
    while (named_ > 0 && header[named_ - 1].text.find_first_not_of(" \t") == std::string::npos) --named_;
    for (std::size_t i = 0; i < named_; ++i) {
      const CsvField& cell = header[i];
      const SourceLoc where{shown, cell.line, cell.column};
      const std::string key = header_key(cell.text);
      const auto known = std::find_if(columns_.begin(), columns_.end(), [&](const Column& c) { return c.name == key; });
      if (key.empty()) {
        ctx_.diags.error(where, tr("column %1$d of the header has no name", i + 1));
      } else if (known == columns_.end()) {
        const std::string suggestion = closest_name(key, column_names(columns_));
        ctx_.diags.error(where, suggestion.empty()
                                    ? tr("unknown column '%1$s' in the header; expected %2$s", key,
                                         list_names(column_names(columns_), "'", "'"))
                                    : tr("unknown column '%1$s' in the header; did you mean '%2$s'?", key, suggestion));
      } else {
        int& slot = index_[static_cast<std::size_t>(known - columns_.begin())];
        if (slot >= 0) {
          ctx_.diags.error(where, tr("duplicate column '%1$s' in the header", key));
        } else {
          slot = static_cast<int>(i);
        }
      }
    }
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      if (columns_[c].required && index_[c] < 0) {
        ctx_.diags.error({shown, header.front().line, 1},
                         tr("missing required column '%1$s' in the header", columns_[c].name));
      }
    }
    return ctx_.diags.error_count() == before;
  }

  // The checked values of a row (as long as the header) in the order of columns_.
  std::vector<Value> row_values(const CsvRow& row, const std::string& shown) {
    for (std::size_t i = named_; i < row.fields.size(); ++i) {
      const CsvField& cell = row.fields[i];
      if (cell.text.find_first_not_of(" \t") != std::string::npos) {
        ctx_.diags.error({shown, cell.line, cell.column},
                         tr("value in column %1$d, which has no name in the header", i + 1));
      }
    }
    std::vector<Value> values(columns_.size());
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const int at = index_[c];
      if (at < 0) {
        values[c].where = {shown, row.fields.front().line, row.fields.front().column};
      } else {
        values[c] = cell_value(row.fields[static_cast<std::size_t>(at)], shown);
      }
      if (columns_[c].required && !values[c]) {
        ctx_.diags.error(values[c].where, tr("missing required value in column '%1$s'", columns_[c].name));
      }
    }
    return values;
  }

  Value cell_value(const CsvField& cell, const std::string& shown) {
    Value value;
    value.where = {shown, cell.line, cell.column};
    for (const char32_t cp : text::code_points(cell.text)) {
      if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)) {
        ctx_.diags.error(value.where, _("control character in a field; only printable text is allowed"));
        return value;
      }
    }
    value.text = text::squash_spaces(text::nfc(cell.text));
    value.present = !value.text.empty();
    return value;
  }

  LoadContext& ctx_;
  const std::vector<Column>& columns_;
  std::vector<int> index_;  // for each column, its field number in a row, or -1
  std::size_t named_ = 0;   // header cells up to the last named one
};

}  // namespace

void read_units_csv(LoadContext& ctx, const Value& csv) {
  ctx.units_unreadable = !TableReader(ctx, unit_columns).read(csv, [&](Fields& fields, SourceLoc where, std::size_t number) {
    model::Unit unit = read_unit_fields(ctx, fields, where, number);
    const Value name = fields.get("signatory");
    const Value title = fields.get("title");
    const Value authority = fields.get("authority");
    const std::string label = record_label("unit", unit.id, number) + " signatory ";
    if (name) {
      if (!title) ctx.diags.error(title.where, _("missing required value in column 'title' (the signatory's title)"));
      unit.signatory = model::Signatory{name.text, title.text, authority.text};
      ctx.origin(label + "name", name);
      ctx.origin(label + "title", title);
      ctx.origin(label + "authority", authority);
    } else {
      for (const Value* orphan : {&title, &authority}) {
        if (*orphan) {
          ctx.diags.error(orphan->where, tr("column '%1$s' is filled but column 'signatory' is empty",
                                            orphan == &title ? "title" : "authority"));
        }
      }
    }
    ctx.event.units.push_back(std::move(unit));
  });
}

void read_guests_csv(LoadContext& ctx, const Value& csv) {
  TableReader(ctx, guest_columns).read(csv, [&](Fields& fields, SourceLoc where, std::size_t number) {
    ctx.event.guests.push_back(read_guest_fields(ctx, fields, std::move(where), number));
  });
}

void read_attendees_csv(LoadContext& ctx, const Value& csv) {
  TableReader(ctx, attendee_columns).read(csv, [&](Fields& fields, SourceLoc where, std::size_t number) {
    ctx.event.attendees.push_back(read_attendee_fields(ctx, fields, std::move(where), number));
  });
}

}  // namespace thidua::load
