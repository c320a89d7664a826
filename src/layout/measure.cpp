// Measuring a paragraph into line-breaking items; one pass over the bytes, no allocation per word.
#include "layout/measure.h"

#include "text/utf8.h"

namespace thidua::layout {

namespace {

// Cost of breaking inside a word that is wider than the line: allowed, but never preferred.
constexpr double kCharBreakPenalty = 1000;

LineItem box(std::int32_t span, std::uint32_t begin, std::uint32_t end, double width) {
  return LineItem{.kind = LineItem::Kind::box, .span = span, .begin = begin, .end = end, .width = width};
}


// Pushes the word text[begin, end) of `span`: one box, or one box per character when too wide.
void push_word(std::vector<LineItem>& items, std::int32_t span, std::string_view text, std::uint32_t begin,
               std::uint32_t end, double width, double max_box_width, const FontSet& fonts, FontStyle style,
               double scale) {
  if (width <= max_box_width) {
    items.push_back(box(span, begin, end, width));
    return;
  }
  for (std::size_t pos = begin; pos < end;) {
    const auto start = static_cast<std::uint32_t>(pos);
    const char32_t cp = text::next_code_point(text, pos);
    if (start != begin) {
      items.push_back(LineItem{.kind = LineItem::Kind::penalty, .penalty = kCharBreakPenalty});
    }
    items.push_back(box(span, start, static_cast<std::uint32_t>(pos), fonts.advance(style, cp) * scale));
  }
}

}  // namespace

void push_paragraph_end(std::vector<LineItem>& items) {
  items.push_back(LineItem{.kind = LineItem::Kind::glue, .fill = true});
  items.push_back(LineItem{.kind = LineItem::Kind::penalty, .penalty = -kForcedBreak});
}

void measure_paragraph(const Paragraph& p, const FontSet& fonts, double max_box_width, std::vector<LineItem>& items) {
  items.clear();
  const double scale = p.size / 1000.0;
  if (p.indent > 0) items.push_back(box(-1, 0, 0, p.indent));
  for (std::size_t s = 0; s < p.spans.size(); ++s) {
    const Span& span = p.spans[s];
    const auto index = static_cast<std::int32_t>(s);
    if (span.line_break) {
      push_paragraph_end(items);
      // A zero-width strut starts the next line, so that consecutive <br/> give empty lines.
      items.push_back(box(-1, 0, 0, 0));
      continue;
    }
    const std::string_view text = span.text;
    const double space = fonts.advance(span.style, U' ') * scale;
    std::uint32_t word_begin = 0;
    double word_width = 0;
    for (std::size_t pos = 0; pos < text.size();) {
      const auto at = static_cast<std::uint32_t>(pos);
      const char32_t cp = text::next_code_point(text, pos);
      if (cp != U' ') {
        word_width += fonts.advance(span.style, cp) * scale;
        continue;
      }
      if (at > word_begin) push_word(items, index, text, word_begin, at, word_width, max_box_width, fonts, span.style, scale);
      items.push_back(LineItem{.kind = LineItem::Kind::glue, .span = index, .begin = at, .end = at + 1,
                               .width = space, .stretch = space / 2, .shrink = space / 3});
      word_begin = at + 1;
      word_width = 0;
    }
    const auto end = static_cast<std::uint32_t>(text.size());
    if (end > word_begin) push_word(items, index, text, word_begin, end, word_width, max_box_width, fonts, span.style, scale);
  }
  push_paragraph_end(items);
}

}  // namespace thidua::layout
