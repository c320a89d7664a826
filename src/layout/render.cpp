// The layout driver: check glyphs, build the flow, paginate, paint; plus glyph helpers for callers.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <vector>

#include "layout/build.h"
#include "layout/layout.h"
#include "layout/paginate.h"
#include "layout/paint.h"
#include "text/utf8.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::layout {

namespace {


std::string file_name(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Reports every character of the document that its face cannot draw, and collects the
// code points each face draws (what the canvas must be told before page 1).
class GlyphChecker {
 public:
  // One bit per BMP code point.
  using CodePointSet = std::array<std::uint64_t, 0x10000 / 64>;

  GlyphChecker(const Document& doc, const FontSet& fonts, Diagnostics& diags)
      : doc_(doc), fonts_(fonts), diags_(diags) {}

  // The code points of the text checked in `style`.
  const CodePointSet& used(FontStyle style) const { return used_[static_cast<std::size_t>(style)]; }

  void check(const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
      if (const auto* p = std::get_if<Paragraph>(&block.content)) {
        check(*p);
      } else if (const auto* columns = std::get_if<Columns>(&block.content)) {
        for (const Column& c : columns->columns) check(c.blocks);
      } else if (const auto* sig = std::get_if<Signature>(&block.content)) {
        check(*sig);
      } else if (const auto* grid = std::get_if<Signatures>(&block.content)) {
        for (const Signature& s : grid->signatures) check(s);
      } else if (const auto* chart = std::get_if<Chart>(&block.content)) {
        for (const Paragraph& series : chart->series) check(series);
        for (const ChartTick& tick : chart->ticks) check(tick.label);
        for (const ChartGroup& group : chart->groups) {
          check(group.label);
          for (const ChartBar& bar : group.bars) check(bar.label);
        }
      } else if (const auto* table = std::get_if<Table>(&block.content)) {
        for (const auto* rows : {&table->head, &table->body}) {
          for (const Row& row : *rows) {
            for (const Cell& cell : row.cells) check(cell.text);
          }
        }
      }
    }
  }

 private:
  void check(const Signature& sig) {
    for (const auto& part : sig.parts) {
      if (part) check(*part);
    }
  }

  void check(const Paragraph& p) {
    for (const Span& span : p.spans) {
      const std::string_view text = span.text;
      const bool ascii_covered = fonts_.covers_printable_ascii(span.style);
      for (std::size_t pos = 0; pos < text.size();) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (ascii_covered && byte >= 0x20 && byte < 0x7F) {  // see first_missing_glyph
          used_[static_cast<std::size_t>(span.style)][byte >> 6] |= std::uint64_t{1} << (byte & 63);
          ++pos;
          continue;
        }
        const char32_t cp = text::next_code_point(text, pos);
        if (cp < 0x10000) used_[static_cast<std::size_t>(span.style)][cp >> 6] |= std::uint64_t{1} << (cp & 63);
        if (fonts_.has_glyph(span.style, cp)) continue;
        if (!lines_) lines_.emplace(doc_.source);
        diags_.error(lines_->locate(doc_.file, locate(span, cp)),
                     tr("the font has no glyph for %1$s (%2$s)", describe_code_point(cp),
                        file_name(fonts_.path(span.style))));
      }
    }
  }

  // The character's own offset when it is written literally in the span's source text (not
  // as a character reference), else the span's start.
  std::uint32_t locate(const Span& span, char32_t cp) const {
    const std::string_view source = doc_.source;
    const std::size_t end = std::min(source.find('<', span.offset + 1), source.size());
    const std::size_t at = source.substr(0, end).find(text::encode_utf8(cp), span.offset);
    return at == std::string_view::npos ? span.offset : static_cast<std::uint32_t>(at);
  }

  const Document& doc_;
  const FontSet& fonts_;
  Diagnostics& diags_;
  std::optional<LineIndex> lines_;  // built at the first missing glyph
  std::array<CodePointSet, 4> used_{};  // by FontStyle
};

// The code points of `set`, sorted.
std::vector<char16_t> code_points_of(const GlyphChecker::CodePointSet& set) {
  std::vector<char16_t> out;
  for (std::size_t i = 0; i < set.size(); ++i) {
    for (std::uint64_t word = set[i]; word != 0; word &= word - 1) {
      out.push_back(static_cast<char16_t>(i * 64 + static_cast<std::size_t>(std::countr_zero(word))));
    }
  }
  return out;
}

}  // namespace

std::string describe_code_point(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  std::string out = buffer;
  if (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) && cp <= 0x10FFFF) out += " '" + text::encode_utf8(cp) + "'";
  return out;
}

char32_t first_missing_glyph(const FontSet& fonts, FontStyle style, std::string_view text) {
  // Most of a Vietnamese text is ASCII, which the document faces cover: skip it unlooked.
  const bool ascii_covered = fonts.covers_printable_ascii(style);
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (ascii_covered && byte >= 0x20 && byte < 0x7F) {
      ++pos;
      continue;
    }
    const char32_t cp = text::next_code_point(text, pos);
    if (!fonts.has_glyph(style, cp)) return cp;
  }
  return 0;
}

