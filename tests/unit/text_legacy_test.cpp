// Unit tests of the legacy encodings: TCVN3 (ABC) and VNI Windows conversion to UTF-8, and detection.
#include <catch2/catch.hpp>

#include <iconv.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <string>
#include <vector>

#include "text/legacy.h"
#include "text/vietnamese.h"

namespace tx = thidua::text;
using tx::LegacyEncoding;

namespace {

// Converts with glibc's iconv, an independent implementation of TCVN 5712 (VN1, whose
// bytes 0xA0–0xFF include all of TCVN3's); empty when iconv refuses.
std::string glibc_iconv(const std::string& input, const char* from, const char* to) {
  iconv_t converter = iconv_open(to, from);
  REQUIRE(converter != reinterpret_cast<iconv_t>(-1));
  std::string in = input;
  std::string out(input.size() * 4 + 16, '\0');
  char* in_ptr = in.data();
  char* out_ptr = out.data();
  std::size_t in_left = in.size();
  std::size_t out_left = out.size();
  std::size_t result = iconv(converter, &in_ptr, &in_left, &out_ptr, &out_left);
  // The TCVN decoder holds back the last letter in case a combining mark follows: flush it.
  if (result != static_cast<std::size_t>(-1)) result = iconv(converter, nullptr, nullptr, &out_ptr, &out_left);
  iconv_close(converter);
  if (result == static_cast<std::size_t>(-1)) return {};
  out.resize(out.size() - out_left);
  return out;
}

struct Sample {
  std::string utf8;
  std::string tcvn3;
  std::string vni;
};

// Known strings encoded by hand from the published tables (TCVN3 checked against glibc's iconv).
const std::vector<Sample> samples = {
    {"Công đoàn Viên chức tỉnh Khánh Hòa",
     "C\xABng \xAEo\xB5n Vi\xAAn ch\xF8" "c t\xD8nh Kh\xB8nh H\xDF" "a",
     "Co\xE2ng \xF1oa\xF8n Vie\xE2n ch\xF6\xF9" "c t\xE6nh Kha\xF9nh Ho\xF8" "a"},
    {"Nguyễn Thị Hương", "Nguy\xD4n Th\xDE H\xAD\xACng", "Nguye\xE3n Th\xF2 H\xF6\xF4ng"},
    {"Đảng ủy", "\xA7\xB6ng \xF1y", "\xD1" "a\xFBng u\xFBy"},
    {"Sáng 16/02/2022, Khối thi đua đã tổ chức Hội nghị ký kết giao ước thi đua năm 2022.",
     "S\xB8ng 16/02/2022, Kh\xE8i thi \xAEua \xAE\xB7 t\xE6 ch\xF8" "c H\xE9i ngh\xDE k\xFD k\xD5t giao \xAD\xED" "c thi "
     "\xAEua n\xA8m 2022.",
     "Sa\xF9ng 16/02/2022, Kho\xE1i thi \xF1ua \xF1" "a\xF5 to\xE5 ch\xF6\xF9" "c Ho\xE4i ngh\xF2 ky\xF9 ke\xE1t giao "
     "\xF6\xF4\xF9" "c thi \xF1ua na\xEAm 2022."},
};

}  // namespace

TEST_CASE("known strings convert from TCVN3 and VNI", "[text]") {
  for (const Sample& sample : samples) {
    INFO(sample.utf8);
    CHECK(tx::legacy_to_utf8(sample.tcvn3, LegacyEncoding::tcvn3) == sample.utf8);
    CHECK(tx::legacy_to_utf8(sample.vni, LegacyEncoding::vni) == sample.utf8);
  }
}

TEST_CASE("known strings are detected as TCVN3 or VNI", "[text]") {
  for (const Sample& sample : samples) {
    INFO(sample.utf8);
    CHECK(tx::detect_legacy_encoding(sample.tcvn3) == LegacyEncoding::tcvn3);
    CHECK(tx::detect_legacy_encoding(sample.vni) == LegacyEncoding::vni);
  }
  CHECK(tx::detect_legacy_encoding("H\xDF" "a") == LegacyEncoding::tcvn3);  // one word is enough
  CHECK(tx::detect_legacy_encoding("Ho\xF8" "a") == LegacyEncoding::vni);
}

