// Calendar checks, strict ISO parsing and the Vietnamese date and time forms of documents and news.
#include "text/calendar.h"

#include <array>

namespace thidua::text {

namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return days[static_cast<std::size_t>(month - 1)];
}

// The value of the ASCII digits text[from, from + count), or -1 when any is not a digit.
int parse_digits(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

// At least two digits: 5 -> "05", 16 -> "16".
std::string two_digits(int value) {
  std::string digits = std::to_string(value);
  if (digits.size() < 2) digits.insert(0, 1, '0');
  return digits;
}

// At least four digits, for years: 2022 -> "2022".
std::string four_digits(int value) {
  std::string digits = std::to_string(value);
  if (digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
  return digits;
}

}  // namespace

bool Date::valid() const {
  if (year < 1900 || year > 2999) return false;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= days_in_month(year, month);
}

int Date::weekday() const {
  // Sakamoto's method: January and February count as months of the previous year.
  // Months outside 1–12 roll into the neighbouring years, so the table is never read out of range.
  static constexpr std::array<int, 12> month_offsets = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  const int months_from_zero = month - 1;
  const int year_shift = months_from_zero >= 0 ? months_from_zero / 12 : -((11 - months_from_zero) / 12);
  const int normal_month = months_from_zero - 12 * year_shift + 1;
  const int y = (normal_month < 3 ? year - 1 : year) + year_shift;
  const int sum = y + y / 4 - y / 100 + y / 400 + month_offsets[static_cast<std::size_t>(normal_month - 1)] + day;
  return ((sum % 7) + 7) % 7;
}

bool Time::valid() const { return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59; }

std::optional<Date> parse_date(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  const int year = parse_digits(iso, 0, 4);
  const int month = parse_digits(iso, 5, 2);
  const int day = parse_digits(iso, 8, 2);
  if (year < 0 || month < 0 || day < 0) return std::nullopt;
  return Date{year, month, day};
}

std::optional<Time> parse_time(std::string_view hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return std::nullopt;
  const int hour = parse_digits(hhmm, 0, 2);
  const int minute = parse_digits(hhmm, 3, 2);
  if (hour < 0 || minute < 0) return std::nullopt;
  return Time{hour, minute};
}

std::string document_date(Date date) {
  // Decree 30/2020/NĐ-CP: zero-pad days below 10 and months 1 and 2 only, so that
  // "tháng 1"/"tháng 2" cannot be altered into "tháng 11"/"tháng 12" by hand.
  const std::string month = date.month <= 2 ? two_digits(date.month) : std::to_string(date.month);
  return "ngày " + two_digits(date.day) + " tháng " + month + " năm " + four_digits(date.year);
}

std::string slash_date(Date date) {
  return two_digits(date.day) + "/" + two_digits(date.month) + "/" + four_digits(date.year);
}

std::string weekday_name(Date date) {
  static constexpr std::array<const char*, 7> names = {"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư",
                                                       "Thứ Năm",  "Thứ Sáu", "Thứ Bảy"};
  return names[static_cast<std::size_t>(date.weekday())];
}

std::string weekday_date(Date date) { return weekday_name(date) + ", " + slash_date(date); }

std::string short_dash_date(Date date) { return std::to_string(date.day) + "-" + std::to_string(date.month); }

std::string part_of_day(Time time) {
  // Boundaries: Sáng 00:00–10:59 (the small hours count as morning; events do not
  // start then), Trưa 11:00–12:59, Chiều 13:00–17:59, Tối 18:00–23:59.
  if (time.hour < 11) return "Sáng";
  if (time.hour < 13) return "Trưa";
  if (time.hour < 18) return "Chiều";
  return "Tối";
}

std::string part_of_day_date(Time time, Date date) { return part_of_day(time) + " " + slash_date(date); }

std::string part_of_day_short(Time time, Date date) { return part_of_day(time) + " " + short_dash_date(date); }

std::string clock_phrase(Time time) { return two_digits(time.hour) + " giờ " + two_digits(time.minute); }

std::string clock_hhmm(Time time) { return two_digits(time.hour) + ":" + two_digits(time.minute); }

std::string iso_date(Date date) {
  return four_digits(date.year) + "-" + two_digits(date.month) + "-" + two_digits(date.day);
}

std::string format_time(std::time_t when, const char* format, Clock clock) {
  std::tm parts{};
  if (clock == Clock::utc) {
    gmtime_r(&when, &parts);
  } else {
    localtime_r(&when, &parts);
  }
  char buffer[64];
  // strftime gives 0 (and leaves the buffer undefined) when the text does not fit: then nothing.
  const std::size_t length = std::strftime(buffer, sizeof buffer, format, &parts);
  return std::string(buffer, length);
}

}  // namespace thidua::text
