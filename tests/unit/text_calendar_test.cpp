// Unit tests of calendar values and the Vietnamese date and time forms.
#include <catch2/catch.hpp>

#include <string>

#include "text/calendar.h"

namespace tx = thidua::text;
using tx::Date;
using tx::Time;

TEST_CASE("date validity follows the Gregorian leap years and the 1900–2999 range", "[text]") {
  CHECK(Date{2024, 2, 29}.valid());
  CHECK_FALSE(Date{2022, 2, 29}.valid());
  CHECK(Date{2000, 2, 29}.valid());        // divisible by 400
  CHECK_FALSE(Date{2100, 2, 29}.valid());  // divisible by 100 only
  CHECK_FALSE(Date{1900, 2, 29}.valid());
  CHECK(Date{2022, 2, 28}.valid());
  CHECK(Date{2022, 4, 30}.valid());
  CHECK_FALSE(Date{2022, 4, 31}.valid());
  CHECK(Date{2022, 12, 31}.valid());
  CHECK_FALSE(Date{2022, 13, 1}.valid());
  CHECK_FALSE(Date{2022, 0, 1}.valid());
  CHECK_FALSE(Date{2022, 1, 0}.valid());
  CHECK(Date{1900, 1, 1}.valid());
  CHECK_FALSE(Date{1899, 12, 31}.valid());
  CHECK(Date{2999, 12, 31}.valid());
  CHECK_FALSE(Date{3000, 1, 1}.valid());
  CHECK_FALSE(Date{}.valid());
}

TEST_CASE("weekday of known dates", "[text]") {
  CHECK(Date{1900, 1, 1}.weekday() == 1);   // a Monday
  CHECK(Date{2022, 2, 16}.weekday() == 3);  // a Wednesday
  CHECK(Date{2024, 4, 16}.weekday() == 2);  // a Tuesday (domain example "Thứ Ba, 16/04/2024")
  CHECK(Date{2000, 2, 29}.weekday() == 2);
  CHECK(Date{2012, 1, 4}.weekday() == 3);
  CHECK(Date{2999, 12, 31}.weekday() == 2);
}