int render(const Document& doc, const FontSet& fonts, Canvas& canvas, const DocumentInfo& info,
           Diagnostics& diags) {
  Diagnostics local;
  // Glyphs first: a missing one would otherwise be drawn blank without a word. The check
  // also collects the code points each face draws, which the canvas needs before page 1.
  GlyphChecker checker(doc, fonts, local);
  checker.check(doc.blocks);
  DocumentInfo document_info = info;
  for (std::size_t style = 0; style < 4; ++style) {
    document_info.code_points[style] = code_points_of(checker.used(static_cast<FontStyle>(style)));
  }
  if (doc.page_numbers.enabled) {
    // Page numbers: the format's own text and every digit (the count is not known yet).
    std::string format = doc.page_numbers.format;
    for (const char* placeholder : {"{n}", "{total}"}) {
      for (std::size_t at = format.find(placeholder); at != std::string::npos; at = format.find(placeholder)) {
        format.erase(at, std::string_view(placeholder).size());
      }
    }
    add_code_points(document_info, FontStyle::regular, format);
    add_code_points(document_info, FontStyle::regular, "0123456789");
  }
  if (local.has_errors()) {
    diags.merge(local);
    throw Failure(ExitCode::bad_input);
  }
  // Each page is painted as soon as it is complete and its items dropped, so a long table
  // holds about one page of layout in memory; unless the page numbers show the count, which
  // is known only at the end.
  const double height = doc.page_height - doc.margin_top - doc.margin_bottom;
  const bool streaming = !needs_page_count(doc);
  std::optional<LineIndex> lines;  // built at the first item that is too tall
  auto report_too_tall = [&](const Item& item, double header) {
    if (!lines) lines.emplace(doc.source);
    local.error(lines->locate(doc.file, item.offset),
                header > 0 ? tr("%1$s is taller than a page (%2$s; the text area holds %3$s below the repeated header)",
                                _(item.what), millimetres(item.height), millimetres(height - header))
                           : tr("%1$s is taller than a page (%2$s; the text area holds %3$s)", _(item.what),
                                millimetres(item.height), millimetres(height - header)));
  };
  Flow flow;
  std::vector<Page> pages;  // when not streaming
  int painted = 0;
  int laid_out = 0;
  Paginator paginator(
      height,
      [&](const Page& page) {
        if (++laid_out > max_pages) {
          // A runaway template or list: stop at once, the document will not be written.
          local.error({doc.file, 0, 0},
                      tr("the document would have more than %1$d pages; split the list or check the template", max_pages));
          diags.merge(local);
          throw Failure(ExitCode::bad_input);
        }
        if (!streaming) {
          pages.push_back(page);
          return;
        }
        // Nothing is painted once an error is known: the output will not be written.
        if (!local.has_errors()) paint_page(doc, fonts, flow, page, painted + 1, 0, canvas);
        ++painted;
      },
      report_too_tall);
  canvas.begin_document(document_info);
  FlowBuilder(doc, fonts, local).build(flow, [&] {
    if (!streaming) return;
    paginator.advance(flow);
    const std::uint32_t done = paginator.first_needed();
    drop_front(flow, done);
    paginator.rebase(done);
  });
  paginator.finish(flow);
  if (local.has_errors()) {
    diags.merge(local);
    throw Failure(ExitCode::bad_input);
  }
  diags.merge(local);
  if (!streaming) {
    const int total = static_cast<int>(pages.size());
    for (int number = 1; number <= total; ++number) {
      paint_page(doc, fonts, flow, pages[static_cast<std::size_t>(number - 1)], number, total, canvas);
    }
    painted = total;
  }
  canvas.end_document();
  return painted;
}

std::vector<std::uint32_t> page_starts(const Document& doc, const FontSet& fonts) {
  Diagnostics local;
  std::vector<std::uint32_t> starts;
  Flow flow;
  Paginator paginator(
      doc.page_height - doc.margin_top - doc.margin_bottom,
      [&](const Page& page) {
        for (const Placement& placement : page.placements) {
          if (placement.header) continue;
          starts.push_back(flow.items[placement.index].offset);
          break;
        }
        if (starts.size() > static_cast<std::size_t>(max_pages)) throw Failure(ExitCode::bad_input);
      },
      [](const Item&, double) {});
  try {
    FlowBuilder(doc, fonts, local).build(flow, [&] {
      paginator.advance(flow);
      const std::uint32_t done = paginator.first_needed();
      drop_front(flow, done);
      paginator.rebase(done);
    });
    paginator.finish(flow);
  } catch (const Failure&) {
    return {};
  }
  return local.has_errors() ? std::vector<std::uint32_t>{} : starts;
}

void add_code_points(DocumentInfo& info, FontStyle style, std::string_view text) {
  std::vector<char16_t>& codes = info.code_points[static_cast<std::size_t>(style)];
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = text::next_code_point(text, pos);
    if (cp >= 0x10000) continue;
    const auto code = static_cast<char16_t>(cp);
    auto at = std::lower_bound(codes.begin(), codes.end(), code);
    if (at == codes.end() || *at != code) codes.insert(at, code);
  }
}

}  // namespace thidua::layout
