// Windows-1258, TCVN3 (ABC) and VNI Windows byte tables, their conversion to NFC UTF-8, and detection of which one a text uses.
#include "text/legacy.h"

#include <utf8proc.h>

#include <array>
#include <utility>
#include <cstddef>
#include <vector>
#include <string_view>

#include "text/vietnamese.h"

namespace thidua::text {

namespace {

// Bytes 0x80–0x9F in Windows-1252, where Word puts its smart quotes, dashes and
// ellipsis. Neither TCVN3 (ABC) nor VNI puts letters there, so both read them this
// way (as Unikey's converter does). The five bytes 1252 leaves free stay C1 controls.
constexpr std::array<char32_t, 32> windows_1252_80_to_9f = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // € . ‚ ƒ „ … † ‡
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // ˆ ‰ Š ‹ Œ . Ž .
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // . ‘ ’ “ ” • – —
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // ˜ ™ š › œ . ž Ÿ
};

// TCVN3 (TCVN 5712:1993 VN3, the ".VnTime" ABC fonts), bytes 0xA0–0xFF. VN3 has
// capitals only for Ă Â Ê Ô Ơ Ư Đ; a toned capital is typed as the lower-case byte
// and shown upper-case by the ".VnTimeH" font, so those bytes decode to lower case
// unless the words around show capitals (see `tcvn3_to_utf8`). The bytes VN3 leaves free take their meaning from the
// full VN1 level of the same standard (marked *): capitals and combining tone marks.
constexpr std::array<char32_t, 96> tcvn3_a0_to_ff = {
    // A0: no-break space, Ă Â Ê Ô Ơ Ư Đ, ă â ê ô ơ ư đ, Ằ*
    0x00A0, U'Ă', U'Â', U'Ê', U'Ô', U'Ơ', U'Ư', U'Đ', U'ă', U'â', U'ê', U'ô', U'ơ', U'ư', U'đ', U'Ằ',
    // B0: combining grave*, hook*, tilde*, acute*, dot below*; à ả ã á ạ; Ẳ*; ằ ẳ ẵ ắ; Ẵ*
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, U'à', U'ả', U'ã', U'á', U'ạ', U'Ẳ', U'ằ', U'ẳ', U'ẵ', U'ắ', U'Ẵ',
    // C0: Ắ* Ầ* Ẩ* Ẫ* Ấ* Ề*; ặ; ầ ẩ ẫ ấ ậ; è; Ể*; ẻ ẽ
    U'Ắ', U'Ầ', U'Ẩ', U'Ẫ', U'Ấ', U'Ề', U'ặ', U'ầ', U'ẩ', U'ẫ', U'ấ', U'ậ', U'è', U'Ể', U'ẻ', U'ẽ',
    // D0: é ẹ; ề ể ễ ế ệ; ì ỉ; Ễ* Ế* Ồ*; ĩ í ị; ò
    U'é', U'ẹ', U'ề', U'ể', U'ễ', U'ế', U'ệ', U'ì', U'ỉ', U'Ễ', U'Ế', U'Ồ', U'ĩ', U'í', U'ị', U'ò',
    // E0: Ổ*; ỏ õ ó ọ; ồ ổ ỗ ố ộ; ờ ở ỡ ớ ợ; ù
    U'Ổ', U'ỏ', U'õ', U'ó', U'ọ', U'ồ', U'ổ', U'ỗ', U'ố', U'ộ', U'ờ', U'ở', U'ỡ', U'ớ', U'ợ', U'ù',
    // F0: Ỗ*; ủ ũ ú ụ; ừ ử ữ ứ ự; ỳ ỷ ỹ ý ỵ; Ố*
    U'Ỗ', U'ủ', U'ũ', U'ú', U'ụ', U'ừ', U'ử', U'ữ', U'ứ', U'ự', U'ỳ', U'ỷ', U'ỹ', U'ý', U'ỵ', U'Ố',
};

// VNI Windows writes most Vietnamese letters as an ASCII base letter followed by a
// mark byte; each mark has a lower-case byte (0xE0–0xFC) and an upper-case one
// (0x20 lower) for capitals, which decode alike since the base letter carries the
// case. Only đ ơ ư and the toned i and ỵ are single bytes (`vni_letters`). Bytes VNI
// does not use keep their Latin-1 meaning. Indexed by the upper-case byte minus 0xC0,
// each entry is the combining marks the byte stands for, or "" when it is no mark.
constexpr std::array<std::string_view, 32> vni_mark_bytes = {
    // C0/E0 … CF/EF
    "\u0302\u0300",  // ầ group: circumflex + grave
    "\u0302\u0301",  // ấ: circumflex + acute
    "\u0302",        // â ê ô: circumflex
    "\u0302\u0303",  // ẫ: circumflex + tilde
    "\u0302\u0323",  // ậ: circumflex + dot below
    "\u0302\u0309",  // ẩ: circumflex + hook above
    "",              // C6 Ỉ / E6 ỉ (letters, see below)
    "",              // C7 / E7 unused: Latin-1
    "\u0306\u0300",  // ằ: breve + grave
    "\u0306\u0301",  // ắ: breve + acute
    "\u0306",        // ă: breve
    "\u0306\u0323",  // ặ: breve + dot below
    "",              // CC Ì / EC ì
    "",              // CD Í / ED í
    "",              // CE Ỵ / EE ỵ
    "\u0323",        // nặng: dot below
    // D0/F0 … DF/FF
    "",              // D0 / F0 unused: Latin-1
    "",              // D1 Đ / F1 đ
    "",              // D2 Ị / F2 ị
    "",              // D3 Ĩ / F3 ĩ
    "",              // D4 Ơ / F4 ơ
    "\u0303",        // ngã: tilde
    "",              // D6 Ư / F6 ư
    "",              // D7 / F7 unused: Latin-1
    "\u0300",        // huyền: grave
    "\u0301",        // sắc: acute
    "\u0306\u0309",  // ẳ: breve + hook above
    "\u0309",        // hỏi: hook above
    "\u0306\u0303",  // ẵ: breve + tilde
    "",              // DD / FD unused: Latin-1
    "",              // DE / FE unused: Latin-1
    "",              // DF / FF unused: Latin-1
};

// The single-byte letters of VNI as (upper-case byte, capital, small letter); the small letter's byte is 0x20 higher.
struct VniLetter {
  unsigned char upper_byte;
  char32_t capital;
  char32_t small;
};
constexpr std::array<VniLetter, 9> vni_letters = {{
    {0xC6, U'Ỉ', U'ỉ'}, {0xCC, U'Ì', U'ì'}, {0xCD, U'Í', U'í'}, {0xCE, U'Ỵ', U'ỵ'}, {0xD1, U'Đ', U'đ'},
    {0xD2, U'Ị', U'ị'}, {0xD3, U'Ĩ', U'ĩ'}, {0xD4, U'Ơ', U'ơ'}, {0xD6, U'Ư', U'ư'},
}};

// Windows-1258 (Microsoft's Vietnamese code page) is Windows-1252 with these 0xC0–0xFF bytes
// replaced by Vietnamese letters, combining tone marks and the đồng sign; Excel writes toned
// letters as a letter followed by one of the five tone-mark bytes. Pairs (byte, code point).
constexpr std::array<std::pair<unsigned char, char32_t>, 14> windows_1258_changes = {{
    {0xC3, U'Ă'}, {0xCC, 0x0300}, {0xD0, U'Đ'}, {0xD2, 0x0309}, {0xD5, U'Ơ'}, {0xDD, U'Ư'}, {0xDE, 0x0303},
    {0xE3, U'ă'}, {0xEC, 0x0301}, {0xF0, U'đ'}, {0xF2, 0x0323}, {0xF5, U'ơ'}, {0xFD, U'ư'}, {0xFE, 0x20AB},
}};

// The UTF-8 one Windows-1258 byte stands for (the four bytes 1258 leaves free in 0x80–0x9F stay C1 controls).
std::string windows_1258_byte(unsigned char byte) {
  if (byte < 0x80) return std::string(1, static_cast<char>(byte));
  if (byte < 0xA0) {
    const bool unused = byte == 0x8A || byte == 0x8E || byte == 0x9A || byte == 0x9E;
    return encode_utf8(unused ? char32_t{byte} : windows_1252_80_to_9f[byte - 0x80u]);
  }
  for (const auto& [changed, cp] : windows_1258_changes) {
    if (changed == byte) return encode_utf8(cp);
  }
  return encode_utf8(byte);  // Latin-1
}

// The UTF-8 one TCVN3 byte stands for.
std::string tcvn3_byte(unsigned char byte) {
  if (byte < 0x80) return std::string(1, static_cast<char>(byte));
  if (byte < 0xA0) return encode_utf8(windows_1252_80_to_9f[byte - 0x80u]);
  return encode_utf8(tcvn3_a0_to_ff[byte - 0xA0u]);
}

// The UTF-8 one VNI byte stands for: a letter, one or two combining marks, or a Latin-1 character.
std::string vni_byte(unsigned char byte) {
  if (byte < 0x80) return std::string(1, static_cast<char>(byte));
  if (byte < 0xA0) return encode_utf8(windows_1252_80_to_9f[byte - 0x80u]);
  if (byte >= 0xC0) {
    const auto upper_byte = static_cast<unsigned char>(byte & 0xDF);
    for (const VniLetter& letter : vni_letters) {
      if (letter.upper_byte == upper_byte) return encode_utf8(byte == upper_byte ? letter.capital : letter.small);
    }
    const std::string_view marks = vni_mark_bytes[upper_byte - 0xC0u];
    if (!marks.empty()) return std::string(marks);
  }
  return encode_utf8(byte);  // Latin-1
}

// True for TCVN3 bytes of lower-case Vietnamese letters (ă … đ and every toned
// letter): under the ".VnTimeH" font these very bytes show as capitals.
bool is_tcvn3_font_cased_letter(unsigned char byte) {
  if (byte >= 0xA8 && byte <= 0xAE) return true;
  if (byte < 0xB5) return false;
  const char32_t cp = tcvn3_a0_to_ff[byte - 0xA0u];
  return utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)) != static_cast<utf8proc_int32_t>(cp);
}

