// Edit distance and name suggestions for "did you mean …?" messages.
#include "load/did_you_mean.h"
#include "i18n/i18n.h"

#include <algorithm>

namespace thidua::load {

namespace {

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Names longer than this are never compared: a suggestion for a 10,000-byte name is
// useless, and the distance is quadratic in the lengths.
constexpr std::size_t max_compared_length = 64;

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rolling rows of the dynamic-programming table (the third for swaps).
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool same = fold(a[i - 1]) == fold(b[j - 1]);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1])) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string closest_name(std::string_view unknown, const std::vector<std::string_view>& known) {
  if (unknown.empty() || unknown.size() > max_compared_length) return "";
  std::string_view best;
  std::size_t best_distance = 0;
  for (std::string_view name : known) {
    const std::size_t distance = edit_distance(unknown, name);
    if (best.empty() || distance < best_distance) {
      best = name;
      best_distance = distance;
    }
  }
  // One edit in short names, about a third of the letters in longer ones: "rol" -> "role",
  // "organization" -> "organisation", but not "x" -> "id".
  const std::size_t longest = std::max(unknown.size(), best.size());
  const std::size_t allowed = std::max<std::size_t>(1, longest / 3);
  if (best.empty() || best_distance > allowed || best_distance >= longest) return "";
  return std::string(best);
}

std::string list_names(const std::vector<std::string_view>& names, std::string_view before,
                       std::string_view after, std::string_view last_joiner) {
  // TRANSLATORS: joins the last two names of a list: "'id', 'name' or 'role'".
  const std::string_view joiner = last_joiner.empty() ? std::string_view(_(" or ")) : last_joiner;
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? joiner : std::string_view(", ");
    out += before;
    out += names[i];
    out += after;
  }
  return out;
}

}  // namespace thidua::load
