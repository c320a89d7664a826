// Detection and conversion of legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI).
#pragma once

#include <string>
#include <string_view>

namespace thidua::text {

// A legacy 8-bit Vietnamese encoding found in old files.
enum class LegacyEncoding { none, tcvn3, vni };

// Guesses whether bytes that are not valid UTF-8 are TCVN3 (ABC) or VNI text.
LegacyEncoding detect_legacy_encoding(std::string_view bytes);
// Converts TCVN3 or VNI bytes to NFC UTF-8.
std::string legacy_to_utf8(std::string_view bytes, LegacyEncoding encoding);
// The name users know: "TCVN3 (ABC)" or "VNI".
const char* legacy_encoding_name(LegacyEncoding encoding);

}  // namespace thidua::text
