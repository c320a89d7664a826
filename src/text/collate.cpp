// Vietnamese collation: dictionary order of words and phrases, and the given-name-first order of personal names.
#include "text/vietnamese.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace thidua::text {

namespace {

// Tones in collation order; ngang (no mark) sorts first.
enum class Tone : std::uint32_t { ngang = 0, huyen, hoi, nga, sac, nang };

// Letter-modifying marks: they make a separate letter of the alphabet (a -> ă, â).
enum class Modifier { none, breve, circumflex, horn };

// Weight bands of primary collation elements. The end of every word carries the
// word's tone, so within a word letters decide first and the tone second, and a
// shorter word sorts before its extensions ("ba" < "bà" < "bác"). Non-letters
// (digits, spaces, punctuation) sort before letters; letters of other scripts
// after the Latin ones.
constexpr std::uint32_t word_end_band = 0;
constexpr std::uint32_t non_letter_band = 0x10;
constexpr std::uint32_t latin_letter_band = 0x200000;
constexpr std::uint32_t other_letter_band = 0x300000;

// The Vietnamese alphabet with f, j, w, z slotted in where Latin order puts them,
// as (base letter, modifier) in order; the index is the letter's weight.
struct AlphabetLetter {
  char32_t base;
  Modifier modifier;
};
constexpr std::array<AlphabetLetter, 33> alphabet = {{
    {U'a', Modifier::none}, {U'a', Modifier::breve}, {U'a', Modifier::circumflex}, {U'b', Modifier::none},
    {U'c', Modifier::none}, {U'd', Modifier::none},  {U'đ', Modifier::none},       {U'e', Modifier::none},
    {U'e', Modifier::circumflex}, {U'f', Modifier::none}, {U'g', Modifier::none},  {U'h', Modifier::none},
    {U'i', Modifier::none}, {U'j', Modifier::none},  {U'k', Modifier::none},       {U'l', Modifier::none},
    {U'm', Modifier::none}, {U'n', Modifier::none},  {U'o', Modifier::none},       {U'o', Modifier::circumflex},
    {U'o', Modifier::horn}, {U'p', Modifier::none},  {U'q', Modifier::none},       {U'r', Modifier::none},
    {U's', Modifier::none}, {U't', Modifier::none},  {U'u', Modifier::none},       {U'u', Modifier::horn},
    {U'v', Modifier::none}, {U'w', Modifier::none},  {U'x', Modifier::none},       {U'y', Modifier::none},
    {U'z', Modifier::none},
}};

// The collation key of a string: primary elements (letters, non-letters, word ends
// with tones) and the case of each letter (0 lower, 1 upper) for the last level.
struct CollationKey {
  std::vector<std::uint32_t> primary;
  std::vector<std::uint8_t> letter_cases;
};

bool is_letter(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return true;
    default: return false;
  }
}

bool is_mark(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return true;
    default: return false;
  }
}

// True when `mark` is one of the five tone marks; `tone` then gets the tone it writes.
bool tone_of_mark(char32_t mark, Tone& tone) {
  switch (mark) {
    case 0x0300: tone = Tone::huyen; return true;
    case 0x0309: tone = Tone::hoi; return true;
    case 0x0303: tone = Tone::nga; return true;
    case 0x0301: tone = Tone::sac; return true;
    case 0x0323: tone = Tone::nang; return true;
    default: return false;
  }
}

// True when `mark` turns a base letter into another letter (breve, circumflex, horn).
bool modifier_of_mark(char32_t mark, Modifier& modifier) {
  switch (mark) {
    case 0x0306: modifier = Modifier::breve; return true;
    case 0x0302: modifier = Modifier::circumflex; return true;
    case 0x031B: modifier = Modifier::horn; return true;
    default: return false;
  }
}

// Canonical decomposition (NFD without reordering, which collation does not need).
std::vector<char32_t> decomposed_code_points(std::string_view utf8) {
  std::vector<char32_t> out;
  std::array<utf8proc_int32_t, 16> parts{};
  for (const char32_t cp : code_points(utf8)) {
    const utf8proc_ssize_t count = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts.data(),
                                                           static_cast<utf8proc_ssize_t>(parts.size()),
                                                           UTF8PROC_DECOMPOSE, nullptr);
    if (count <= 0 || count > static_cast<utf8proc_ssize_t>(parts.size())) {
      out.push_back(cp);
      continue;
    }
    for (utf8proc_ssize_t i = 0; i < count; ++i) out.push_back(static_cast<char32_t>(parts[static_cast<std::size_t>(i)]));
  }
  return out;
}

// A letter being read: its lower-case base and the marks seen after it.
struct PendingLetter {
  char32_t base = 0;
  bool upper_case = false;
  Modifier modifier = Modifier::none;
};

std::uint32_t letter_weight(const PendingLetter& letter) {
  for (std::size_t i = 0; i < alphabet.size(); ++i) {
    if (alphabet[i].base == letter.base && alphabet[i].modifier == letter.modifier) {
      return latin_letter_band + static_cast<std::uint32_t>(i);
    }
  }
  // A modifier on a letter that takes none (î, ŏ) is ignored, like other foreign marks.
  for (std::size_t i = 0; i < alphabet.size(); ++i) {
    if (alphabet[i].base == letter.base) return latin_letter_band + static_cast<std::uint32_t>(i);
  }
  return other_letter_band + static_cast<std::uint32_t>(letter.base);
}