TEST_CASE("every TCVN3 byte from 0xA0 up decodes as glibc's TCVN 5712 does", "[text]") {
  for (int byte = 0xA0; byte <= 0xFF; ++byte) {
    const std::string one_byte(1, static_cast<char>(byte));
    INFO("byte 0x" << std::hex << byte);
    const std::string expected = glibc_iconv(one_byte, "TCVN5712-1", "UTF-8");
    REQUIRE_FALSE(expected.empty());
    CHECK(tx::legacy_to_utf8(one_byte, LegacyEncoding::tcvn3) == tx::nfc(expected));
  }
}

TEST_CASE("a sentence encoded by glibc's TCVN 5712 converts back", "[text]") {
  // Only lower-case toned letters: upper-case ones are where VN1 and TCVN3 differ.
  const std::string sentence = "Cụm thi đua số 3 có 16 cơ quan, đơn vị; Ông Bùi Đăng Thành phát biểu tại hội nghị.";
  const std::string encoded = glibc_iconv(sentence, "UTF-8", "TCVN5712-1");
  REQUIRE_FALSE(encoded.empty());
  CHECK(tx::detect_legacy_encoding(encoded) == LegacyEncoding::tcvn3);
  CHECK(tx::legacy_to_utf8(encoded, LegacyEncoding::tcvn3) == sentence);
}

TEST_CASE("TCVN3 words in capitals get their toned letters in capitals", "[text]") {
  // The ".VnTimeH" font shows the lower-case bytes as capitals.
  CHECK(tx::legacy_to_utf8("C\xA4NG \xA7O\xB5N", LegacyEncoding::tcvn3) == "CÔNG ĐOÀN");
  CHECK(tx::legacy_to_utf8("\xA7\xB6NG \xF1Y", LegacyEncoding::tcvn3) == "ĐẢNG ỦY");
  CHECK(tx::legacy_to_utf8("KH\xB8NH H\xDF" "A", LegacyEncoding::tcvn3) == "KHÁNH HÒA");
  CHECK(tx::legacy_to_utf8("V\xA8N", LegacyEncoding::tcvn3) == "VĂN");
  // A capitalised word keeps its small letters; a word with no capitals stays small.
  CHECK(tx::legacy_to_utf8("T\xEF H\xDF" "a \xAE\xB9i", LegacyEncoding::tcvn3) == "Tù Hòa đại");
  CHECK(tx::legacy_to_utf8("\xA7\xB9i", LegacyEncoding::tcvn3) == "Đại");
}

TEST_CASE("short TCVN3 words follow the case of their neighbours on the line", "[text]") {
  CHECK(tx::legacy_to_utf8("\xA7\xE5ng ch\xDD M\xB7 PH\xAD\xACNG", LegacyEncoding::tcvn3) == "Đồng chí MÃ PHƯƠNG");
  CHECK(tx::legacy_to_utf8("T\xE6 CH\xF8" "C \xEB H\xB5 N\xE9I", LegacyEncoding::tcvn3) == "TỔ CHỨC Ở HÀ NỘI");
  CHECK(tx::legacy_to_utf8("S\xEB T\xAD ph\xB8p", LegacyEncoding::tcvn3) == "Sở Tư pháp");
  CHECK(tx::legacy_to_utf8("S\xEB UBND", LegacyEncoding::tcvn3) == "Sở UBND");  // acronyms say nothing
  CHECK(tx::legacy_to_utf8("CH\xF8" "C\nT\xE6 ch\xF8" "c", LegacyEncoding::tcvn3) == "CHỨC\nTổ chức");
  CHECK(tx::legacy_to_utf8("CH\xF8" "C\nT\xE6", LegacyEncoding::tcvn3) == "CHỨC\nTổ");  // not across lines
}

