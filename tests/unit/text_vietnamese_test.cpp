// Unit tests of the Vietnamese text toolkit basics: UTF-8 checks, NFC, case, slugs, spaces, lists.
#include <catch2/catch.hpp>

#include <utf8proc.h>

#include <set>
#include <string>
#include <vector>

#include "text/vietnamese.h"

namespace tx = thidua::text;

namespace {

// The twelve Vietnamese vowels as (lower, upper) base letters in NFC.
const std::vector<std::pair<std::string, std::string>> vowel_pairs = {
    {"a", "A"}, {"ă", "Ă"}, {"â", "Â"}, {"e", "E"}, {"ê", "Ê"}, {"i", "I"},
    {"o", "O"}, {"ô", "Ô"}, {"ơ", "Ơ"}, {"u", "U"}, {"ư", "Ư"}, {"y", "Y"}};
// The five tone marks as combining characters (ngang has none): huyền, hỏi, ngã, sắc, nặng.
const std::vector<std::string> combining_tones = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};

}  // namespace

TEST_CASE("UTF-8 validation finds the first bad byte", "[text]") {
  std::size_t bad = 99;
  CHECK(tx::is_valid_utf8("Khối thi đua"));
  CHECK(tx::is_valid_utf8(""));
  CHECK_FALSE(tx::is_valid_utf8("ab\xC3", &bad));  // truncated
  CHECK(bad == 2);
  CHECK_FALSE(tx::is_valid_utf8("a\xC0\xAF", &bad));  // overlong '/'
  CHECK(bad == 1);
  CHECK_FALSE(tx::is_valid_utf8("\xED\xA0\x80", &bad));  // surrogate
  CHECK(bad == 0);
  CHECK_FALSE(tx::is_valid_utf8("x\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(tx::is_valid_utf8("C\xF4ng"));            // Latin-1 "Công"
  CHECK(tx::is_valid_utf8("\xF0\x9F\x98\x80"));         // U+1F600
}

TEST_CASE("code points and UTF-8 encoding round-trip", "[text]") {
  const std::vector<char32_t> expected = {U'Đ', U'ả', U'n', U'g', U' ', U'\U0001F600'};
  CHECK(tx::code_points("Đảng 😀") == expected);
  std::string encoded;
  for (const char32_t cp : expected) encoded += tx::encode_utf8(cp);
  CHECK(encoded == "Đảng 😀");
  CHECK(tx::encode_utf8(0x7F) == "\x7F");
  CHECK(tx::encode_utf8(0x7FF) == "\xDF\xBF");
  CHECK(tx::encode_utf8(0xD800) == "\uFFFD");
  CHECK(tx::encode_utf8(0x110000) == "\uFFFD");
  // A malformed byte becomes one replacement character and decoding goes on.
  CHECK(tx::code_points("a\xFF" "b") == std::vector<char32_t>{U'a', 0xFFFD, U'b'});
}

TEST_CASE("decomposed input becomes NFC", "[text]") {
  const std::string decomposed = "Kho\u0302\u0301i thi \u0111ua Co\u0302ng \u0111oa\u0300n";
  CHECK_FALSE(tx::is_nfc(decomposed));
  CHECK(tx::nfc(decomposed) == "Khối thi đua Công đoàn");
  CHECK(tx::is_nfc(tx::nfc(decomposed)));
  CHECK(tx::is_nfc("Nguyễn Thị Hương"));
  // Marks in non-canonical order (dot below before circumflex) still compose.
  CHECK(tx::nfc("a\u0323\u0302") == "ậ");
  CHECK(tx::nfc("a\u0302\u0323") == "ậ");
  // NFC does not unify the old and new tone placements.
  CHECK(tx::nfc("hòa") != tx::nfc("hoà"));
  CHECK_FALSE(tx::is_nfc("C\xF4ng"));
  CHECK(tx::nfc("C\xF4ng") == "C\uFFFDng");
}

TEST_CASE("nfc passes through only code points that NFC leaves alone in any context", "[text]") {
  // The second code point of every two-part canonical decomposition: the characters that can
  // compose with the one before them. Hangul jamo compose by rule (U+1161..U+1175, U+11A8..U+11C2).
  std::set<char32_t> composing_seconds;
  for (utf8proc_int32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    utf8proc_int32_t parts[4] = {};
    int last_class = 0;
    const utf8proc_ssize_t n =
        utf8proc_decompose_char(cp, parts, 4, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE), &last_class);
    if (n == 2) composing_seconds.insert(static_cast<char32_t>(parts[1]));
  }
  REQUIRE(composing_seconds.count(0x0301) == 1);  // the acute accent, as a check of the check
  std::size_t checked = 0;
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (!tx::is_nfc_stable_starter(cp)) continue;
    ++checked;
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    CHECK(utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class == 0);
    CHECK(composing_seconds.count(cp) == 0);
    CHECK_FALSE((cp >= 0x1161 && cp <= 0x11C2));
    // Its own NFC, worked out by utf8proc (nfc() would take the fast path).
    const utf8proc_int32_t one[1] = {static_cast<utf8proc_int32_t>(cp)};
    utf8proc_int32_t buffer[8] = {};
    std::copy(one, one + 1, buffer);
    const utf8proc_ssize_t length = utf8proc_normalize_utf32(
        buffer, 1, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    CHECK(length == 1);
    CHECK(buffer[0] == static_cast<utf8proc_int32_t>(cp));
  }
  CHECK(checked == 0x300 + 0x100 + (0x205E - 0x2010 + 1) + (0x20C0 - 0x20A0 + 1));
  // Text outside the ranges still goes through utf8proc.
  CHECK(tx::nfc("A\u030A") == "\u00C5");
  CHECK(tx::nfc("\u212B") == "\u00C5");  // the Ångström sign, a singleton
  CHECK(tx::nfc("Nguye\u0302\u0303n") == "Nguyễn");
}

TEST_CASE("upper and lower case of every vowel with every tone", "[text]") {
  int checked = 0;
  for (const auto& [lower_base, upper_base] : vowel_pairs) {
    for (const std::string& tone : combining_tones) {
      const std::string lower_letter = tx::nfc(lower_base + tone);
      const std::string upper_letter = tx::nfc(upper_base + tone);
      INFO(lower_letter << " / " << upper_letter);
      REQUIRE(tx::code_points(lower_letter).size() == 1);  // every one is precomposed in NFC
      REQUIRE(tx::code_points(upper_letter).size() == 1);
      CHECK(lower_letter != upper_letter);
      CHECK(tx::upper(lower_letter) == upper_letter);
      CHECK(tx::lower(upper_letter) == lower_letter);
      CHECK(tx::upper(upper_letter) == upper_letter);
      ++checked;
    }
  }
  CHECK(checked == 72);
}

TEST_CASE("upper and lower case of phrases and đ", "[text]") {
  CHECK(tx::upper("Khối thi đua") == "KHỐI THI ĐUA");
  CHECK(tx::upper("đ") == "Đ");
  CHECK(tx::lower("Đ") == "đ");
  CHECK(tx::lower("CÔNG ĐOÀN VIÊN CHỨC TỈNH KHÁNH HÒA") == "công đoàn viên chức tỉnh khánh hòa");
  CHECK(tx::upper("mã phương 2022") == "MÃ PHƯƠNG 2022");
  // Decomposed input keeps its form; the marks have no case.
  CHECK(tx::upper("o\u0302\u0301") == "O\u0302\u0301");
}

TEST_CASE("slugs strip marks, map đ to d and join words with dashes", "[text]") {
  CHECK(tx::slug("Khối thi đua Công đoàn Ngành I năm 2022") == "khoi-thi-dua-cong-doan-nganh-i-nam-2022");
  CHECK(tx::slug("ĐẢNG ỦY") == "dang-uy");
  CHECK(tx::slug("  Giao ước -- thi đua!  ") == "giao-uoc-thi-dua");
  CHECK(tx::slug("Cụm thi đua số 3 (CĐVC)") == "cum-thi-dua-so-3-cdvc");
  CHECK(tx::slug("Kho\u0302\u0301i") == "khoi");  // decomposed input
  CHECK(tx::slug("Ưu tiên, ưu đãi") == "uu-tien-uu-dai");
  CHECK(tx::slug("!!!") == "");
  CHECK(tx::slug("") == "");
}

TEST_CASE("is_white_space is exactly the ASCII spaces, NEL and Unicode's Zs, Zl and Zp", "[text]") {
  for (utf8proc_int32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const utf8proc_category_t category = utf8proc_category(cp);
    const bool expected = cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 ||
                          category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
                          category == UTF8PROC_CATEGORY_ZP;
    if (tx::is_white_space(static_cast<char32_t>(cp)) != expected) {
      FAIL_CHECK("U+" << std::hex << cp);
    }
  }
}

TEST_CASE("squash_spaces trims and collapses white space", "[text]") {
  CHECK(tx::squash_spaces("  Công   đoàn\n\tViên chức \r\n") == "Công đoàn Viên chức");
  CHECK(tx::squash_spaces("a\u00A0\u00A0b") == "a b");  // no-break spaces from web pages
  CHECK(tx::squash_spaces(" \n ") == "");
  CHECK(tx::squash_spaces("một") == "một");
  CHECK(tx::squash_spaces("a\xFF  b\xE1\xBB") == "a\uFFFD b\uFFFD\uFFFD");  // malformed bytes: U+FFFD each
}

TEST_CASE("join_list joins the Vietnamese way", "[text]") {
  CHECK(tx::join_list({}) == "");
  CHECK(tx::join_list({"A"}) == "A");
  CHECK(tx::join_list({"A", "B"}) == "A và B");
  CHECK(tx::join_list({"A", "B", "C"}) == "A, B và C");
  CHECK(tx::join_list({"Sở Y tế", "Sở Tư pháp", "Ban Dân tộc", "Sở Nội vụ"}, "và") ==
        "Sở Y tế, Sở Tư pháp, Ban Dân tộc và Sở Nội vụ");
  CHECK(tx::join_list({"sáng", "chiều"}, "hoặc") == "sáng hoặc chiều");
}
