// Calendar values (date, time of day) and the Vietnamese date and time forms of documents and news.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::text {

// A calendar date in the proleptic Gregorian calendar.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // True when the day exists (leap years included) and the year is 1900–2999.
  bool valid() const;
  // 0 = Sunday … 6 = Saturday.
  int weekday() const;
  auto operator<=>(const Date&) const = default;
};

// A time of day, 24-hour clock.
struct Time {
  int hour = 0;
  int minute = 0;

  // True for 00:00–23:59.
  bool valid() const;
  auto operator<=>(const Time&) const = default;
};

// Parses "YYYY-MM-DD"; nullopt when the form is wrong (validity is checked separately).
std::optional<Date> parse_date(std::string_view iso);
// Parses "HH:MM"; nullopt when the form is wrong (range is checked separately).
std::optional<Time> parse_time(std::string_view hhmm);

// "ngày 16 tháng 02 năm 2022": day < 10 and months 1–2 take a leading zero (Decree 30).
std::string document_date(Date date);
// "16/02/2022".
std::string slash_date(Date date);
// "Thứ Ba", … "Chủ Nhật".
std::string weekday_name(Date date);
// "Thứ Ba, 16/02/2022".
std::string weekday_date(Date date);
// "4-3": day-month without leading zeros, as newspapers write it.
std::string short_dash_date(Date date);
// "Sáng", "Trưa", "Chiều" or "Tối" for a start time: Sáng before 11:00 (the small hours
// included), Trưa 11:00–12:59, Chiều 13:00–17:59, Tối from 18:00.
std::string part_of_day(Time time);
// "Sáng 16/02/2022".
std::string part_of_day_date(Time time, Date date);
// "Chiều 4-3".
std::string part_of_day_short(Time time, Date date);
// "08 giờ 00".
std::string clock_phrase(Time time);
// "08:00".
std::string clock_hhmm(Time time);
// "2022-02-16".
std::string iso_date(Date date);

// The clock a moment is read on.
enum class Clock { utc, local };
// The moment `when` written by strftime's `format` on `clock`: "%H:%M" gives "08:05".
std::string format_time(std::time_t when, const char* format, Clock clock);

}  // namespace thidua::text
