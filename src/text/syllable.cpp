// Recognises well-formed Vietnamese syllables (initial, vowel nucleus, final, tone), for judging decoded text.
#include "text/vietnamese.h"

#include <utf8proc.h>

#include <array>
#include <string_view>

namespace thidua::text {

namespace {

enum class Tone { ngang, huyen, hoi, nga, sac, nang };

// Whether a vowel nucleus stands alone, needs a final consonant, or takes one optionally.
enum class FinalRule { optional, forbidden, required };

struct Nucleus {
  std::u32string_view vowels;
  FinalRule final_rule;
};

// The vowel nuclei of Vietnamese spelling, glides included ("oa", "uy", "ươi").
constexpr std::array<Nucleus, 50> nuclei = {{
    {U"a", FinalRule::optional},    {U"ă", FinalRule::required},    {U"â", FinalRule::required},
    {U"e", FinalRule::optional},    {U"ê", FinalRule::optional},    {U"i", FinalRule::optional},
    {U"o", FinalRule::optional},    {U"ô", FinalRule::optional},    {U"ơ", FinalRule::optional},
    {U"u", FinalRule::optional},    {U"ư", FinalRule::optional},    {U"y", FinalRule::optional},
    {U"ai", FinalRule::forbidden},  {U"ao", FinalRule::forbidden},  {U"au", FinalRule::forbidden},
    {U"ay", FinalRule::forbidden},  {U"âu", FinalRule::forbidden},  {U"ây", FinalRule::forbidden},
    {U"eo", FinalRule::forbidden},  {U"êu", FinalRule::forbidden},  {U"ia", FinalRule::forbidden},
    {U"iu", FinalRule::forbidden},  {U"oi", FinalRule::forbidden},  {U"ôi", FinalRule::forbidden},
    {U"ơi", FinalRule::forbidden},  {U"ui", FinalRule::forbidden},  {U"ưi", FinalRule::forbidden},
    {U"ưu", FinalRule::forbidden},  {U"ua", FinalRule::forbidden},  {U"ưa", FinalRule::forbidden},
    {U"uơ", FinalRule::forbidden},  {U"iê", FinalRule::required},   {U"yê", FinalRule::required},
    {U"uô", FinalRule::required},   {U"ươ", FinalRule::required},   {U"oă", FinalRule::required},
    {U"uâ", FinalRule::required},   {U"oo", FinalRule::required},   {U"oa", FinalRule::optional},
    {U"oe", FinalRule::optional},   {U"uê", FinalRule::optional},   {U"uy", FinalRule::optional},
    {U"iêu", FinalRule::forbidden}, {U"yêu", FinalRule::forbidden}, {U"oai", FinalRule::forbidden},
    {U"oay", FinalRule::forbidden}, {U"oeo", FinalRule::forbidden}, {U"uây", FinalRule::forbidden},
    {U"uôi", FinalRule::forbidden}, {U"ươi", FinalRule::forbidden},
}};
// Rarer three-vowel nuclei, kept apart so the table above stays readable.
constexpr std::array<Nucleus, 4> rare_nuclei = {{
    {U"ươu", FinalRule::forbidden}, {U"uya", FinalRule::forbidden},
    {U"uyê", FinalRule::required},  {U"uyu", FinalRule::forbidden},
}};

// Initial consonants, "" for a syllable that starts with its vowel. "qu" and "gi"
// are spelling units; "gi" also parses as "g" + "i" ("gì").
constexpr std::array<std::u32string_view, 28> initials = {
    U"",   U"b",  U"c",  U"ch", U"d",  U"đ",  U"g",   U"gh", U"gi", U"h",
    U"k",  U"kh", U"l",  U"m",  U"n",  U"ng", U"ngh", U"nh", U"p",  U"ph",
    U"qu", U"r",  U"s",  U"t",  U"th", U"tr", U"v",   U"x"};

constexpr std::array<std::u32string_view, 9> finals = {U"", U"c", U"ch", U"m", U"n", U"ng", U"nh", U"p", U"t"};

bool is_front_vowel(char32_t vowel) { return vowel == U'e' || vowel == U'ê' || vowel == U'i' || vowel == U'y'; }

const Nucleus* find_nucleus(std::u32string_view vowels) {
  for (const Nucleus& nucleus : nuclei) {
    if (nucleus.vowels == vowels) return &nucleus;
  }
  for (const Nucleus& nucleus : rare_nuclei) {
    if (nucleus.vowels == vowels) return &nucleus;
  }
  return nullptr;
}

// True when initial + nucleus + final obey Vietnamese spelling and the tone suits the final.
bool fits(std::u32string_view initial, std::u32string_view vowels, std::u32string_view final_consonant, Tone tone) {
  const Nucleus* nucleus = find_nucleus(vowels);
  if (nucleus == nullptr) return false;
  if (nucleus->final_rule == FinalRule::forbidden && !final_consonant.empty()) return false;
  if (nucleus->final_rule == FinalRule::required && final_consonant.empty()) return false;
  // "ch" and "nh" follow only a, ê, i, y ("anh", "ếch", "oanh", "uynh").
  if ((final_consonant == U"ch" || final_consonant == U"nh") &&
      !(vowels.back() == U'a' || vowels.back() == U'ê' || vowels.back() == U'i' || vowels.back() == U'y')) {
    return false;
  }
  // Stopped syllables (final p, t, c, ch) take only the sắc or nặng tone.
  const bool stopped = final_consonant == U"p" || final_consonant == U"t" || final_consonant == U"c" ||
                       final_consonant == U"ch";
  if (stopped && tone != Tone::sac && tone != Tone::nang) return false;
  // k, gh, ngh come before e, ê, i, y; c and q never do.
  const char32_t first_vowel = vowels.front();
  if ((initial == U"k" || initial == U"gh" || initial == U"ngh") && !is_front_vowel(first_vowel)) return false;
  if (initial == U"c" && is_front_vowel(first_vowel)) return false;
  // After "qu" the glide is already written: "quốc", not "quuốc" or "quoa".
  if (initial == U"qu" && (first_vowel == U'u' || first_vowel == U'o')) return false;
  return true;
}

bool is_vowel(char32_t letter) {
  return std::u32string_view(U"aăâeêioôơuưy").find(letter) != std::u32string_view::npos;
}

// The lower-case letters of `word` with letter modifiers applied and tone marks removed,
// and the tone; false when the word has marks Vietnamese does not use or two tones.
bool split_letters_and_tone(std::string_view word, std::u32string& letters, Tone& tone) {
  std::array<utf8proc_int32_t, 8> parts{};
  bool has_tone = false;
  tone = Tone::ngang;
  for (const char32_t cp : code_points(word)) {
    const utf8proc_ssize_t count = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts.data(),
                                                           static_cast<utf8proc_ssize_t>(parts.size()),
                                                           UTF8PROC_DECOMPOSE, nullptr);
    if (count <= 0 || count > static_cast<utf8proc_ssize_t>(parts.size())) return false;
    for (utf8proc_ssize_t i = 0; i < count; ++i) {
      const auto part = static_cast<char32_t>(utf8proc_tolower(parts[static_cast<std::size_t>(i)]));
      Tone mark_tone = Tone::ngang;
      switch (part) {
        case 0x0300: mark_tone = Tone::huyen; break;
        case 0x0309: mark_tone = Tone::hoi; break;
        case 0x0303: mark_tone = Tone::nga; break;
        case 0x0301: mark_tone = Tone::sac; break;
        case 0x0323: mark_tone = Tone::nang; break;
        default: break;
      }
      if (mark_tone != Tone::ngang) {
        // One tone, written on a vowel (a tone on a consonant is mojibake, not spelling).
        if (has_tone || letters.empty() || !is_vowel(letters.back())) return false;
        has_tone = true;
        tone = mark_tone;
        continue;
      }
      if (part == 0x0306 || part == 0x0302 || part == 0x031B) {
        if (letters.empty()) return false;
        char32_t& base = letters.back();
        if (part == 0x0306 && base == U'a') base = U'ă';
        else if (part == 0x0302 && base == U'a') base = U'â';
        else if (part == 0x0302 && base == U'e') base = U'ê';
        else if (part == 0x0302 && base == U'o') base = U'ô';
        else if (part == 0x031B && base == U'o') base = U'ơ';
        else if (part == 0x031B && base == U'u') base = U'ư';
        else return false;
        continue;
      }
      const bool ascii_letter = part >= U'a' && part <= U'z';
      if (!ascii_letter && part != U'đ') return false;
      letters.push_back(part);
    }
  }
  return true;
}

}  // namespace

bool is_vietnamese_syllable(std::string_view word) {
  std::u32string letters;
  Tone tone = Tone::ngang;
  if (!split_letters_and_tone(word, letters, tone) || letters.empty()) return false;
  const std::u32string_view all(letters);
  for (const std::u32string_view initial : initials) {
    if (!all.starts_with(initial)) continue;
    for (const std::u32string_view final_consonant : finals) {
      if (initial.size() + final_consonant.size() >= all.size()) continue;
      if (!all.ends_with(final_consonant)) continue;
      const std::u32string_view vowels =
          all.substr(initial.size(), all.size() - initial.size() - final_consonant.size());
      bool only_vowels = true;
      for (const char32_t letter : vowels) only_vowels = only_vowels && is_vowel(letter);
      if (only_vowels && fits(initial, vowels, final_consonant, tone)) return true;
    }
  }
  return false;
}

}  // namespace thidua::text