bool is_ascii_letter(unsigned char byte) { return (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z'); }

// What a TCVN3 word shows of its case. Its Vietnamese letters are all written with
// lower-case bytes (the ".VnTimeH" font draws them as capitals), so only ASCII
// letters and the capitals Ă … Đ show the case the writer meant.
enum class WordCase {
  small,       // a small letter shows: keep the Vietnamese letters small
  capitals,    // capitals only, two of them or one after a Vietnamese letter ("HßA", "ñY")
  ambiguous,   // one leading capital or none ("Mã", "ở"): decided by the neighbours
  no_evidence  // no Vietnamese letters to decide about ("UBND", "I")
};

WordCase tcvn3_word_case(std::string_view word) {
  int shown_capitals = 0;
  int shown_small = 0;
  bool capital_after_vietnamese = false;
  bool seen_vietnamese = false;
  for (const char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_tcvn3_font_cased_letter(byte)) {
      seen_vietnamese = true;
      continue;
    }
    const std::string decoded = tcvn3_byte(byte);
    if (decoded != upper(decoded)) {
      ++shown_small;
    } else if (decoded != lower(decoded)) {
      ++shown_capitals;
      capital_after_vietnamese = capital_after_vietnamese || seen_vietnamese;
    }
  }
  if (shown_small > 0) return WordCase::small;
  if (!seen_vietnamese) return WordCase::no_evidence;
  if (shown_capitals >= 2 || (shown_capitals == 1 && capital_after_vietnamese)) return WordCase::capitals;
  return WordCase::ambiguous;
}

// True when a TCVN3 byte belongs to a word (a letter or a combining mark).
bool is_tcvn3_word_byte(unsigned char byte) { return is_ascii_letter(byte) || byte > 0xA0; }

// A word of TCVN3 input: its bytes, its line and what it shows of its case.
struct Tcvn3Word {
  std::size_t begin;
  std::size_t end;
  int line;
  WordCase word_case;
};

// True when the nearest word on the same line in `step` direction that shows its
// case is a Vietnamese word in capitals.
bool neighbour_in_capitals(const std::vector<Tcvn3Word>& words, std::size_t index, int step) {
  for (auto i = static_cast<std::ptrdiff_t>(index) + step;
       i >= 0 && i < static_cast<std::ptrdiff_t>(words.size()); i += step) {
    const Tcvn3Word& word = words[static_cast<std::size_t>(i)];
    if (word.line != words[index].line) return false;
    // Acronyms ("UBND") say nothing: title-case words stand next to them too.
    if (word.word_case == WordCase::small) return false;
    if (word.word_case == WordCase::capitals) return true;
  }
  return false;
}

std::string tcvn3_to_utf8(std::string_view bytes) {
  std::vector<Tcvn3Word> words;
  int line = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    if (!is_tcvn3_word_byte(static_cast<unsigned char>(bytes[pos]))) {
      if (bytes[pos] == '\n' || bytes[pos] == '\r') ++line;
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < bytes.size() && is_tcvn3_word_byte(static_cast<unsigned char>(bytes[end]))) ++end;
    words.push_back({pos, end, line, tcvn3_word_case(bytes.substr(pos, end - pos))});
    pos = end;
  }
  // Short words in capitals ("MÃ PHƯƠNG", "TỔ CHỨC") show at most one capital
  // themselves; they follow the nearest word on the line that shows its case.
  std::vector<bool> in_capitals(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    in_capitals[i] = words[i].word_case == WordCase::capitals ||
                     (words[i].word_case == WordCase::ambiguous &&
                      (neighbour_in_capitals(words, i, -1) || neighbour_in_capitals(words, i, +1)));
  }
  std::string out;
  std::size_t next_word = 0;
  for (std::size_t pos = 0; pos < bytes.size(); ++pos) {
    while (next_word < words.size() && words[next_word].end <= pos) ++next_word;
    const auto byte = static_cast<unsigned char>(bytes[pos]);
    const bool capital = next_word < words.size() && words[next_word].begin <= pos && in_capitals[next_word] &&
                         is_tcvn3_font_cased_letter(byte);
    out += capital ? upper(tcvn3_byte(byte)) : tcvn3_byte(byte);
  }
  return nfc(out);
}

