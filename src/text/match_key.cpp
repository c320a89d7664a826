// match_key: decompose and case-fold with utf8proc, then move each word's tone mark to its end.
#include "text/match_key.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "text/vietnamese.h"

namespace thidua::text {

namespace {

// The five Vietnamese tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng).
bool is_tone_mark(char32_t cp) { return cp == 0x0300 || cp == 0x0301 || cp == 0x0303 || cp == 0x0309 || cp == 0x0323; }

}  // namespace

std::string match_key(std::string_view utf8) {
  const std::string valid = is_valid_utf8(utf8) ? std::string(utf8) : nfc(utf8);  // nfc() repairs bad bytes
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()), static_cast<utf8proc_ssize_t>(valid.size()),
                   &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  const std::string folded =
      length < 0 ? valid : std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));

  std::string key;
  std::string tones;  // the tone marks of the current word, written at its end
  for (const char32_t cp : code_points(folded)) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (is_tone_mark(cp)) {
      tones += encode_utf8(cp);
    } else if (category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC ||
               (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
               (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO)) {
      key += encode_utf8(cp);
    } else {  // a space or punctuation ends the word
      key += tones;
      tones.clear();
    }
  }
  return key + tones;
}

}  // namespace thidua::text
