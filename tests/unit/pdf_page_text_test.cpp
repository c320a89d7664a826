// Unit tests of TextObject (Td, one TJ per line, where the words land), number formatting, checks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "pdf/hpdf_document.h"
#include "pdf/page_text.h"

using namespace std::string_literals;
using thidua::pdf::GlyphWidths;
using thidua::pdf::TextObject;

namespace {

// Widths for the tests: space 250, '(' ')' '\' 333, every other code 500. The codes are
// U+0001..U+017F and ệ, so a code below U+0180 has itself as CID (CID = 1 + its index) and
// the expected content bytes read as text; ệ is CID 0x180.
GlyphWidths test_widths(bool has_space = true) {
  std::vector<char16_t> codes;
  for (char16_t c = 1; c < 0x180; ++c) codes.push_back(c);
  codes.push_back(0x1EC7);
  std::vector<int> widths;
  for (char16_t c : codes) widths.push_back(c == u' ' ? 250 : c == u'(' || c == u')' || c == u'\\' ? 333 : 500);
  return GlyphWidths(codes, widths, 777, has_space);
}

// A word a reader sees: where its first glyph starts, on which baseline.
struct Word {
  double x = 0;
  double y = 0;
  std::u16string text;
};

// Runs the operators TextObject writes (Td, Tj, TJ with 2-byte CIDs in literal strings)
// the way a reader does: glyphs advance by their width, TJ numbers move back by n/1000 em.
// Words are runs of codes other than the space.
std::vector<Word> run(const std::string& content, const GlyphWidths& widths, double size) {
  std::vector<Word> words;
  double line_x = 0, line_y = 0;
  std::vector<double> numbers;
  std::vector<std::string> strings;  // the current TJ array or Tj operand, decoded bytes
  std::vector<int> order;  // 0: string, 1: number (for TJ arrays)
  auto show = [&] {
    double pen = line_x;
    std::size_t s = 0, n = 0;
    bool in_word = false;
    for (int kind : order) {
      if (kind == 1) {
        pen -= numbers[n++] * size / 1000;
        continue;
      }
      const std::string& bytes = strings[s++];
      REQUIRE(bytes.size() % 2 == 0);
      for (std::size_t i = 0; i < bytes.size(); i += 2) {
        const auto cid = static_cast<std::size_t>((static_cast<unsigned char>(bytes[i]) << 8) |
                                                  static_cast<unsigned char>(bytes[i + 1]));
        REQUIRE(cid >= 1);
        REQUIRE(cid <= widths.codes().size());
        const char16_t code = widths.codes()[cid - 1];
        if (code == u' ') {
          in_word = false;
        } else {
          if (!in_word) words.push_back({pen, line_y, {}});
          in_word = true;
          words.back().text += code;
        }
        pen += widths.width(code) * size / 1000;
      }
    }
    numbers.clear();
    strings.clear();
    order.clear();
  };
  std::vector<double> operands;
  for (std::size_t i = 0; i < content.size();) {
    const char c = content[i];
    if (c == ' ' || c == '\n' || c == '[' || c == ']') {
      ++i;
    } else if (c == '(') {
      std::string bytes;
      for (++i; content[i] != ')'; ++i) {
        if (content[i] == '\\') {
          ++i;
          bytes += content[i] == 'r' ? '\r' : content[i];
        } else {
          bytes += content[i];
        }
      }
      ++i;
      strings.push_back(bytes);
      order.push_back(0);
    } else if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
      std::size_t used = 0;
      const double value = std::stod(content.substr(i), &used);
      i += used;
      operands.push_back(value);
      numbers.push_back(value);
      order.push_back(1);
    } else {
      const std::string op = content.substr(i, 2);
      i += 2;
      if (op == "Td") {
        REQUIRE(operands.size() == 2);
        line_x += operands[0];
        line_y += operands[1];
        numbers.clear();
        order.clear();
      } else {
        REQUIRE((op == "TJ" || op == "Tj"));
        show();
      }
      operands.clear();
    }
  }
  return words;
}

std::u16string u16(const char16_t* text) { return text; }

// A begun text object over test_widths(has_space) that writes lines of two runs at 10 pt.
struct TwoRuns {
  GlyphWidths widths;
  TextObject text;
  explicit TwoRuns(bool has_space = true) : widths(test_widths(has_space)) { text.begin_object(); }
  // The content of one line at (x, y): `first`, then `second` placed at `second_x`.
  std::string line(double x, double y, const std::string& first, double second_x, const std::string& second) {
    std::string content;
    text.begin_line(content, x, y, 10, widths, first);
    text.add_text(second_x, second);
    text.end_line(content);
    return content;
  }
};

}  // namespace

