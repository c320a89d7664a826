// Unit tests of the Vietnamese syllable check used to judge decoded legacy text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/vietnamese.h"

namespace tx = thidua::text;

TEST_CASE("real Vietnamese syllables are recognised", "[text]") {
  const std::vector<std::string> syllables = {
      "Công", "đoàn", "Viên", "chức", "tỉnh", "Khánh", "Hòa", "Hoà", "Nguyễn", "Thị", "Hương", "Đảng", "ủy",
      "Khối", "thi", "đua", "Ngành", "năm", "được", "người", "những", "với", "giữa", "giường", "gì", "quốc", "quyết",
      "khuya", "khuỷu", "thuở", "xoong", "hoạch", "khuếch", "huỳnh", "nghị", "ký", "kết", "giao", "ước", "ạ", "ý",
      "KHÁNH", "ĐOÀN", "Ô", "yêu", "chuyện", "oanh", "Sóc", "Trăng", "Kiên", "Giang", "Bùi", "Đăng", "Thành"};
  for (const std::string& syllable : syllables) {
    INFO(syllable);
    CHECK(tx::is_vietnamese_syllable(syllable));
  }
  // Decomposed input and either order of the marks.
  CHECK(tx::is_vietnamese_syllable("Nguye\u0302\u0303n"));
  CHECK(tx::is_vietnamese_syllable("Nguye\u0303\u0302n"));
}

TEST_CASE("non-syllables are rejected", "[text]") {
  const std::vector<std::string> words = {
      "",      "très",  "café", "été",    "où",    "crème", "Größe", "niño",  "xyz",   "ngh",   "kan",
      "cem",   "bàt",   "hảp",  "ônh",    "ăa",    "ăń",   "nghĩaa", "ăm̀m", "qua̋",  "qôc",   "CĐVC",
      "uyêu",  "tiê",   "ă",    "oo",     "thuâ",  "hoàà", "ĕ",     "2022",  "A-B",   "quuốc", "đđ"};
  for (const std::string& word : words) {
    INFO(word);
    CHECK_FALSE(tx::is_vietnamese_syllable(word));
  }
}
