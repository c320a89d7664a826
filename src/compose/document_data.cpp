// Template data shared by the formal documents: the Decree 30 header and numbering helpers.
#include "compose/document_data.h"

#include <array>

#include "text/calendar.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

// Removes one trailing ";" or "." so the list punctuation is not doubled.
std::string without_final_punctuation(std::string text) {
  while (!text.empty() && (text.back() == ';' || text.back() == '.' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

Data upper_lines(const std::string& name, const std::vector<std::string>& forced) {
  Data lines{Data::type::list};
  const std::vector<std::string> given = forced.empty() ? std::vector<std::string>{name} : forced;
  for (std::size_t i = 0; i < given.size(); ++i) {
    Data& line = append_object(lines);
    line.set("text", text::upper(given[i]));
    line.set("last", i + 1 == given.size());
  }
  return lines;
}

const char* const kBlankName = "……………………………";

Data signature_block(const std::string& label, const std::string& unit, const model::Signatory* signatory,
                     const std::vector<std::string>& unit_lines) {
  Data block;
  block.set("has_label", !label.empty());
  block.set("label", text::upper(label));
  block.set("unit", text::upper(unit));
  // The unit's name as lines: one (the layout breaks it) unless the event forces the breaks.
  block.set("unit_lines", upper_lines(unit, unit_lines));
  const bool has_authority = signatory != nullptr && !signatory->authority.empty();
  block.set("has_authority", has_authority);
  block.set("authority", has_authority ? text::upper(signatory->authority) : std::string());
  const bool has_title = signatory != nullptr && !signatory->title.empty();
  block.set("has_title", has_title);
  block.set("title", has_title ? text::upper(signatory->title) : std::string());
  const bool has_name = signatory != nullptr && !signatory->name.empty();
  block.set("name", has_name ? signatory->name : std::string(kBlankName));
  return block;
}

bool names_a_union(const std::string& name) {
  for (const char* lead : {"Công đoàn", "công đoàn", "CĐ ", "CĐCS", "LĐLĐ", "Liên đoàn Lao động", "Tổng Liên đoàn"}) {
    if (name.starts_with(lead)) return true;
  }
  return false;
}

std::string host_name(const model::Event& event, bool short_form) {
  if (!event.host) return {};
  if (const model::Unit* unit = event.host_unit()) return short_form && !unit->short_name.empty() ? unit->short_name : unit->name;
  return short_form && !event.host->short_name.empty() ? event.host->short_name : event.host->name;
}

const model::Signatory* host_signatory(const model::Event& event) {
  if (!event.host) return nullptr;
  if (event.host->signatory) return &*event.host->signatory;
  const model::Unit* unit = event.host_unit();
  return unit != nullptr && unit->signatory ? &*unit->signatory : nullptr;
}

std::string date_place(const model::Event& event) {
  return event.province.empty() ? event.upper.name : event.province;
}

Data document_header(const model::Event& event, const std::string& number_line) {
  Data header;
  // Decree 30: the governing body (cơ quan chủ quản) above the issuer. The bloc (or the
  // union organising a movement) issues; the upper body that set it up governs it.
  // When the upper body issues its own document, its own governing body goes above it.
  const bool upper_issues = event.upper.name == event.bloc.full_name;
  header.set("parent", text::upper(upper_issues ? event.upper.parent : event.upper.name));
  header.set("issuer", text::upper(event.bloc.full_name));
  header.set("parent_lines", upper_issues ? upper_lines(event.upper.parent, event.upper.parent_lines)
                                          : upper_lines(event.upper.name, event.upper.name_lines));
  header.set("issuer_lines", upper_lines(event.bloc.full_name, event.bloc.full_name_lines));
  header.set("number", number_line);
  header.set("has_number", !number_line.empty());
  header.set("place_date", date_place(event) + ", " + text::document_date(event.date));
  return header;
}

Data& append_object(Data& list) {
  list.push_back(Data{});
  // The list itself is not const, only kainjow's accessor.
  return const_cast<Data&>(list.list_value().back());
}

std::string roman_numeral(int number) {
  static constexpr std::array<std::pair<int, const char*>, 13> steps{{{1000, "M"}, {900, "CM"}, {500, "D"},
                                                                      {400, "CD"}, {100, "C"}, {90, "XC"},
                                                                      {50, "L"}, {40, "XL"}, {10, "X"},
                                                                      {9, "IX"}, {5, "V"}, {4, "IV"},
                                                                      {1, "I"}}};
  std::string out;
  for (const auto& [value, letters] : steps) {
    while (number >= value) {
      out += letters;
      number -= value;
    }
  }
  return out;
}

std::string point_letter(int index) {
  static constexpr std::array<const char*, 23> letters{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                       "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  const auto count = static_cast<int>(letters.size());
  if (index < count) return letters[static_cast<std::size_t>(index)];
  return point_letter(index / count - 1) + letters[static_cast<std::size_t>(index % count)];
}

Data punctuated_list(const std::vector<std::string>& items) {
  Data list{Data::type::list};
  for (std::size_t i = 0; i < items.size(); ++i) {
    Data item;
    item.set("text", without_final_punctuation(items[i]));
    item.set("end", i + 1 == items.size() ? "." : ";");
    list.push_back(item);
  }
  return list;
}

}  // namespace thidua::compose
