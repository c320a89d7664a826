// Detection and conversion of 8-bit Vietnamese encodings (Windows-1258, TCVN3/ABC, VNI).
#pragma once

#include <string>
#include <string_view>

namespace thidua::text {

// A legacy 8-bit Vietnamese encoding found in old files.
enum class LegacyEncoding { none, tcvn3, vni, windows1258 };

// Guesses whether bytes that are not valid UTF-8 are Windows-1258 (what Excel's "CSV"
// writes on a Vietnamese Windows), TCVN3 (ABC) or VNI text, by how
// many words decode to Vietnamese syllables; none for valid UTF-8, ASCII, other
// Latin-1 text, or when unsure. Give it a whole file or column: one word can fit both.
LegacyEncoding detect_legacy_encoding(std::string_view bytes);
// Converts Windows-1258, TCVN3 or VNI bytes to NFC UTF-8 (Windows-1258's combining tone
// marks composed with their letters); none converts as UTF-8. TCVN3 has no
// toned capitals (the ".VnTimeH" font shows small letters as capitals): they come
// out small unless the word or its neighbours on the line show capitals.
std::string legacy_to_utf8(std::string_view bytes, LegacyEncoding encoding);
// The name users know: "Windows-1258", "TCVN3 (ABC)" or "VNI".
const char* legacy_encoding_name(LegacyEncoding encoding);
// For bytes that are neither UTF-8 nor a Vietnamese encoding: true when they look like binary
// data (many control bytes, few letters), false when like Western European (Windows-1252) text.
bool looks_like_binary(std::string_view bytes);

}  // namespace thidua::text
