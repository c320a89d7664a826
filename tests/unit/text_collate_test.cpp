// Unit tests of Vietnamese collation: alphabet, tones, case, old/new tone placement and personal names.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "text/vietnamese.h"

namespace tx = thidua::text;

namespace {

// Sorts a reversed-and-shuffled copy of `expected` with `compare`, so the result cannot come from the input order.
template <typename Compare>
std::vector<std::string> sorted_shuffle(std::vector<std::string> items, Compare compare, unsigned seed) {
  std::reverse(items.begin(), items.end());
  std::mt19937 generator(seed);
  std::shuffle(items.begin(), items.end(), generator);
  std::stable_sort(items.begin(), items.end(),
                   [&](const std::string& a, const std::string& b) { return compare(a, b) < 0; });
  return items;
}

int sign(int value) { return (value > 0) - (value < 0); }

}  // namespace

TEST_CASE("letters sort in the Vietnamese alphabet", "[text]") {
  const std::vector<std::string> alphabet = {"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m",
                                             "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"};
  for (unsigned seed = 1; seed <= 3; ++seed) CHECK(sorted_shuffle(alphabet, tx::compare_vietnamese, seed) == alphabet);
  std::vector<std::string> capitals;
  for (const std::string& letter : alphabet) capitals.push_back(tx::upper(letter));
  CHECK(sorted_shuffle(capitals, tx::compare_vietnamese, 7) == capitals);
  // f, j, w, z fall in Latin order between the Vietnamese letters.
  const std::vector<std::string> with_latin = {"e", "ê", "f", "g", "i", "j", "k", "v", "w", "x", "y", "z"};
  CHECK(sorted_shuffle(with_latin, tx::compare_vietnamese, 5) == with_latin);
}

TEST_CASE("tones sort ngang, huyền, hỏi, ngã, sắc, nặng after the letters of the word", "[text]") {
  const std::vector<std::string> words = {"ba", "bà", "bả", "bã", "bá", "bạ", "bác", "bạc", "bách", "băng", "bằng", "bâng"};
  CHECK(sorted_shuffle(words, tx::compare_vietnamese, 11) == words);
  // Multi-word phrases sort word by word, as dictionaries list compounds under their first word.
  const std::vector<std::string> phrases = {"ba", "ba ba", "ba lá", "bà", "bà ba", "bà con", "bác"};
  CHECK(sorted_shuffle(phrases, tx::compare_vietnamese, 13) == phrases);
}

TEST_CASE("non-letters sort before letters, case last", "[text]") {
  CHECK(tx::compare_vietnamese("2022", "An") < 0);
  CHECK(tx::compare_vietnamese("Cụm 3", "Cụm A") < 0);
  CHECK(tx::compare_vietnamese("Cụm 2", "Cụm 3") < 0);
  CHECK(tx::compare_vietnamese("An Bình", "Anh") < 0);
  CHECK(tx::compare_vietnamese("an", "An") < 0);
  CHECK(tx::compare_vietnamese("An", "an") > 0);
  CHECK(tx::compare_vietnamese("An", "án") < 0);  // the tone outranks the case
  CHECK(tx::compare_vietnamese("Đà", "da") > 0);  // the letter outranks everything
  CHECK(tx::compare_vietnamese("", "a") < 0);
  CHECK(tx::compare_vietnamese("", "") == 0);
}

TEST_CASE("spelling variants of the same word compare equal", "[text]") {
  // Old and new tone placement.
  CHECK(tx::compare_vietnamese("Hòa", "Hoà") == 0);
  CHECK(tx::compare_vietnamese("Khánh Hòa", "Khánh Hoà") == 0);
  CHECK(tx::compare_vietnamese("thủy", "thuỷ") == 0);
  // Decomposed and precomposed input, in either order of the marks.
  CHECK(tx::compare_vietnamese("Nguye\u0302\u0303n", "Nguyễn") == 0);
  CHECK(tx::compare_vietnamese("Nguye\u0303\u0302n", "Nguyễn") == 0);
  CHECK(tx::compare_vietnamese("Đông", "\u0110o\u0302ng") == 0);
  // But the tone itself still counts, wherever it sits.
  CHECK(tx::compare_vietnamese("Hòa", "Hoá") < 0);
  CHECK(tx::compare_vietnamese("Hoà", "Hóa") < 0);
}

TEST_CASE("the comparison is antisymmetric", "[text]") {
  const std::vector<std::string> words = {"An", "an", "Anh", "Ánh", "Ân", "Hòa", "Hoà", "Hóa", "đông", "Dũng", "3", "",
                                          "bà con", "ba", "Ý"};
  for (const std::string& a : words) {
    for (const std::string& b : words) {
      INFO(a << " vs " << b);
      CHECK(sign(tx::compare_vietnamese(a, b)) == -sign(tx::compare_vietnamese(b, a)));
    }
  }
}

TEST_CASE("names sort by given name, then middle names, then family name", "[text]") {
  const std::vector<std::string> names = {"Nguyễn Văn An", "Trần Thị Anh",  "Lê Ánh",       "Phạm Ân",
                                          "Hoàng Bình",    "Đỗ Dũng",       "Vũ Đông",      "Lý Ý"};
  for (unsigned seed = 1; seed <= 3; ++seed) CHECK(sorted_shuffle(names, tx::compare_names, seed) == names);

  const std::vector<std::string> same_given = {"Mã Hương",         // no middle name sorts first
                                               "Lê Thị Hương",     // middle names: Thị < Thu < Văn
                                               "Nguyễn Thị Hương",  // same middle: family Lê < Nguyễn
                                               "Đặng Thu Hương", "Dương Văn Hương", "Đinh Văn Hương"};
  CHECK(sorted_shuffle(same_given, tx::compare_names, 17) == same_given);
}

TEST_CASE("name comparison details", "[text]") {
  CHECK(tx::compare_names("Nguyễn Thị Hòa", "Nguyễn Thị Hoà") == 0);
  CHECK(tx::compare_names("  Nguyễn   Thị Hòa ", "Nguyễn Thị Hòa") == 0);
  CHECK(tx::compare_names("Trần Thị Hoa", "Lê Văn Hòa") < 0);  // given names decide before anything else
  CHECK(tx::compare_names("Bùi Đăng Thành", "An Thành") > 0);  // middle name Đăng outranks no middle name
  CHECK(tx::compare_names("Thành", "An Thành") < 0);           // one word is a given name only
  CHECK(tx::compare_names("", "An") < 0);
  // Case counts only when everything else ties, and then over the whole name.
  CHECK(tx::compare_names("Trần an", "Lê An") > 0);
  CHECK(tx::compare_names("lê An", "Lê An") < 0);
  CHECK(tx::compare_names("Lê An", "Lê An") == 0);
}
