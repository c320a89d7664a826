// Numbers the Vietnamese way: decimal comma, thousands dot.
#include "text/numbers.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace thidua::text {

std::string vietnamese_number(double value, int max_decimals) {
  if (max_decimals < 0) max_decimals = 0;
  if (max_decimals > 6) max_decimals = 6;
  const double scale = std::pow(10.0, max_decimals);
  const double rounded = std::round(value * scale) / scale;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", max_decimals, std::fabs(rounded));
  std::string digits = buffer;
  std::string fraction;
  if (const std::size_t dot = digits.find('.'); dot != std::string::npos) {
    fraction = digits.substr(dot + 1);
    digits.resize(dot);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }
  std::string out;
  if (rounded < 0 && (digits != "0" || !fraction.empty())) out += '-';
  const std::size_t first_group = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (i - first_group) % 3 == 0 && i >= first_group) out += '.';
    out += digits[i];
  }
  if (!fraction.empty()) out += "," + fraction;
  return out;
}

std::optional<double> parse_vietnamese_number(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  // Split into runs of digits and the single separators between them.
  std::vector<std::string_view> runs;
  std::vector<char> separators;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] >= '0' && text[i] <= '9') continue;
    if (i == start) return std::nullopt;  // empty run: leading, trailing or doubled separator
    runs.push_back(text.substr(start, i - start));
    if (i < text.size()) {
      if (text[i] != '.' && text[i] != ',') return std::nullopt;
      separators.push_back(text[i]);
    }
    start = i + 1;
  }
  // The decimal mark: a comma (the last separator when it is one), or a lone dot not followed by
  // exactly three digits ("98.5", but "1.250" is one thousand two hundred and fifty).
  std::size_t whole_runs = runs.size();
  if (!separators.empty()) {
    const char last = separators.back();
    const bool lone_dot = separators.size() == 1 && last == '.' && runs.back().size() != 3;
    if (last == ',' || lone_dot) whole_runs = runs.size() - 1;
  }
  for (std::size_t i = 0; i + 1 < whole_runs; ++i) {
    if (separators[i] != '.') return std::nullopt;  // thousands are grouped with dots only
    if (runs[i + 1].size() != 3 || (i == 0 && runs[0].size() > 3)) return std::nullopt;
  }
  std::string plain;
  for (std::size_t i = 0; i < whole_runs; ++i) plain += runs[i];
  if (whole_runs < runs.size()) plain += "." + std::string(runs.back());
  double value = 0;  // from_chars: no locale, unlike strtod
  if (std::from_chars(plain.data(), plain.data() + plain.size(), value).ec != std::errc()) return std::nullopt;
  return negative ? -value : value;
}

}  // namespace thidua::text