TEST_CASE("every VNI vowel with every tone in both cases", "[text]") {
  // The VNI mark bytes (lower case; capitals use the byte 0x20 lower): tone after a
  // plain vowel; circumflex or breve combined with the tone in one byte.
  const char* const tone_bytes[] = {"", "\xF8", "\xFB", "\xF5", "\xF9", "\xEF"};        // ngang huyền hỏi ngã sắc nặng
  const char* const circumflex_bytes[] = {"\xE2", "\xE0", "\xE5", "\xE3", "\xE1", "\xE4"};
  const char* const breve_bytes[] = {"\xEA", "\xE8", "\xFA", "\xFC", "\xE9", "\xEB"};
  const char* const i_bytes[] = {"i", "\xEC", "\xE6", "\xF3", "\xED", "\xF2"};
  const char* const combining_tones[] = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};
  const auto to_upper_bytes = [](std::string bytes) {
    for (char& c : bytes) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte >= 'a' && byte <= 'z') c = static_cast<char>(byte - 0x20);
      if (byte >= 0xE0) c = static_cast<char>(byte - 0x20);
    }
    return bytes;
  };
  int checked = 0;
  for (int tone = 0; tone < 6; ++tone) {
    const std::string mark = combining_tones[tone];
    std::vector<std::pair<std::string, std::string>> cases = {
        {std::string("a") + tone_bytes[tone], "a" + mark},
        {std::string("a") + circumflex_bytes[tone], "â" + mark},
        {std::string("a") + breve_bytes[tone], "ă" + mark},
        {std::string("e") + tone_bytes[tone], "e" + mark},
        {std::string("e") + circumflex_bytes[tone], "ê" + mark},
        {i_bytes[tone], "i" + mark},
        {std::string("o") + tone_bytes[tone], "o" + mark},
        {std::string("o") + circumflex_bytes[tone], "ô" + mark},
        {std::string("\xF4") + tone_bytes[tone], "ơ" + mark},
        {std::string("u") + tone_bytes[tone], "u" + mark},
        {std::string("\xF6") + tone_bytes[tone], "ư" + mark},
        {tone == 5 ? std::string("\xEE") : std::string("y") + tone_bytes[tone], "y" + mark},
    };
    for (const auto& [vni, decomposed] : cases) {
      const std::string expected = tx::nfc(decomposed);
      INFO(expected);
      CHECK(tx::legacy_to_utf8(vni, LegacyEncoding::vni) == expected);
      CHECK(tx::legacy_to_utf8(to_upper_bytes(vni), LegacyEncoding::vni) == tx::upper(expected));
      ++checked;
    }
  }
  CHECK(checked == 72);
  CHECK(tx::legacy_to_utf8("\xF1\xD1", LegacyEncoding::vni) == "đĐ");
  // Upper-case text whose mark bytes were lower-cased (or the reverse) still decodes.
  CHECK(tx::legacy_to_utf8("CO\xE2NG", LegacyEncoding::vni) == "CÔNG");
  CHECK(tx::legacy_to_utf8("\xD1" "A\xDBNG U\xDBY", LegacyEncoding::vni) == "ĐẢNG ỦY");
}

TEST_CASE("bytes outside the letters keep their Windows meaning", "[text]") {
  CHECK(tx::legacy_to_utf8("\x93H\xDF" "a\x94 \x96 1\x85", LegacyEncoding::tcvn3) == "“Hòa” – 1…");
  CHECK(tx::legacy_to_utf8("\x93Ho\xF8" "a\x94 \xA9", LegacyEncoding::vni) == "“Hòa” ©");
}

TEST_CASE("text that is not TCVN3 or VNI is not detected as either", "[text]") {
  CHECK(tx::detect_legacy_encoding("") == LegacyEncoding::none);
  CHECK(tx::detect_legacy_encoding("Cong doan Vien chuc tinh Khanh Hoa 2022") == LegacyEncoding::none);
  CHECK(tx::detect_legacy_encoding("Công đoàn Viên chức tỉnh Khánh Hòa") == LegacyEncoding::none);  // UTF-8
  const std::string french = glibc_iconv(
      "Le café de l'été est très agréable à Paris, où la crème brûlée coûte cher. "
      "Hélène préfère la forêt près du château; garçon, déjà, naïf, Noël.",
      "UTF-8", "ISO-8859-1");
  REQUIRE_FALSE(french.empty());
  CHECK(tx::detect_legacy_encoding(french) == LegacyEncoding::none);
  const std::string german = glibc_iconv("Größe über Straße, schöne Grüße aus Köln.", "UTF-8", "ISO-8859-1");
  CHECK(tx::detect_legacy_encoding(german) == LegacyEncoding::none);
  const std::string spanish = glibc_iconv("El niño comió una piñata en Málaga, señor.", "UTF-8", "ISO-8859-1");
  CHECK(tx::detect_legacy_encoding(spanish) == LegacyEncoding::none);
}

TEST_CASE("legacy encodings have their user-facing names", "[text]") {
  CHECK(std::string(tx::legacy_encoding_name(LegacyEncoding::tcvn3)) == "TCVN3 (ABC)");
  CHECK(std::string(tx::legacy_encoding_name(LegacyEncoding::vni)) == "VNI");
  CHECK(std::string(tx::legacy_encoding_name(LegacyEncoding::none)) == "none");
  // "none" converts as UTF-8, replacing malformed bytes.
  CHECK(tx::legacy_to_utf8("Ho\xF8" "a", LegacyEncoding::none) == "Ho\uFFFDa");
}