TEST_CASE("weekday advances by one for every valid day from 1900 to 2999", "[text]") {
  // Walks the calendar day by day, so month lengths and weekdays check each other.
  int expected = Date{1900, 1, 1}.weekday();
  int valid_days = 0;
  int mismatches = 0;
  for (int year = 1900; year <= 2999; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= 31; ++day) {
        const Date date{year, month, day};
        if (!date.valid()) continue;
        if (date.weekday() != expected) ++mismatches;
        expected = (expected + 1) % 7;
        ++valid_days;
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(valid_days == 1100 * 365 + 267);  // 267 leap years in 1900–2999
}

TEST_CASE("time validity", "[text]") {
  CHECK(Time{0, 0}.valid());
  CHECK(Time{23, 59}.valid());
  CHECK_FALSE(Time{24, 0}.valid());
  CHECK_FALSE(Time{12, 60}.valid());
  CHECK_FALSE(Time{-1, 0}.valid());
}

TEST_CASE("parse_date accepts only YYYY-MM-DD", "[text]") {
  const auto date = tx::parse_date("2022-02-16");
  REQUIRE(date);
  CHECK(*date == Date{2022, 2, 16});
  // Well-formed but invalid dates parse; validity is a separate check.
  REQUIRE(tx::parse_date("2022-02-29"));
  CHECK_FALSE(tx::parse_date("2022-02-29")->valid());
  CHECK(tx::parse_date("2024-02-29")->valid());
  for (const char* malformed : {"2022-2-16", "16/02/2022", "2022-02-16 ", "2022/02/16", "2022-0a-16", "+022-02-16", ""}) {
    INFO('"' << malformed << '"');
    CHECK_FALSE(tx::parse_date(malformed));
  }
}

TEST_CASE("parse_time accepts only HH:MM", "[text]") {
  REQUIRE(tx::parse_time("08:00"));
  CHECK(*tx::parse_time("08:00") == Time{8, 0});
  CHECK(*tx::parse_time("23:59") == Time{23, 59});
  REQUIRE(tx::parse_time("25:00"));
  CHECK_FALSE(tx::parse_time("25:00")->valid());
  for (const char* malformed : {"8:00", "08.00", "08:00:00", "0800", "-8:00"}) {
    INFO('"' << malformed << '"');
    CHECK_FALSE(tx::parse_time(malformed));
  }
}

TEST_CASE("document dates pad days below 10 and months 1 and 2", "[text]") {
  CHECK(tx::document_date({2022, 2, 16}) == "ngày 16 tháng 02 năm 2022");
  CHECK(tx::document_date({2020, 6, 9}) == "ngày 09 tháng 6 năm 2020");
  CHECK(tx::document_date({2012, 1, 4}) == "ngày 04 tháng 01 năm 2012");
  CHECK(tx::document_date({2019, 11, 12}) == "ngày 12 tháng 11 năm 2019");
  CHECK(tx::document_date({2024, 2, 29}) == "ngày 29 tháng 02 năm 2024");
  CHECK(tx::document_date({2022, 3, 31}) == "ngày 31 tháng 3 năm 2022");
}

TEST_CASE("short date forms of news and time stamps", "[text]") {
  CHECK(tx::slash_date({2022, 2, 16}) == "16/02/2022");
  CHECK(tx::slash_date({2020, 6, 9}) == "09/06/2020");
  CHECK(tx::iso_date({2022, 2, 16}) == "2022-02-16");
  CHECK(tx::iso_date({2020, 6, 9}) == "2020-06-09");
  CHECK(tx::short_dash_date({2023, 3, 4}) == "4-3");
  CHECK(tx::short_dash_date({2022, 5, 31}) == "31-5");
  CHECK(tx::short_dash_date({2022, 12, 1}) == "1-12");
}

TEST_CASE("weekday names", "[text]") {
  // 2024-04-14 was a Sunday; the next six days run Thứ Hai … Thứ Bảy.
  const char* const expected[] = {"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"};
  for (int offset = 0; offset < 7; ++offset) {
    CHECK(tx::weekday_name({2024, 4, 14 + offset}) == expected[offset]);
  }
  CHECK(tx::weekday_date({2024, 4, 16}) == "Thứ Ba, 16/04/2024");
  CHECK(tx::weekday_date({2022, 2, 16}) == "Thứ Tư, 16/02/2022");
}

TEST_CASE("part of day boundaries", "[text]") {
  CHECK(tx::part_of_day({0, 0}) == "Sáng");
  CHECK(tx::part_of_day({7, 30}) == "Sáng");
  CHECK(tx::part_of_day({10, 59}) == "Sáng");
  CHECK(tx::part_of_day({11, 0}) == "Trưa");
  CHECK(tx::part_of_day({12, 59}) == "Trưa");
  CHECK(tx::part_of_day({13, 0}) == "Chiều");
  CHECK(tx::part_of_day({17, 59}) == "Chiều");
  CHECK(tx::part_of_day({18, 0}) == "Tối");
  CHECK(tx::part_of_day({23, 59}) == "Tối");
}

TEST_CASE("lead dates and clock forms", "[text]") {
  CHECK(tx::part_of_day_date({8, 0}, {2022, 2, 16}) == "Sáng 16/02/2022");
  CHECK(tx::part_of_day_short({14, 0}, {2023, 3, 4}) == "Chiều 4-3");
  CHECK(tx::part_of_day_short({19, 30}, {2022, 5, 22}) == "Tối 22-5");
  CHECK(tx::clock_phrase({8, 0}) == "08 giờ 00");
  CHECK(tx::clock_phrase({14, 5}) == "14 giờ 05");
  CHECK(tx::clock_hhmm({8, 0}) == "08:00");
  CHECK(tx::clock_hhmm({15, 23}) == "15:23");
}

TEST_CASE("a moment written by a strftime format on the UTC clock", "[text]") {
  // 2026-12-07 00:15:02 UTC.
  const std::time_t when = 1796602502;
  CHECK(tx::format_time(when, "%Y-%m-%dT%H:%M:%SZ", tx::Clock::utc) == "2026-12-07T00:15:02Z");
  CHECK(tx::format_time(when, "%Y%m%dT%H%M%S", tx::Clock::utc) == "20261207T001502");
  // The local clock depends on the machine's time zone: only the shape is checked.
  CHECK(tx::format_time(when, "%H:%M", tx::Clock::local).size() == 5);
  // A text longer than the buffer is empty, not garbage.
  CHECK(tx::format_time(when, std::string(100, 'x').c_str(), tx::Clock::utc).empty());
}