TEST_CASE("a justified line is one TJ that puts every word at its x with one space between", "[pdf]") {
  const GlyphWidths widths = test_widths();
  // 200 words at 100 pt with stretched gaps at x that are not multiples of 0.01: each
  // number is rounded to 0.01 thousandths of an em, 0.0005 pt at 100 pt; computed
  // incrementally the rounding would add up to ~0.1 pt by the last word.
  const double size = 100;
  const std::vector<std::string> texts = {"Vi\xE1\xBB\x87t", "Nam", "ab", "c"};  // "Việt"
  std::vector<double> xs;
  std::string content;
  TextObject text;
  text.begin_object();
  double x = 85.04;
  for (int i = 0; i < 200; ++i) {
    const std::string& word = texts[static_cast<std::size_t>(i) % texts.size()];
    xs.push_back(x);
    if (i == 0) {
      text.begin_line(content, x, 700, size, widths, word);
    } else {
      text.add_text(x, word);
    }
    x += static_cast<double>(widths.text_width(word)) * size / 1000 + 25 + 7.123456789 * (i % 3);
  }
  text.end_line(content);

  CHECK(content.rfind("85.04 700 Td\n[(", 0) == 0);
  CHECK(content.find("TJ") == content.size() - 3);  // one TJ, at the end
  CHECK(content.find("Tj") == std::string::npos);
  const std::vector<Word> words = run(content, widths, size);
  REQUIRE(words.size() == 200);
  double worst = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    worst = std::max(worst, std::abs(words[i].x - xs[i]));
    CHECK(words[i].y == 700);
  }
  CHECK(worst < 0.001);
  CHECK(words[0].text == u16(u"Vi\u1EC7t"));
  CHECK(words[1].text == u16(u"Nam"));
  // A space glyph between words, never two: the line reads "Việt Nam ab c Việt …".
  CHECK(content.find("\0 \0 "s) == std::string::npos);
  std::size_t spaces = 0;
  for (std::size_t at = content.find("\0 "s); at != std::string::npos;
       at = content.find("\0 "s, at + 1)) {
    ++spaces;
  }
  CHECK(spaces == 199);
}

TEST_CASE("text that follows without a gap, or brings its own space, gets no space glyph", "[pdf]") {
  TwoRuns writer;
  // "ab" then "cd" exactly where "ab" ends: one word, no number at all.
  CHECK(writer.line(100, 500, "ab", 110, "cd") == "100 500 Td\n(\0a\0b\0c\0d)Tj\n"s);

  // A run that ends with its own space, then the next run right after it.
  const std::string content = writer.line(100, 480, "ab ", 112.5, "cd");
  CHECK(content == "0 -20 Td\n(\0a\0b\0 \0c\0d)Tj\n"s);
  const std::vector<Word> words = run(content, writer.widths, 10);
  REQUIRE(words.size() == 2);
  CHECK(words[1].x - words[0].x == Approx(12.5).margin(1e-9));  // the content starts with a relative Td

  // A gap under half a space (1.25 pt at 10 pt): moved by a number, no space glyph.
  CHECK(writer.line(100, 460, "ab", 111, "cd") == "0 -20 Td\n[(\0a\0b)-100(\0c\0d)]TJ\n"s);
}

TEST_CASE("without a space glyph in the font, words are placed by numbers alone", "[pdf]") {
  TwoRuns writer(false);
  CHECK(writer.line(10, 10, "ab", 25, "cd") == "10 10 Td\n[(\0a\0b)-500(\0c\0d)]TJ\n"s);
}

TEST_CASE("lines move relative to the previous one, and the codes are escaped", "[pdf]") {
  const GlyphWidths widths = test_widths();
  std::string content;
  TextObject text;
  text.begin_object();
  text.begin_line(content, 85.04, 700.33, 13, widths, "A");
  text.end_line(content);
  text.begin_line(content, 121.04, 678.23, 13, widths, "(a)\\");
  text.end_line(content);
  text.begin_line(content, 121.04, 678.23, 13, widths, "\xC4\xA9\xC4\x8D");  // "ĩč": 01 29, 01 0D
  text.end_line(content);
  CHECK(content == "85.04 700.33 Td\n(\0A)Tj\n"
                   "36 -22.1 Td\n(\0\\(\0a\0\\)\0\\\\)Tj\n"
                   "(\1\\)\1\\r)Tj\n"s);
  text.begin_object();  // a new BT: absolute again
  content.clear();
  text.begin_line(content, 85.04, 700.33, 13, widths, "A");
  text.end_line(content);
  CHECK(content.rfind("85.04 700.33 Td\n", 0) == 0);
}

TEST_CASE("write_content refuses a missing page", "[pdf]") {
  std::string content = "x";
  CHECK(thidua::pdf::write_content(nullptr, content) == HPDF_INVALID_PAGE);
}

TEST_CASE("append_number writes hundredths in the shortest form", "[pdf]") {
  auto number = [](double value) {
    std::string out = "[";
    thidua::pdf::append_number(out, value);
    return out;
  };
  CHECK(number(416.11441) == "[416.11");
  CHECK(number(629.33607) == "[629.34");
  CHECK(number(85) == "[85");
  CHECK(number(85.5) == "[85.5");
  CHECK(number(0.04) == "[0.04");
  CHECK(number(-12.25) == "[-12.25");
  CHECK(number(-0.001) == "[0");
  CHECK(number(841.88977) == "[841.89");
  CHECK(number(99.999) == "[100");
  std::string out;
  thidua::pdf::append_hundredths(out, -4036);
  CHECK(out == "-40.36");
}