namespace {

// The text of every sample event (its element texts and attribute values, one per line):
// real Vietnamese from published reports, to encode and detect.
std::string sample_texts() {
  std::string all;
  for (const char* name : {"2012-van-phong-ubnd-phat-dong.xml", "2020-soc-trang-cum-3.xml",
                           "2022-khanh-hoa-khoi-nganh-i.xml", "2022-kien-giang-chien-dich-sang-kien.xml",
                           "2023-cdvc-viet-nam-khoi-ii.xml", "2020-soc-trang-cum-3-attendees.csv"}) {
    std::ifstream in(std::string(THIDUA_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string content = text.str();
    // Markup out, words kept: '<…>' becomes a line break.
    std::string words;
    bool in_tag = false;
    for (const char c : content) {
      if (c == '<') in_tag = true;
      if (!in_tag) words += c;
      if (c == '>') {
        in_tag = false;
        words += '\n';
      }
    }
    all += words;
  }
  return tx::nfc(all);
}

// Splits `text` into lines of at most `size` bytes (at line ends): files of many sizes.
std::vector<std::string> chunks(const std::string& text, std::size_t size) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + size);
    const std::size_t line_end = text.rfind('\n', end);
    if (end < text.size() && line_end != std::string::npos && line_end > start) end = line_end + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

}  // namespace

TEST_CASE("Windows-1258 as Excel writes it (glibc's iconv, tones as combining marks) is detected and composed", "[text]") {
  const std::string text = sample_texts();
  REQUIRE(text.size() > 20000);
  int pieces = 0;
  for (const std::string& piece : chunks(text, 400)) {
    const std::string cp1258 = glibc_iconv(piece, "UTF-8", "CP1258");
    if (cp1258.empty() || tx::is_valid_utf8(cp1258)) continue;  // iconv refused, or a piece of pure ASCII
    ++pieces;
    INFO(piece);
    CHECK(tx::detect_legacy_encoding(cp1258) == LegacyEncoding::windows1258);
    CHECK(tx::legacy_to_utf8(cp1258, LegacyEncoding::windows1258) == piece);
  }
  CHECK(pieces > 50);
  // The combining tone marks really are there: "Nguyễn" is "Nguy", ê, combining tilde.
  CHECK(glibc_iconv("Nguyễn", "UTF-8", "CP1258") == "Nguy\xEA\xDEn");
}

TEST_CASE("real Vietnamese text in TCVN3 is never taken for Windows-1258, nor the reverse", "[text]") {
  const std::string text = sample_texts();
  int pieces = 0;
  for (const std::string& piece : chunks(text, 400)) {
    const std::string tcvn = glibc_iconv(piece, "UTF-8", "TCVN5712-1");
    if (tcvn.empty() || tx::is_valid_utf8(tcvn)) continue;
    ++pieces;
    INFO(piece);
    CHECK(tx::detect_legacy_encoding(tcvn) != LegacyEncoding::windows1258);
    CHECK(tx::detect_legacy_encoding(tcvn) != LegacyEncoding::vni);
  }
  CHECK(pieces > 50);
  for (const Sample& sample : samples) {
    CHECK(tx::detect_legacy_encoding(sample.vni) == LegacyEncoding::vni);
    CHECK(tx::detect_legacy_encoding(sample.tcvn3) == LegacyEncoding::tcvn3);
  }
}

TEST_CASE("Latin-1 text and binary data fit no Vietnamese encoding and are described", "[text]") {
  const std::string french = glibc_iconv("Le comité régional a signé la convention à Genève. Müller, Peña.", "UTF-8", "LATIN1");
  REQUIRE(!french.empty());
  CHECK(tx::detect_legacy_encoding(french) == LegacyEncoding::none);
  CHECK_FALSE(tx::looks_like_binary(french));
  std::string binary;
  for (int i = 0; i < 512; ++i) binary += static_cast<char>((i * 37) & 0xFF);
  CHECK(tx::detect_legacy_encoding(binary) == LegacyEncoding::none);
  CHECK(tx::looks_like_binary(binary));
  CHECK(std::string(tx::legacy_encoding_name(LegacyEncoding::windows1258)) == "Windows-1258");
}
