// Numbers the Vietnamese way: decimal comma, thousands dot (98,5; 1.250), written and read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace thidua::text {

// `value` rounded to `max_decimals` places, trailing zeros dropped, with a decimal comma and a
// dot between thousands: 98.5 -> "98,5", 1250 -> "1.250", -2 -> "-2", 0.25 -> "0,25".
std::string vietnamese_number(double value, int max_decimals = 2);

// Reads a number as staff type it: "98,5" and "98.5" (one decimal mark), "1.250" and "1.250,5"
// (a dot before exactly three digits groups thousands), "-2". Absent for anything else.
std::optional<double> parse_vietnamese_number(std::string_view text);

}  // namespace thidua::text
