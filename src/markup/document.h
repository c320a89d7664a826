// The parsed document markup (the markup stage's output, the layout stage's input): page setup and a tree of blocks, all lengths in points.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace thidua::markup {

// Points (1/72 inch, the unit of every length here) in one millimetre.
inline constexpr double points_per_mm = 72.0 / 25.4;

// Metadata of a generated document (PDF Info, HTML head): made by compose, written by the backends.
struct DocumentMeta {
  std::string title;
  std::string subject;
  std::string author;
  std::string keywords;
  std::string date;  // "YYYY-MM-DD": the event's date, never the clock
};

// The four faces of the document font family.
enum class FontStyle { regular, bold, italic, bold_italic };


// Horizontal alignment of lines in a paragraph or cell.
enum class Align { left, center, right, justify };
// Vertical alignment of a cell's text.
enum class VAlign { top, middle, bottom };

// Paragraph settings a <document> hands down to its <p> and <heading> elements (the DOCX
// backend makes them its Normal style).
struct Defaults {
  double size = 14;
  double line_spacing = 1;
  double indent = 0;
  double space_before = 0;
  double space_after = 0;
  Align align = Align::justify;
};

// What a paragraph is in the document, for backends that name it (the DOCX styles); the layout ignores it.
enum class Role {
  body,              // <p>
  heading,           // <heading>
  header,            // a part of the Decree 30 <header> (parent, issuer, motto, slogan, number, subject, place-date)
  signature,         // a part of a <signature>
  recipients_title,  // "Nơi nhận:"
  recipient,         // an <item> of <recipients>
  cell,              // a table cell's text
};

// A run of text in one face; `offset` is the byte offset of its source in the markup.
struct Span {
  std::string text;  // white space already collapsed to single spaces
  FontStyle style = FontStyle::regular;
  bool line_break = false;  // a <br/>: `text` is empty
  std::uint32_t offset = 0;
};

// How a list item's label is counted (the markup's list="…"): "1. ", "I. ", "a) " (the Vietnamese
// alphabet: a b c d đ e g …), "- ", "+ ".
enum class ListKind { none, decimal, upper_roman, lower_letter, dash, plus };

// A paragraph that is an item of a list: its label is typed at the start of its first span (the
// layout draws it as text); backends that number lists (the DOCX's Word numbering) take it off.
struct ListMark {
  ListKind kind = ListKind::none;
  int number = 0;                 // the label's value (1 for "1.", "I." or "a)"); 0 for a bullet
  std::uint32_t label_bytes = 0;  // the label and the space after it, in the first span's text
};

// A paragraph (or a heading, a cell's text, a signature line): inline spans and their setting.
struct Paragraph {
  std::vector<Span> spans;
  Align align = Align::justify;
  double size = 14;          // font size
  double line_spacing = 1;   // multiple of the face's natural line height
  double indent = 0;         // first-line indent
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;
  bool keep_together = false;
  Role role = Role::body;
  ListMark list;
  std::uint32_t offset = 0;
};

// How a rule's or a column's width is given.
struct WidthSpec {
  enum class Kind { automatic, length, percent, fraction_of_text, star } kind = Kind::automatic;
  double value = 0;  // points, percent, fraction, or star weight
};

// A horizontal rule, by default centred under the preceding text.
struct Rule {
  WidthSpec width{WidthSpec::Kind::fraction_of_text, 1};
  std::optional<Align> align;  // unset: centred under the preceding text
  double thickness = 0.5;
  double space_before = 2;  // from the bottom of the preceding line, ignoring its space-after
  double space_after = 6;
  std::uint32_t offset = 0;
};

struct Block;

// One column of a <columns> block.
struct Column {
  WidthSpec width;
  std::vector<Block> blocks;
  std::uint32_t offset = 0;
};

// Side-by-side columns, laid out as one unbreakable block.
struct Columns {
  std::vector<Column> columns;
  bool align_baselines = true;  // first baselines level (else tops level)
  double gap = 0;
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;
  bool header = false;  // one of the two rows of a Decree 30 <header>
  std::uint32_t offset = 0;
};

// The parts of a signature block, in drawing order.
enum class SignaturePart { label, unit, authority, title, name };
inline constexpr std::size_t kSignatureParts = 5;

// One signer's block; `space` is the room for the signature and seal above the name.
struct Signature {
  std::array<std::optional<Paragraph>, kSignatureParts> parts;
  double space = 0;
  std::uint32_t offset = 0;
};

// A grid of signature blocks; each row stays on one page.
struct Signatures {
  int columns = 2;
  std::vector<Signature> signatures;
  bool center_last_row = true;
  double space_before = 0;
  double space_after = 0;
  std::uint32_t offset = 0;
};