std::string windows_1258_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (const char c : bytes) out += windows_1258_byte(static_cast<unsigned char>(c));
  return nfc(out);  // composes the tone marks with their letters
}

std::string vni_to_utf8(std::string_view bytes) {
  std::string out;
  for (const char c : bytes) out += vni_byte(static_cast<unsigned char>(c));
  return nfc(out);
}

// How one byte decodes, for scoring: part of a word, harmless punctuation, or an
// unlikely symbol (a Latin-1 sign VNI text would not contain).
enum class ByteClass { word, punctuation, unlikely_symbol };

ByteClass classify(unsigned char byte, LegacyEncoding encoding) {
  if (byte < 0x80) return is_ascii_letter(byte) ? ByteClass::word : ByteClass::punctuation;
  if (byte <= 0xA0) return ByteClass::punctuation;  // Windows-1252 quotes and dashes, no-break space
  const std::string decoded = encoding == LegacyEncoding::tcvn3 ? tcvn3_byte(byte)
                              : encoding == LegacyEncoding::vni ? vni_byte(byte)
                                                                : windows_1258_byte(byte);
  const char32_t first = code_points(decoded).front();
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(first))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_MN: return ByteClass::word;
    default: return ByteClass::unlikely_symbol;
  }
}

// True for a word of consonants with đ, an abbreviation such as "CĐVC" or "LĐLĐ".
bool is_abbreviation(std::string_view utf8_word) {
  bool has_d_stroke = false;
  for (const char32_t cp : code_points(lower(utf8_word))) {
    if (cp == U'đ') {
      has_d_stroke = true;
    } else if (cp < U'a' || cp > U'z' || std::u32string_view(U"aeiouy").find(cp) != std::u32string_view::npos) {
      return false;
    }
  }
  return has_d_stroke;
}

