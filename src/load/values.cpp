// Typed values of the event file: dates, times, numbers, choices, ids, image files.
#include <algorithm>
#include <filesystem>

#include "image/image.h"
#include "load/context.h"
#include "load/did_you_mean.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::load {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// "16/02/2022", "16.2.2022" or "16-02-2022" (day first, as Vietnamese write dates) as
// YYYY-MM-DD, to suggest; "" when `text` is not such a date.
std::string day_first_to_iso(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '/' || text[i] == '.' || text[i] == '-') {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 3 || parts[0].size() > 2 || parts[1].size() > 2 || parts[2].size() != 4) return "";
  for (std::string_view part : parts) {
    if (!all_digits(part)) return "";
  }
  const model::Date date{std::stoi(std::string(parts[2])), std::stoi(std::string(parts[1])),
                         std::stoi(std::string(parts[0]))};
  if (!date.valid()) return "";
  return std::to_string(date.year) + "-" + two(date.month) + "-" + two(date.day);
}

}  // namespace

std::optional<model::Date> parse_date_value(LoadContext& ctx, const Value& value) {
  if (!value) return std::nullopt;
  const std::optional<model::Date> date = text::parse_date(value.text);
  if (!date) {
    const std::string suggestion = day_first_to_iso(value.text);
    ctx.diags.error(value.where, suggestion.empty()
                                     ? tr("date '%1$s' is not in the form YYYY-MM-DD (e.g. 2022-02-16)", value.text)
                                     : tr("date '%1$s' is not in the form YYYY-MM-DD; did you mean %2$s?", value.text,
                                          suggestion));
    return std::nullopt;
  }
  if (!date->valid()) {
    const bool year_ok = date->year >= 1900 && date->year <= 2999;
    ctx.diags.error(value.where, year_ok ? tr("date '%1$s' does not exist", value.text)
                                         : tr("date '%1$s' does not exist (years 1900–2999 only)", value.text));
    return std::nullopt;
  }
  return date;
}

std::optional<model::Time> parse_time_value(LoadContext& ctx, const Value& value) {
  if (!value) return std::nullopt;
  const std::optional<model::Time> time = text::parse_time(value.text);
  if (!time) {
    ctx.diags.error(value.where, tr("time '%1$s' is not in the form HH:MM (24-hour clock, e.g. 08:30)", value.text));
    return std::nullopt;
  }
  if (!time->valid()) {
    ctx.diags.error(value.where, tr("time '%1$s' is out of range (00:00–23:59)", value.text));
    return std::nullopt;
  }
  return time;
}

std::optional<int> parse_int_value(LoadContext& ctx, const Value& value, std::string_view what, int low, int high,
                                   std::string_view example) {
  if (!value) return std::nullopt;
  // At most 9 digits, so the number always fits in an int.
  if (!all_digits(value.text) || value.text.size() > 9) {
    ctx.diags.error(value.where, tr("%1$s '%2$s' is not a whole number (e.g. %3$s)", _(std::string(what).c_str()),
                                    value.text, example));
    return std::nullopt;
  }
  const int number = std::stoi(value.text);
  if (number < low || number > high) {
    ctx.diags.error(value.where, tr("%1$s '%2$s' is out of range (%3$d–%4$d)", _(std::string(what).c_str()),
                                    value.text, low, high));
    return std::nullopt;
  }
  return number;
}

// The parts of `text` between "|" marks, trimmed, the empty ones left out; nothing when it has no mark.
std::vector<std::string> marked_lines(const std::string& text) {
  std::vector<std::string> lines;
  if (text.find('|') == std::string::npos) return lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t bar = text.find('|', start);
    if (bar == std::string::npos) bar = text.size();
    std::string line = text::squash_spaces(std::string_view(text).substr(start, bar - start));
    if (!line.empty()) lines.push_back(std::move(line));
    start = bar + 1;
  }
  return lines;
}

// `text` with its "|" marks read as spaces.
std::string unmarked(const std::string& text) {
  if (text.find('|') == std::string::npos) return text;
  std::string out = text;
  std::replace(out.begin(), out.end(), '|', ' ');
  return text::squash_spaces(out);
}

void report_bad_choice(LoadContext& ctx, const Value& value, const std::string& field,
                       const std::vector<std::string_view>& words) {
  const std::string suggestion = closest_name(value.text, words);
  ctx.diags.error(value.where,
                  suggestion.empty()
                      ? tr("invalid value '%1$s' in %2$s: expected %3$s", value.text, field, list_names(words))
                      : tr("invalid value '%1$s' in %2$s: expected %3$s; did you mean '%4$s'?", value.text, field,
                           list_names(words), suggestion));
}

bool check_id(LoadContext& ctx, const Value& value, const std::string& field) {
  const bool ok = std::all_of(value.text.begin(), value.text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
  if (ok) return true;
  const std::string suggestion = text::slug(value.text);
  ctx.diags.error(value.where,
                  suggestion.empty()
                      ? tr("invalid id '%1$s' in %2$s: use only letters a–z, digits, '-' and '_'", value.text, field)
                      : tr("invalid id '%1$s' in %2$s: use only letters a–z, digits, '-' and '_' (e.g. '%3$s')",
                           value.text, field, suggestion));
  return false;
}

void check_image(LoadContext& ctx, const Value& value) {
  if (!value) return;
  ctx.event.input_files.push_back(value.text);
  const std::string shown = ctx.display_path(value.text);
  const std::string disk = ctx.disk_path(value.text);
  std::error_code ec;
  if (!std::filesystem::exists(disk, ec)) {
    ctx.diags.error(value.where, tr("image file '%1$s' not found (looked for %2$s)", value.text, shown));
    return;
  }
  // The same check the PDF writer and the site make (every row decoded), so `check` finds a
  // damaged image and no writer ever meets one.
  std::string why;
  const std::optional<image::Info> info = image::validate_file(disk, why);
  if (!info) {
    ctx.diags.error(value.where, tr("image '%1$s' (%2$s): %3$s", value.text, shown, why));
    return;
  }
  if (info->format != image::Format::png && info->format != image::Format::jpeg) {
    ctx.diags.error(value.where, tr("image '%1$s' is not a PNG or JPEG file", value.text));
    return;
  }
  // libharu 2.3.0 cannot embed interlaced PNGs (HPDF_LIBPNG_ERROR); say so now, not at PDF time.
  if (info->interlaced) {
    ctx.diags.error(value.where, tr("image '%1$s' is an interlaced PNG, which the PDF writer cannot embed: save it "
                                    "again without interlacing",
                                    value.text));
  }
}

}  // namespace thidua::load
