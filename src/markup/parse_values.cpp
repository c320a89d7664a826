// Parsing of markup attribute values; pure functions, the parser reports what they reject.
#include "markup/parse_values.h"

#include <array>
#include <charconv>
#include <utility>
#include <cmath>

namespace thidua::markup {
namespace {


// Splits "12.5mm" into 12.5 and "mm"; nullopt when there is no leading number.
std::optional<double> leading_number(std::string_view value, std::string_view& rest) {
  double number = 0;
  const char* first = value.data();
  const char* last = value.data() + value.size();
  auto [end, ec] = std::from_chars(first, last, number, std::chars_format::fixed);
  if (ec != std::errc() || end == first || !std::isfinite(number)) return std::nullopt;
  rest = std::string_view(end, static_cast<std::size_t>(last - end));
  return number;
}

}  // namespace

std::optional<double> parse_number(std::string_view value) {
  std::string_view rest;
  auto number = leading_number(value, rest);
  if (!number || !rest.empty() || *number < 0) return std::nullopt;
  return number;
}

std::optional<double> parse_length(std::string_view value) {
  std::string_view unit;
  auto number = leading_number(value, unit);
  if (!number || *number < 0) return std::nullopt;
  if (unit.empty() || unit == "pt") return *number;
  if (unit == "mm") return *number * points_per_mm;
  if (unit == "cm") return *number * 10 * points_per_mm;
  if (unit == "in") return *number * 72;
  return std::nullopt;
}

std::optional<WidthSpec> parse_width(std::string_view value, bool allow_text_share, bool allow_star) {
  if (allow_text_share && value == "text") return WidthSpec{WidthSpec::Kind::fraction_of_text, 1};
  if (allow_star && !value.empty() && value.back() == '*') {
    if (value.size() == 1) return WidthSpec{WidthSpec::Kind::star, 1};
    auto weight = parse_number(value.substr(0, value.size() - 1));
    if (!weight || *weight <= 0) return std::nullopt;
    return WidthSpec{WidthSpec::Kind::star, *weight};
  }
  if (!value.empty() && value.back() == '%') {
    auto percent = parse_number(value.substr(0, value.size() - 1));
    if (!percent || *percent <= 0 || *percent > 100) return std::nullopt;
    return WidthSpec{WidthSpec::Kind::percent, *percent};
  }
  if (auto slash = value.find('/'); allow_text_share && slash != std::string_view::npos) {
    auto numerator = parse_number(value.substr(0, slash));
    auto denominator = parse_number(value.substr(slash + 1));
    if (!numerator || !denominator || *denominator <= 0 || *numerator <= 0 || *numerator > *denominator) {
      return std::nullopt;
    }
    return WidthSpec{WidthSpec::Kind::fraction_of_text, *numerator / *denominator};
  }
  auto length = parse_length(value);
  if (!length || *length <= 0) return std::nullopt;
  return WidthSpec{WidthSpec::Kind::length, *length};
}

std::optional<bool> parse_bool(std::string_view value) {
  if (value == "true") return true;
  if (value == "false") return false;
  return std::nullopt;
}

std::optional<Align> parse_align(std::string_view value) {
  if (value == "left") return Align::left;
  if (value == "center") return Align::center;
  if (value == "right") return Align::right;
  if (value == "justify") return Align::justify;
  return std::nullopt;
}

std::optional<VAlign> parse_valign(std::string_view value) {
  if (value == "top") return VAlign::top;
  if (value == "middle") return VAlign::middle;
  if (value == "bottom") return VAlign::bottom;
  return std::nullopt;
}

std::optional<int> parse_int(std::string_view value) {
  int number = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (ec != std::errc() || end != value.data() + value.size() || value.empty()) return std::nullopt;
  return number;
}

std::optional<ListKind> parse_list_kind(std::string_view value) {
  if (value == "decimal") return ListKind::decimal;
  if (value == "upper-roman") return ListKind::upper_roman;
  if (value == "lower-letter") return ListKind::lower_letter;
  if (value == "dash") return ListKind::dash;
  if (value == "plus") return ListKind::plus;
  return std::nullopt;
}

namespace {

// The value of a Roman numeral written as the documents write it (canonical: "IV", never "IIII"), or 0.
int roman_value(std::string_view numeral) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> steps{
      {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"},
       {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
  int value = 0;
  std::string_view rest = numeral;
  for (const auto& [step, letters] : steps) {
    // At most three of a one-letter step (MMM, CCC), one of a two-letter or five step.
    const int most = letters.size() == 1 && step != 500 && step != 50 && step != 5 ? 3 : 1;
    for (int n = 0; n < most && rest.substr(0, letters.size()) == letters; ++n) {
      value += step;
      rest.remove_prefix(letters.size());
    }
  }
  return rest.empty() && !numeral.empty() ? value : 0;
}

// The Vietnamese alphabet of points ("a)" … "y)"), as compose letters them; "đ" is two bytes.
constexpr std::array<std::string_view, 23> kPointLetters{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                         "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};

}  // namespace

std::optional<ListMark> read_list_label(ListKind kind, std::string_view text) {
  ListMark mark;
  mark.kind = kind;
  std::size_t end = 0;  // the label's bytes, its punctuation included
  switch (kind) {
    case ListKind::none: return std::nullopt;
    case ListKind::dash:
    case ListKind::plus:
      if (text.empty() || text.front() != (kind == ListKind::dash ? '-' : '+')) return std::nullopt;
      end = 1;
      break;
    case ListKind::decimal: {
      const std::size_t digits = text.find_first_not_of("0123456789");
      if (digits == 0 || digits == std::string_view::npos || digits > 4 || text[digits] != '.') return std::nullopt;
      mark.number = *parse_int(text.substr(0, digits));
      end = digits + 1;
      break;
    }
    case ListKind::upper_roman: {
      const std::size_t letters = text.find_first_not_of("IVXLCDM");
      if (letters == std::string_view::npos || text[letters] != '.') return std::nullopt;
      mark.number = roman_value(text.substr(0, letters));
      end = letters + 1;
      break;
    }
    case ListKind::lower_letter:
      // Letters in bijective base 23, as compose counts past "y)": "aa)" follows "y)".
      for (bool found = true; found && end < 8;) {
        found = false;
        for (std::size_t i = 0; i < kPointLetters.size() && !found; ++i) {
          if (text.substr(end, kPointLetters[i].size()) == kPointLetters[i]) {
            mark.number = mark.number * 23 + static_cast<int>(i) + 1;
            end += kPointLetters[i].size();
            found = true;
          }
        }
      }
      if (end == 0 || end >= text.size() || text[end] != ')') return std::nullopt;
      ++end;
      break;
  }
  if ((kind != ListKind::dash && kind != ListKind::plus && mark.number <= 0) || end >= text.size() ||
      text[end] != ' ') {
    return std::nullopt;
  }
  mark.label_bytes = static_cast<std::uint32_t>(end + 1);
  return mark;
}

std::vector<double> resolve_widths(const std::vector<WidthSpec>& specs, double total, bool* overflow) {
  std::vector<double> widths(specs.size(), 0);
  double fixed = 0;
  double shares = 0;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const WidthSpec& spec = specs[i];
    if (spec.kind == WidthSpec::Kind::length) widths[i] = spec.value;
    if (spec.kind == WidthSpec::Kind::percent) widths[i] = spec.value / 100 * total;
    if (spec.kind == WidthSpec::Kind::star) shares += spec.value;
    if (spec.kind == WidthSpec::Kind::automatic) shares += 1;
    fixed += widths[i];
  }
  if (overflow != nullptr) *overflow = fixed > total + 1e-6;
  if (fixed > total + 1e-6) {
    for (double& w : widths) w *= total / fixed;
    return widths;
  }
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const double weight = specs[i].kind == WidthSpec::Kind::star ? specs[i].value
                          : specs[i].kind == WidthSpec::Kind::automatic ? 1 : 0;
    if (weight > 0) widths[i] = (total - fixed) * weight / shares;
  }
  return widths;
}

}  // namespace thidua::markup