// Evidence that bytes are in one encoding: words with non-ASCII bytes that decode
// to Vietnamese syllables, words that decode to non-syllables, unlikely symbols.
struct Evidence {
  int syllables = 0;
  int non_syllables = 0;
  int unlikely_symbols = 0;

  int score() const { return syllables - 2 * non_syllables - unlikely_symbols; }
  // Plausible text: some Vietnamese, and at least two good words for each bad sign.
  bool plausible() const { return syllables > 0 && syllables >= 2 * (non_syllables + unlikely_symbols); }
};

Evidence weigh(std::string_view bytes, LegacyEncoding encoding) {
  Evidence evidence;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const auto byte = static_cast<unsigned char>(bytes[pos]);
    const ByteClass byte_class = classify(byte, encoding);
    if (byte_class != ByteClass::word) {
      if (byte_class == ByteClass::unlikely_symbol) ++evidence.unlikely_symbols;
      ++pos;
      continue;
    }
    std::size_t end = pos;
    bool has_high_byte = false;
    while (end < bytes.size() && classify(static_cast<unsigned char>(bytes[end]), encoding) == ByteClass::word) {
      has_high_byte = has_high_byte || static_cast<unsigned char>(bytes[end]) >= 0x80;
      ++end;
    }
    if (has_high_byte) {
      const std::string word = legacy_to_utf8(bytes.substr(pos, end - pos), encoding);
      if (is_vietnamese_syllable(word)) {
        ++evidence.syllables;
      } else if (!is_abbreviation(word)) {
        ++evidence.non_syllables;
      }
    }
    pos = end;
  }
  return evidence;
}

}  // namespace

