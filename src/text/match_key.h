// Keys for matching names as people type them: case, spacing, NFC/NFD and tone placement ignored.
#pragma once

#include <string>
#include <string_view>

namespace thidua::text {

// A key under which two spellings of the same words are equal: "Họ và tên", "HỌ VÀ TÊN",
// "họ  và tên" (NFD), "Hòa"/"Hoà" (old and new tone placement) all give one key. Letters are
// case-folded and decomposed, each word's tone mark moves to the word's end, and spaces and
// punctuation are dropped. Only for comparing: never shown.
std::string match_key(std::string_view utf8);

}  // namespace thidua::text