CollationKey collation_key(std::string_view utf8) {
  CollationKey key;
  bool in_word = false;
  bool word_has_tone = false;
  Tone word_tone = Tone::ngang;
  bool has_pending = false;
  PendingLetter pending;

  const auto flush_letter = [&] {
    if (!has_pending) return;
    key.primary.push_back(letter_weight(pending));
    key.letter_cases.push_back(pending.upper_case ? 1 : 0);
    has_pending = false;
  };
  const auto end_word = [&] {
    flush_letter();
    if (!in_word) return;
    key.primary.push_back(word_end_band + static_cast<std::uint32_t>(word_tone));
    in_word = false;
    word_has_tone = false;
    word_tone = Tone::ngang;
  };

  for (char32_t cp : decomposed_code_points(utf8)) {
    if (is_mark(cp)) {
      // The tone belongs to the word, not to the vowel that carries it, so the old
      // and new placements ("hòa", "hoà") collate alike; the first tone mark wins.
      Tone tone = Tone::ngang;
      Modifier modifier = Modifier::none;
      if (in_word && !word_has_tone && tone_of_mark(cp, tone)) {
        word_tone = tone;
        word_has_tone = true;
      } else if (has_pending && modifier_of_mark(cp, modifier)) {
        pending.modifier = modifier;
      }
      continue;  // other marks (diaeresis, cedilla …) are ignored
    }
    if (cp == 0x00D0) cp = 0x0110;  // Ð (eth) stands in for Đ in badly converted text
    if (is_letter(cp)) {
      flush_letter();
      const auto lower_cp = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
      pending = PendingLetter{lower_cp, lower_cp != cp, Modifier::none};
      has_pending = true;
      in_word = true;
      continue;
    }
    end_word();
    key.primary.push_back(non_letter_band + static_cast<std::uint32_t>(cp));
  }
  end_word();
  return key;
}

template <typename Sequence>
int compare_sequences(const Sequence& a, const Sequence& b) {
  const auto [a_it, b_it] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  if (a_it != a.end() && b_it != b.end()) return *a_it < *b_it ? -1 : 1;
  if (a_it == a.end() && b_it == b.end()) return 0;
  return a_it == a.end() ? -1 : 1;
}

// The words of a name, split at white space.
std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> words;
  const std::string squashed = squash_spaces(name);
  std::size_t start = 0;
  while (start < squashed.size()) {
    std::size_t end = squashed.find(' ', start);
    if (end == std::string::npos) end = squashed.size();
    words.push_back(squashed.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Compares by letters and tones only, ignoring case.
int compare_letters_and_tones(std::string_view a, std::string_view b) {
  return compare_sequences(collation_key(a).primary, collation_key(b).primary);
}

}  // namespace

int compare_vietnamese(std::string_view a, std::string_view b) {
  const CollationKey a_key = collation_key(a);
  const CollationKey b_key = collation_key(b);
  if (const int by_letters_and_tones = compare_sequences(a_key.primary, b_key.primary); by_letters_and_tones != 0) {
    return by_letters_and_tones;
  }
  // Case is the last level, lower case first: "an" < "An".
  return compare_sequences(a_key.letter_cases, b_key.letter_cases);
}

int compare_names(std::string_view a, std::string_view b) {
  const std::vector<std::string> a_words = name_words(a);
  const std::vector<std::string> b_words = name_words(b);
  // The parts compare without case, so a capital in the given name cannot outrank the family name.
  const auto compare_words = [](std::string_view x, std::string_view y) { return compare_letters_and_tones(x, y); };
  // A one-word name is a given name only; an empty name sorts first.
  const std::string_view a_given = a_words.empty() ? std::string_view{} : std::string_view{a_words.back()};
  const std::string_view b_given = b_words.empty() ? std::string_view{} : std::string_view{b_words.back()};
  if (const int by_given = compare_words(a_given, b_given); by_given != 0) return by_given;

  const auto middles = [](const std::vector<std::string>& words) {
    return words.size() > 2 ? std::vector<std::string>(words.begin() + 1, words.end() - 1) : std::vector<std::string>{};
  };
  const std::vector<std::string> a_middles = middles(a_words);
  const std::vector<std::string> b_middles = middles(b_words);
  for (std::size_t i = 0; i < std::min(a_middles.size(), b_middles.size()); ++i) {
    if (const int by_middle = compare_words(a_middles[i], b_middles[i]); by_middle != 0) return by_middle;
  }
  if (a_middles.size() != b_middles.size()) return a_middles.size() < b_middles.size() ? -1 : 1;

  const std::string_view a_family = a_words.size() > 1 ? std::string_view{a_words.front()} : std::string_view{};
  const std::string_view b_family = b_words.size() > 1 ? std::string_view{b_words.front()} : std::string_view{};
  if (const int by_family = compare_words(a_family, b_family); by_family != 0) return by_family;
  // Ties go to the whole name, which brings in case; white space alone does not count.
  return compare_vietnamese(squash_spaces(a), squash_spaces(b));
}

}  // namespace thidua::text