LegacyEncoding detect_legacy_encoding(std::string_view bytes) {
  // Valid UTF-8 (plain ASCII included) is not legacy text; real Vietnamese text in an
  // 8-bit encoding is practically never valid UTF-8.
  if (is_valid_utf8(bytes)) return LegacyEncoding::none;
  LegacyEncoding best = LegacyEncoding::none;
  int best_score = 0;
  bool tie = false;
  for (const LegacyEncoding candidate : {LegacyEncoding::windows1258, LegacyEncoding::tcvn3, LegacyEncoding::vni}) {
    const Evidence evidence = weigh(bytes, candidate);
    if (!evidence.plausible()) continue;
    if (best == LegacyEncoding::none || evidence.score() > best_score) {
      tie = false;
      best = candidate;
      best_score = evidence.score();
    } else if (evidence.score() == best_score) {
      tie = true;
    }
  }
  return tie ? LegacyEncoding::none : best;  // two equally good: better to ask than to guess
}

bool looks_like_binary(std::string_view bytes) {
  std::size_t controls = 0;
  std::size_t high_letters = 0;
  std::size_t high_other = 0;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
      ++controls;
    } else if (byte >= 0x80) {
      // Latin-1 letters sit at 0xC0–0xFF (except the two signs × and ÷).
      (byte >= 0xC0 && byte != 0xD7 && byte != 0xF7 ? high_letters : high_other) += 1;
    }
  }
  return controls * 20 > bytes.size() || high_other > high_letters * 4 + 8;
}

std::string legacy_to_utf8(std::string_view bytes, LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::tcvn3: return tcvn3_to_utf8(bytes);
    case LegacyEncoding::vni: return vni_to_utf8(bytes);
    case LegacyEncoding::windows1258: return windows_1258_to_utf8(bytes);
    case LegacyEncoding::none: break;
  }
  return nfc(bytes);  // not legacy: treated as UTF-8, malformed bytes replaced
}

const char* legacy_encoding_name(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::tcvn3: return "TCVN3 (ABC)";
    case LegacyEncoding::vni: return "VNI";
    case LegacyEncoding::windows1258: return "Windows-1258";
    case LegacyEncoding::none: break;
  }
  return "none";
}

}  // namespace thidua::text
