// Detection and conversion of legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI).
#pragma once

#include <string>
#include <string_view>

namespace thidua::text {

// A legacy 8-bit Vietnamese encoding found in old files.
enum class LegacyEncoding { none, tcvn3, vni };

// Guesses whether bytes that are not valid UTF-8 are TCVN3 (ABC) or VNI text, by how
// many words decode to Vietnamese syllables; none for valid UTF-8, ASCII, other
// Latin-1 text, or when unsure. Give it a whole file or column: one word can fit both.
LegacyEncoding detect_legacy_encoding(std::string_view bytes);
// Converts TCVN3 or VNI bytes to NFC UTF-8; none converts as UTF-8. TCVN3 has no
// toned capitals (the ".VnTimeH" font shows small letters as capitals): they come
// out small unless the word or its neighbours on the line show capitals.
std::string legacy_to_utf8(std::string_view bytes, LegacyEncoding encoding);
// The name users know: "TCVN3 (ABC)" or "VNI".
const char* legacy_encoding_name(LegacyEncoding encoding);

}  // namespace thidua::text