// The most columns a table may have (a colspan of 2,147,483,647 must be an error, not an
// allocation of that many columns).
constexpr int max_table_columns = 50;

// One table cell.
struct Cell {
  Paragraph text;
  VAlign valign = VAlign::middle;
  int colspan = 1;
  std::uint32_t offset = 0;
};

// One table row; never split across pages.
struct Row {
  std::vector<Cell> cells;
  double min_height = 0;
  bool keep_with_next = false;  // never the last row on a page (a group heading row)
  std::uint32_t offset = 0;
};

// A ruled table whose header rows repeat on every page.
struct Table {
  std::vector<WidthSpec> columns;
  // Per column (may be shorter than `columns`): widen it to its widest body cell set on one line,
  // up to this width (<col fit=>), taking the room from the shared columns.
  std::vector<std::optional<WidthSpec>> fit;
  std::vector<Row> head;
  std::vector<Row> body;
  double border = 0.5;       // 0: no rules
  double padding_x = 4;
  double padding_y = 2;
  double space_before = 0;
  double space_after = 0;
  std::uint32_t offset = 0;
};

// A PNG or JPEG image; a zero width or height follows the image's proportions.
struct Image {
  std::string src;
  double width = 0;
  double height = 0;
  Align align = Align::center;
  double space_before = 0;
  double space_after = 0;
  std::uint32_t offset = 0;
};

// A value of a chart with its label: a bar's or a mark's on the value axis.
struct ChartValue {
  double value = 0;
  Paragraph label;  // may have no spans
  std::uint32_t offset = 0;
};

// One bar of a chart: its value on the chart's scale and the label drawn above it ("98,5").
using ChartBar = ChartValue;

// The bars of one category (a unit), side by side, one per series, with the category's name under them.
struct ChartGroup {
  Paragraph label;
  std::vector<ChartBar> bars;
  std::uint32_t offset = 0;
};

// A mark on the value axis: its value and its label ("1.000").
using ChartTick = ChartValue;

// A bar chart drawn as vector graphics: filled bars, axis lines and real text, one unbreakable block.
struct Chart {
  double height = 0;        // the whole chart, legend and category labels included
  double max = 0;           // the value at the top of the value axis (0: the largest bar)
  std::vector<Paragraph> series;  // legend entries, one per bar of a group; empty: no legend
  std::vector<ChartTick> ticks;
  std::vector<ChartGroup> groups;
  double space_before = 6;
  double space_after = 6;
  bool keep_with_next = false;
  std::uint32_t offset = 0;
};

// The grey of series `index`'s bars (0 black … 1 white): dark and light alternate, so that
// the series stay apart when printed in black and white.
inline double series_grey(std::size_t index) {
  constexpr double greys[] = {0.35, 0.75, 0.55, 0.9};
  return greys[index % 4];
}

// Vertical space, dropped at the top of a page.
struct Space {
  double height = 0;
  std::uint32_t offset = 0;
};

// Forces the next block onto a new page.
struct PageBreak {
  std::uint32_t offset = 0;
};

// Any block of the flow.
struct Block {
  std::variant<Paragraph, Rule, Columns, Signature, Signatures, Table, Image, Space, PageBreak, Chart> content;
};

// Where and how page numbers are drawn.
struct PageNumbers {
  bool enabled = false;
  int from = 2;
  bool top = true;                 // top or bottom margin
  Align align = Align::center;     // left, center or right of the text area
  double size = 13;
  std::string format = "{n}";      // {n}: this page, {total}: the page count
  std::uint32_t offset = 0;
};

// The widths of columns given as `specs` sharing `total` points: lengths and percentages first,
// stars and automatic widths share what is left by weight. When the fixed widths exceed `total`
// they are scaled down to fit and `overflow` (when given) is set.
std::vector<double> resolve_widths(const std::vector<WidthSpec>& specs, double total, bool* overflow = nullptr);

// A parsed markup document.
struct Document {
  double page_width = 595.2756;   // A4 portrait
  double page_height = 841.8898;
  double margin_top = 56.6929;     // 20 mm
  double margin_bottom = 56.6929;  // 20 mm
  double margin_left = 85.0394;    // 30 mm
  double margin_right = 42.5197;   // 15 mm
  std::vector<Block> blocks;
  Defaults defaults;  // the <document>'s paragraph settings
  PageNumbers page_numbers;
  std::string file;    // display name used in diagnostics
  std::string source;  // the markup, kept to turn offsets into line:column
};

}  // namespace thidua::markup
