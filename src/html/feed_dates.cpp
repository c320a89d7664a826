// Feed date forms, including the shift from Vietnam's UTC+7 to GMT.
#include "html/feed_dates.h"

#include <array>
#include <cstdio>

namespace thidua::html {

namespace {

template <typename... Ints>
std::string format(const char* pattern, Ints... values) {
  char out[48];
  std::snprintf(out, sizeof out, pattern, values...);
  return out;
}

int hour_of(const LocalMoment& m) { return m.time ? m.time->hour : 0; }
int minute_of(const LocalMoment& m) { return m.time ? m.time->minute : 0; }

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

text::Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return {y, m, d};
}

}  // namespace

std::string rfc3339(const LocalMoment& m) {
  return format("%04d-%02d-%02dT%02d:%02d:00+07:00", m.date.year, m.date.month, m.date.day, hour_of(m), minute_of(m));
}

std::string rfc822(const LocalMoment& m) {
  static constexpr std::array<const char*, 7> days = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return std::string(days[static_cast<std::size_t>(m.date.weekday())]) + ", " + format("%02d", m.date.day) +
         " " + months[static_cast<std::size_t>(m.date.month - 1)] + " " +
         format("%04d %02d:%02d:00 +0700", m.date.year, hour_of(m), minute_of(m));
}

std::string wordpress_local(const LocalMoment& m) {
  return format("%04d-%02d-%02d %02d:%02d:00", m.date.year, m.date.month, m.date.day, hour_of(m), minute_of(m));
}

std::string wordpress_gmt(const LocalMoment& m) {
  long day = days_from_civil(m.date.year, m.date.month, m.date.day);
  int hour = hour_of(m) - 7;
  if (hour < 0) {
    hour += 24;
    --day;
  }
  const text::Date d = civil_from_days(day);
  return format("%04d-%02d-%02d %02d:%02d:00", d.year, d.month, d.day, hour, minute_of(m));
}

}  // namespace thidua::html
