// word/document.xml from the markup's blocks: paragraphs with named styles, the Decree 30 header and
// signature blocks as borderless tables, ruled tables with repeated header rows, rules, images, sections.
#include <algorithm>
#include <array>
#include <optional>
#include <unordered_set>

#include "docx/parts.h"
#include "i18n/i18n.h"
#include "io/files.h"
#include "image/image.h"
#include "layout/layout.h"
#include "layout/lines.h"
#include "layout/table_widths.h"

namespace thidua::docx::detail {

namespace {

using markup::Align;
using markup::Block;
using markup::FontStyle;
using markup::Paragraph;

bool is_bold(FontStyle s) { return s == FontStyle::bold || s == FontStyle::bold_italic; }
bool is_italic(FontStyle s) { return s == FontStyle::italic || s == FontStyle::bold_italic; }

// The layout's padding of a signature block on each side (layout/signature.cpp).
constexpr double kSignaturePadding = 4;
// The layout's gap between two rows of signature blocks.
constexpr double kSignatureRowGap = 12;

bool differs(double a, double b) { return std::abs(a - b) > 0.01; }

// Where the blocks of one flow go (the body, or a table cell) and the spacing state between them.
struct Flow {
  pugi::xml_node parent;
  double width = 0;  // points available to the blocks
  // The last block emitted: a paragraph (whose space-after Word sees) or a table.
  pugi::xml_node last_paragraph;
  double last_after = 0;      // the space-after Word sees on last_paragraph
  double pending_after = 0;   // the space the layout keeps after the last block
  bool last_was_table = false;
  bool at_start = true;
  bool page_break = false;    // the next block starts a new page
  bool keep_next = false;     // every paragraph keeps with the next (a block that must not split)
  const Paragraph* last_text = nullptr;  // the paragraph a rule hangs under
};

// How a paragraph is set where the markup does not say (a signature's name space, a forced keep).
struct Extra {
  std::optional<double> space_before;
};

class BodyWriter {
 public:
  BodyWriter(const markup::Document& document, const std::vector<StyleSpec>& styles, const layout::FontSet& fonts,
             Diagnostics& diags)
      : doc_(document), styles_(styles), lists_(plan_lists(document)), fonts_(fonts), setter_(fonts), diags_(diags) {}

  Body write() {
    pugi::xml_document xml;
    pugi::xml_node root = start_part(xml, "w:document");
    root.append_attribute("xmlns:r") = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    root.append_attribute("xmlns:wp") = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    root.append_attribute("xmlns:a") = "http://schemas.openxmlformats.org/drawingml/2006/main";
    root.append_attribute("xmlns:pic") = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    pugi::xml_node body = add(root, "w:body");
    Flow flow;
    flow.parent = body;
    flow.width = doc_.page_width - doc_.margin_left - doc_.margin_right;
    blocks(doc_.blocks, flow);
    // Word needs a paragraph after a table at the end of the document; a tiny one, so that it
    // never spills onto a page of its own.
    if (flow.last_was_table || flow.at_start || flow.page_break) spacer(flow, flow.page_break);
    section(body);
    Body result;
    result.xml = splice_rows(serialise(xml));
    result.media = std::move(media_);
    result.numbering = std::move(lists_.xml);
    return result;
  }

 private:
  void blocks(const std::vector<Block>& list, Flow& flow) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Block& block = list[i];
      if (const auto* p = std::get_if<Paragraph>(&block.content)) {
        const bool before_rule = i + 1 < list.size() && std::holds_alternative<markup::Rule>(list[i + 1].content);
        paragraph(*p, flow, Extra{}, before_rule);
      } else if (const auto* rule = std::get_if<markup::Rule>(&block.content)) {
        this->rule(*rule, flow);
      } else if (const auto* columns = std::get_if<markup::Columns>(&block.content)) {
        // The Decree 30 header is two <columns> rows: one table of two rows.
        const markup::Columns* second = nullptr;
        if (columns->header && i + 1 < list.size()) {
          const auto* next = std::get_if<markup::Columns>(&list[i + 1].content);
          if (next != nullptr && next->header && next->columns.size() == columns->columns.size()) second = next;
        }
        columns_table(*columns, second, flow);
        if (second != nullptr) ++i;
      } else if (const auto* signature = std::get_if<markup::Signature>(&block.content)) {
        if (flow.parent.name() == std::string_view("w:body")) {
          markup::Signatures grid;
          grid.columns = 1;
          grid.signatures.push_back(*signature);
          grid.space_before = grid.space_after = 0;
          signatures(grid, flow);
        } else {
          signature_parts(*signature, flow, false, false);
        }
      } else if (const auto* grid = std::get_if<markup::Signatures>(&block.content)) {
        signatures(*grid, flow);
      } else if (const auto* table = std::get_if<markup::Table>(&block.content)) {
        ruled_table(*table, flow);
      } else if (const auto* image = std::get_if<markup::Image>(&block.content)) {
        this->image(*image, flow);
      } else if (const auto* space = std::get_if<markup::Space>(&block.content)) {
        flow.pending_after += space->height;
      } else if (const auto* chart = std::get_if<markup::Chart>(&block.content)) {
        chart_table(*chart, flow);
      } else if (std::holds_alternative<markup::PageBreak>(block.content)) {
        flow.page_break = true;
        flow.pending_after = 0;
      }
    }
  }

  // --- paragraphs ---

  // The space Word must put before a block whose own space-before is `before`, so that the
  // gap is the layout's (the larger of the two spacings, where Word would add them).
  double gap_before(const Flow& flow, double before) const {
    if (flow.at_start) return before;
    const double gap = std::max(flow.pending_after, before);
    if (flow.last_was_table) return gap;
    return std::max(0.0, gap - flow.last_after);
  }

  // Sets the space-after of the flow's last paragraph (direct formatting).
  static void set_last_after(Flow& flow, double after) {
    pugi::xml_node ppr = flow.last_paragraph.child("w:pPr");
    if (!ppr) ppr = flow.last_paragraph.prepend_child("w:pPr");
    pugi::xml_node spacing = ppr.child("w:spacing");
    if (!spacing) {
      // w:spacing comes before w:ind, w:jc and w:rPr in a pPr.
      pugi::xml_node before;
      for (const char* later : {"w:ind", "w:jc", "w:outlineLvl", "w:rPr"}) {
        if ((before = ppr.child(later))) break;
      }
      spacing = before ? ppr.insert_child_before("w:spacing", before) : ppr.append_child("w:spacing");
    }
    pugi::xml_attribute attr = spacing.attribute("w:after");
    if (!attr) attr = spacing.append_attribute("w:after");
    attr = twips(after);
    flow.last_after = after;
  }

  pugi::xml_node paragraph(const Paragraph& p, Flow& flow, const Extra& extra, bool before_rule = false) {
    const StyleSpec& style = style_for(styles_, p.role);
    const double own_before = extra.space_before.value_or(p.space_before);
    const double before = flow.page_break ? own_before : gap_before(flow, own_before);
    // A rule hangs under its paragraph: the paragraph's space-after goes below the rule.
    const double after = before_rule ? 0 : p.space_after;
    pugi::xml_node node = add(flow.parent, "w:p");
    pugi::xml_node ppr = add(node, "w:pPr");
    if (style.id != std::string_view("Normal")) add_val(ppr, "w:pStyle", style.id);
    if ((p.keep_with_next || flow.keep_next || before_rule) != style.keep_next) {
      add_val(ppr, "w:keepNext", style.keep_next ? "0" : "1");
    }
    if (p.keep_together != style.keep_lines) add_val(ppr, "w:keepLines", style.keep_lines ? "0" : "1");
    if (flow.page_break) add(ppr, "w:pageBreakBefore");
    const int num_id = lists_.num_id(p);
    if (num_id > 0) {
      pugi::xml_node num_pr = add(ppr, "w:numPr");
      add_val(num_pr, "w:ilvl", 0L);
      add_val(num_pr, "w:numId", static_cast<long>(num_id));
    }
    if (differs(before, style.space_before) || differs(after, style.space_after) ||
        differs(p.line_spacing, style.line_spacing)) {
      pugi::xml_node spacing = add(ppr, "w:spacing");
      if (differs(before, style.space_before)) spacing.append_attribute("w:before") = twips(before);
      if (differs(after, style.space_after)) spacing.append_attribute("w:after") = twips(after);
      if (differs(p.line_spacing, style.line_spacing)) {
        spacing.append_attribute("w:line") = std::lround(240 * p.line_spacing);
        spacing.append_attribute("w:lineRule") = "auto";
      }
    }
    // A list item's indent is always direct: the list level's would otherwise win over the style's.
    if (num_id > 0) {
      list_indent(ppr, p.indent);
    } else if (differs(p.indent, style.indent)) {
      add(ppr, "w:ind").append_attribute("w:firstLine") = twips(p.indent);
    }
    if (p.align != style.align) add_val(ppr, "w:jc", jc_value(p.align));
    // The paragraph mark takes the first run's face and size (what Word gives an empty line).
    const FontStyle first = p.spans.empty() ? FontStyle::regular : p.spans.front().style;
    run_properties(ppr, first, p.size, style);
    if (!ppr.first_child()) node.remove_child(ppr);
    // Centred text is broken where the PDF breaks it (balanced lines, never inside a place or
    // body name), with line breaks, so that Word shows the same lines.
    if (p.align == Align::center && set_lines(p, flow.width).lines.size() > 1) {
      line_runs(p, node, style);
    } else if (num_id > 0) {
      // Word writes the label ("1. ") from the numbering; the text starts after it.
      Paragraph text = p;
      text.spans.front().text.erase(0, p.list.label_bytes);
      if (text.spans.front().text.empty()) text.spans.erase(text.spans.begin());
      runs(text, node, style);
    } else {
      runs(p, node, style);
    }
    flow.last_paragraph = node;
    flow.last_after = after;
    flow.pending_after = p.space_after;
    flow.last_was_table = false;
    flow.at_start = false;
    flow.page_break = false;
    flow.last_text = &p;
    return node;
  }

  // Adds a w:rPr to `parent` for `face` at `size` where they differ from `style` (none if not).
  static void run_properties(pugi::xml_node parent, FontStyle face, double size, const StyleSpec& style) {
    const bool bold = is_bold(face) != style.bold;
    const bool italic = is_italic(face) != style.italic;
    const bool sized = differs(size, style.size);
    if (!bold && !italic && !sized) return;
    pugi::xml_node rpr = add(parent, "w:rPr");
    if (bold) add_val(rpr, "w:b", is_bold(face) ? "1" : "0");
    if (italic) add_val(rpr, "w:i", is_italic(face) ? "1" : "0");
    if (sized) {
      add_val(rpr, "w:sz", half_points(size));
      add_val(rpr, "w:szCs", half_points(size));
    }
  }

  // One w:r per run of one face (adjacent spans of one face merged); <br/> as w:br.
  static void runs(const Paragraph& p, pugi::xml_node node, const StyleSpec& style) {
    for (std::size_t i = 0; i < p.spans.size();) {
      const markup::Span& span = p.spans[i];
      pugi::xml_node run = add(node, "w:r");
      run_properties(run, span.style, p.size, style);
      if (span.line_break) {
        add(run, "w:br");
        ++i;
        continue;
      }
      std::string text = span.text;
      for (++i; i < p.spans.size() && !p.spans[i].line_break && p.spans[i].style == span.style; ++i) {
        text += p.spans[i].text;
      }
      pugi::xml_node t = add(run, "w:t");
      t.append_attribute("xml:space") = "preserve";
      t.text().set(text.c_str());
    }
  }

  // A tiny empty paragraph (1 pt): between two tables, which Word would otherwise join, after a
  // final table, or to carry a page break before a table.
  void spacer(Flow& flow, bool page_break) {
    pugi::xml_node node = add(flow.parent, "w:p");
    pugi::xml_node ppr = add(node, "w:pPr");
    if (page_break) add(ppr, "w:pageBreakBefore");
    pugi::xml_node spacing = add(ppr, "w:spacing");
    spacing.append_attribute("w:before") = 0;
    spacing.append_attribute("w:after") = 0;
    spacing.append_attribute("w:line") = 20;
    spacing.append_attribute("w:lineRule") = "exact";
    add(ppr, "w:ind").append_attribute("w:firstLine") = 0;
    pugi::xml_node rpr = add(ppr, "w:rPr");
    add_val(rpr, "w:sz", 2);
    add_val(rpr, "w:szCs", 2);
    flow.last_paragraph = node;
    flow.last_after = 0;
    flow.last_was_table = false;
    flow.at_start = false;
    flow.page_break = false;
  }

  // Sets `p` into lines of `width` as the layout does (into set_ and draws_).
  const layout::SetText& set_lines(const Paragraph& p, double width) {
    draws_.clear();
    setter_.set(p, width, draws_, set_);
    return set_;
  }

  // The runs of the lines in set_: each drawn run, a w:br between lines.
  void line_runs(const Paragraph& p, pugi::xml_node node, const StyleSpec& style) {
    for (std::size_t l = 0; l < set_.lines.size(); ++l) {
      const layout::SetLine& line = set_.lines[l];
      if (l > 0) add(add(node, "w:r"), "w:br");
      for (std::uint32_t d = line.draw_begin; d < line.draw_end; ++d) {
        const layout::Draw& draw = draws_[d];
        if (draw.kind != layout::Draw::Kind::text || draw.text.empty()) continue;
        pugi::xml_node run = add(node, "w:r");
        run_properties(run, draw.style, p.size, style);
        pugi::xml_node t = add(run, "w:t");
        t.append_attribute("xml:space") = "preserve";
        t.text().set(std::string(draw.text).c_str());
      }
    }
  }

  // --- rules ---

  // The widest line the layout gives `p` in `width`, and where that line starts.
  double widest_line(const Paragraph& p, double width, double& left) {
    double widest = 0;
    left = 0;
    for (const layout::SetLine& line : set_lines(p, width).lines) {
      if (line.right >= line.left && line.right - line.left > widest) {
        widest = line.right - line.left;
        left = line.left;
      }
    }
    return widest;
  }

  // A horizontal rule: an empty 1 pt paragraph, indented to the rule's length, with a bottom border.
  void rule(const markup::Rule& rule, Flow& flow) {
    const Paragraph* above = flow.last_text;
    double text_left = 0;
    const double text_width = above != nullptr ? widest_line(*above, flow.width, text_left) : flow.width;
    double length = flow.width;
    switch (rule.width.kind) {
      case markup::WidthSpec::Kind::fraction_of_text: length = rule.width.value * text_width; break;
      case markup::WidthSpec::Kind::percent: length = rule.width.value / 100 * flow.width; break;
      case markup::WidthSpec::Kind::length: length = rule.width.value; break;
      case markup::WidthSpec::Kind::automatic:
      case markup::WidthSpec::Kind::star: break;
    }
    length = std::min(length, flow.width);
    // As the layout: centred under the text above, unless told otherwise.
    double x = std::clamp(text_left + (text_width - length) / 2, 0.0, flow.width - length);
    if (above == nullptr || rule.align == Align::center || rule.align == Align::justify) x = (flow.width - length) / 2;
    if (rule.align == Align::left) x = 0;
    if (rule.align == Align::right) x = flow.width - length;
    // The paragraph above keeps its space-after below the rule; the rule sits space-before under it.
    const double kept_after = flow.pending_after;
    if (flow.last_paragraph && !flow.last_was_table) set_last_after(flow, 0);
    pugi::xml_node node = add(flow.parent, "w:p");
    pugi::xml_node ppr = add(node, "w:pPr");
    add(ppr, "w:keepLines");
    pugi::xml_node border = add(add(ppr, "w:pBdr"), "w:bottom");
    border.append_attribute("w:val") = "single";
    border.append_attribute("w:sz") = std::max(2L, std::lround(rule.thickness * 8));
    border.append_attribute("w:space") = 0;
    border.append_attribute("w:color") = "000000";
    const double after = std::max(kept_after, rule.space_after);
    pugi::xml_node spacing = add(ppr, "w:spacing");
    spacing.append_attribute("w:before") = 0;
    spacing.append_attribute("w:after") = twips(after);
    spacing.append_attribute("w:line") = std::max(20L, twips(rule.space_before));
    spacing.append_attribute("w:lineRule") = "exact";
    pugi::xml_node ind = add(ppr, "w:ind");
    ind.append_attribute("w:left") = twips(x);
    ind.append_attribute("w:right") = twips(std::max(0.0, flow.width - x - length));
    ind.append_attribute("w:firstLine") = 0;
    pugi::xml_node rpr = add(ppr, "w:rPr");
    add_val(rpr, "w:sz", 2);
    add_val(rpr, "w:szCs", 2);
    flow.last_paragraph = node;
    flow.last_after = after;
    flow.pending_after = after;
    flow.last_was_table = false;
    flow.at_start = false;
  }

  // --- tables ---

  // Starts a table in `flow` after the spacing the layout wants before it.
  pugi::xml_node begin_table(Flow& flow, double space_before) {
    if (flow.page_break || flow.last_was_table || (flow.at_start && flow.parent.name() != std::string_view("w:body"))) {
      // A page break, two tables in a row, or a table first in a cell: a tiny paragraph first.
      if (flow.page_break || flow.last_was_table) spacer(flow, flow.page_break);
    }
    if (!flow.at_start && flow.last_paragraph && !flow.last_was_table) {
      const double gap = std::max(flow.pending_after, space_before);
      if (differs(gap, flow.last_after)) set_last_after(flow, gap);
    }
    return add(flow.parent, "w:tbl");
  }

  void end_table(Flow& flow, double space_after) {
    flow.last_was_table = true;
    flow.at_start = false;
    flow.pending_after = space_after;
    flow.last_after = 0;
    flow.last_text = nullptr;
  }

  // The w:tblPr and w:tblGrid of a fixed-layout table of columns `widths`.
  static void table_frame(pugi::xml_node table, const char* style, const std::vector<double>& widths,
                          std::optional<double> padding_x, std::optional<double> padding_y) {
    pugi::xml_node pr = add(table, "w:tblPr");
    add_val(pr, "w:tblStyle", style);
    double total = 0;
    for (double w : widths) total += w;
    pugi::xml_node width = add(pr, "w:tblW");
    width.append_attribute("w:w") = twips(total);
    width.append_attribute("w:type") = "dxa";
    add(pr, "w:tblLayout").append_attribute("w:type") = "fixed";
    if (padding_x || padding_y) {
      pugi::xml_node margins = add(pr, "w:tblCellMar");
      auto margin = [&](const char* side, double value) {
        pugi::xml_node m = add(margins, side);
        m.append_attribute("w:w") = twips(value);
        m.append_attribute("w:type") = "dxa";
      };
      if (padding_y) margin("w:top", *padding_y);
      if (padding_x) margin("w:left", *padding_x);
      if (padding_y) margin("w:bottom", *padding_y);
      if (padding_x) margin("w:right", *padding_x);
    }
    pugi::xml_node look = add(pr, "w:tblLook");
    look.append_attribute("w:val") = "04A0";
    look.append_attribute("w:firstRow") = 1;
    look.append_attribute("w:lastRow") = 0;
    look.append_attribute("w:firstColumn") = 0;
    look.append_attribute("w:lastColumn") = 0;
    look.append_attribute("w:noHBand") = 1;
    look.append_attribute("w:noVBand") = 1;
    pugi::xml_node grid = add(table, "w:tblGrid");
    for (double w : widths) add(grid, "w:gridCol").append_attribute("w:w") = twips(w);
  }

  static pugi::xml_node cell(pugi::xml_node row, double width, int span, const char* valign) {
    pugi::xml_node tc = add(row, "w:tc");
    pugi::xml_node pr = add(tc, "w:tcPr");
    pugi::xml_node w = add(pr, "w:tcW");
    w.append_attribute("w:w") = twips(width);
    w.append_attribute("w:type") = "dxa";
    if (span > 1) add_val(pr, "w:gridSpan", span);
    if (valign != nullptr) add_val(pr, "w:vAlign", valign);
    return tc;
  }

  // Fills cell `tc` (of `width` points, less `padding` on each side) with `list`; a cell always ends with a paragraph.
  void cell_blocks(pugi::xml_node tc, double width, const std::vector<Block>& list, double space_before,
                   bool keep_next) {
    Flow inner;
    inner.parent = tc;
    inner.width = width;
    inner.keep_next = keep_next;
    inner.pending_after = space_before;
    inner.at_start = space_before <= 0;
    inner.last_was_table = space_before > 0;  // so that the first block gets the space before
    blocks(list, inner);
    if (inner.at_start || inner.last_was_table) spacer(inner, false);
  }

  // A <columns> block (and the second row of a Decree 30 header) as a borderless table.
  void columns_table(const markup::Columns& columns, const markup::Columns* second, Flow& flow) {
    std::vector<markup::WidthSpec> specs;
    for (const markup::Column& c : columns.columns) specs.push_back(c.width);
    const double gaps = columns.gap * static_cast<double>(std::max<std::size_t>(columns.columns.size(), 1) - 1);
    std::vector<double> widths = markup::resolve_widths(specs, flow.width - gaps);
    if (!widths.empty()) widths.back() += gaps;  // the gaps as the right margin of the last-but-one cells
    pugi::xml_node table = begin_table(flow, columns.space_before);
    table_frame(table, kPlainTable, widths, 0.0, 0.0);
    const bool keep = columns.keep_with_next || second != nullptr || flow.keep_next;
    auto row = [&](const markup::Columns& source, bool keep_next, double space_before) {
      pugi::xml_node tr = add(table, "w:tr");
      add(add(tr, "w:trPr"), "w:cantSplit");
      for (std::size_t c = 0; c < source.columns.size(); ++c) {
        const double inner = widths[c] - (c + 1 < source.columns.size() ? columns.gap : 0);
        pugi::xml_node tc = cell(tr, widths[c], 1, nullptr);
        cell_blocks(tc, inner, source.columns[c].blocks, space_before, keep_next);
      }
    };
    row(columns, keep, 0);
    if (second != nullptr) row(*second, second->keep_with_next || flow.keep_next, second->space_before);
    end_table(flow, second != nullptr ? second->space_after : columns.space_after);
  }

  // A signer's parts as paragraphs (the name after the signing space), in the flow of a cell.
  // `missing_lines[k]`: how many lines part k has fewer than the longest of its row, added as
  // space before the next part so that each part sits at the same height in every block.
  void signature_parts(const markup::Signature& sig, Flow& flow, bool keep_next, bool in_grid,
                       const std::array<double, markup::kSignatureParts>& missing = {}, double gap = 0) {
    const bool saved = flow.keep_next;
    const double saved_width = flow.width;
    flow.keep_next = flow.keep_next || keep_next;
    // A signature alone in a column is set as the layout sets it: in a cell padded by 4 pt.
    if (!in_grid) flow.width = std::max(1.0, flow.width - 2 * kSignaturePadding);
    double pending = gap;
    for (std::size_t k = 0; k < markup::kSignatureParts; ++k) {
      if (!sig.parts[k]) {
        pending += missing[k];
        continue;
      }
      Extra extra;
      double before = pending;
      if (k == static_cast<std::size_t>(markup::SignaturePart::name)) before += sig.space;
      if (before > 0) extra.space_before = before;
      paragraph(*sig.parts[k], flow, extra);
      pending = missing[k];
    }
    flow.keep_next = saved;
    flow.width = saved_width;
  }

  // For each part of the signatures `row` (in cells `width` wide): the height each block lacks
  // against the tallest of the row.
  std::vector<std::array<double, markup::kSignatureParts>> missing_heights(
      const std::vector<const markup::Signature*>& row, double width) {
    std::vector<std::array<double, markup::kSignatureParts>> heights(row.size());
    for (std::size_t k = 0; k < markup::kSignatureParts; ++k) {
      double tallest = 0;
      for (std::size_t s = 0; s < row.size(); ++s) {
        const std::optional<Paragraph>& part = row[s]->parts[k];
        double height = 0;
        if (part) {
          double line = 0;
          double baseline = 0;
          setter_.line_metrics(part->size, part->line_spacing, line, baseline);
          height = line * static_cast<double>(set_lines(*part, width).lines.size());
        }
        heights[s][k] = height;
        tallest = std::max(tallest, height);
      }
      for (std::size_t s = 0; s < row.size(); ++s) heights[s][k] = tallest - heights[s][k];
    }
    return heights;
  }

  // Signature blocks: a borderless table, a row of `columns` signers per table row that never
  // splits; an incomplete last row centred with empty cells of half a column on both sides.
  void signatures(const markup::Signatures& grid, Flow& flow) {
    if (grid.signatures.empty()) return;
    const auto columns = static_cast<std::size_t>(grid.columns);
    const double half = flow.width / static_cast<double>(2 * columns);
    pugi::xml_node table = begin_table(flow, grid.space_before);
    table_frame(table, kPlainTable, std::vector<double>(2 * columns, half), kSignaturePadding, std::nullopt);
    for (std::size_t first = 0; first < grid.signatures.size(); first += columns) {
      const std::size_t count = std::min(columns, grid.signatures.size() - first);
      pugi::xml_node tr = add(table, "w:tr");
      add(add(tr, "w:trPr"), "w:cantSplit");
      const std::size_t empty = columns - count;
      const bool centred = grid.center_last_row && empty > 0;
      auto blank = [&](std::size_t halves) {
        if (halves == 0) return;
        pugi::xml_node tc = cell(tr, half * static_cast<double>(halves), static_cast<int>(halves), nullptr);
        add(tc, "w:p");
      };
      if (centred) blank(empty);
      // The largest signing space of the row, as the layout uses, so the names line up.
      double space = 0;
      std::vector<const markup::Signature*> row;
      for (std::size_t s = first; s < first + count; ++s) {
        space = std::max(space, grid.signatures[s].space);
        row.push_back(&grid.signatures[s]);
      }
      const auto missing = missing_heights(row, 2 * half - 2 * kSignaturePadding);
      for (std::size_t s = first; s < first + count; ++s) {
        pugi::xml_node tc = cell(tr, 2 * half, 2, "top");
        Flow inner;
        inner.parent = tc;
        inner.width = 2 * half - 2 * kSignaturePadding;
        markup::Signature sig = grid.signatures[s];
        sig.space = space;
        // Rows after the first stand 12 pt below the one above, as in the layout.
        signature_parts(sig, inner, false, true, missing[s - first], first > 0 ? kSignatureRowGap : 0);
        if (inner.at_start) spacer(inner, false);
      }
      blank(centred ? empty : 2 * empty);
    }
    end_table(flow, grid.space_after);
  }

  // The body rows where a long table is cut into another Word table: at the start of a PDF page,
  // every kRowsPerPart rows or so. Why: LibreOffice lays out one table of n rows in time growing
  // as n² (2,000 rows: over a minute; 10,000: not done in 6 minutes), and Word grows slow on them
  // too; cut where the PDF's pages begin, each part starts a page with its header row, and the
  // pages look as they do in one table.
  std::vector<std::size_t> table_cuts(const markup::Table& source) {
    static constexpr std::size_t kLongTable = 300;
    static constexpr std::size_t kRowsPerPart = 200;
    std::vector<std::size_t> cuts;
    if (source.body.size() < kLongTable || source.head.empty()) return cuts;
    if (!page_starts_) {
      const std::vector<std::uint32_t> starts = layout::page_starts(doc_, fonts_);
      page_starts_.emplace(starts.begin(), starts.end());
    }
    std::size_t since = 0;
    for (std::size_t r = 0; r < source.body.size(); ++r, ++since) {
      if (since >= kRowsPerPart && source.body.size() - r >= kRowsPerPart / 4 &&
          page_starts_->count(source.body[r].offset) > 0) {
        cuts.push_back(r);
        since = 0;
      }
    }
    return cuts;
  }

  // A ruled table: header rows repeated on every page (w:tblHeader), no row split across pages;
  // a long one as several tables, each starting a page (table_cuts).
  void ruled_table(const markup::Table& source, Flow& flow) {
    const std::vector<std::size_t> cuts = table_cuts(source);
    // The same widths as the PDF's, fit= columns included, so that Word breaks the names alike;
    // measured once for every part of a long list.
    const std::vector<double> widths = layout::fit_columns(source, flow.width, fonts_, markup::resolve_widths(source.columns, flow.width));
    std::size_t from = 0;
    for (std::size_t part = 0; part <= cuts.size(); ++part) {
      const std::size_t to = part < cuts.size() ? cuts[part] : source.body.size();
      // begin_table puts a tiny paragraph with a page break before the next part.
      if (part > 0) flow.page_break = true;
      table_part(source, widths, from, to, part == 0, part == cuts.size(), flow);
      from = to;
    }
  }

  // The header rows and body rows [from, to) of `source` as one Word table.
  void table_part(const markup::Table& source, const std::vector<double>& widths, std::size_t from, std::size_t to, bool first,
                  bool last, Flow& flow) {
    pugi::xml_node table = begin_table(flow, first ? source.space_before : 0);
    table_frame(table, source.border > 0 ? kRuledTable : kPlainTable, widths, source.padding_x, source.padding_y);
    if (source.border > 0 && differs(source.border, 0.5)) {
      // Only a thickness other than the style's 0.5 pt is direct formatting.
      pugi::xml_node pr = table.child("w:tblPr");
      pugi::xml_node borders = pr.insert_child_after("w:tblBorders", pr.child("w:tblW"));
      for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        pugi::xml_node b = add(borders, side);
        b.append_attribute("w:val") = "single";
        b.append_attribute("w:sz") = std::max(2L, std::lround(source.border * 8));
        b.append_attribute("w:space") = 0;
        b.append_attribute("w:color") = "000000";
      }
    }
    // Why rows are written apart: a 10,000-row list as one XML tree took 170 MB and most of the
    // time in allocation; each row is built in a scratch tree, written out, and the tree reused.
    // The table holds a comment marking where the rows go (text is escaped, so no text can forge one).
    std::string& rows_xml = row_chunks_.emplace_back();
    table.append_child(pugi::node_comment).set_value(("thidua-rows-" + std::to_string(row_chunks_.size() - 1)).c_str());
    auto rows = [&](const std::vector<markup::Row>& list, bool head, std::size_t begin, std::size_t end) {
      for (std::size_t r = begin; r < end; ++r) {
        const markup::Row& row = list[r];
        scratch_.reset();
        pugi::xml_node tr = add(scratch_, "w:tr");
        pugi::xml_node pr = add(tr, "w:trPr");
        add(pr, "w:cantSplit");
        if (row.min_height > 0) {
          pugi::xml_node h = add(pr, "w:trHeight");
          h.append_attribute("w:val") = twips(row.min_height);
          h.append_attribute("w:hRule") = "atLeast";
        }
        if (head) add(pr, "w:tblHeader");
        std::size_t column = 0;
        for (const markup::Cell& c : row.cells) {
          double width = 0;
          for (int k = 0; k < c.colspan && column < widths.size(); ++k) width += widths[column++];
          const char* valign = c.valign == markup::VAlign::top ? nullptr
                               : c.valign == markup::VAlign::middle ? "center" : "bottom";
          pugi::xml_node tc = cell(tr, width, c.colspan, valign);
          Flow inner;
          inner.parent = tc;
          inner.width = width - 2 * source.padding_x;
          // A group heading row stays with the row under it (Word keeps rows whose paragraphs keep with the next).
          inner.keep_next = row.keep_with_next;
          paragraph(c.text, inner, Extra{});
        }
        append_serialised(scratch_, rows_xml);
      }
    };
    rows(source.head, true, 0, source.head.size());
    rows(source.body, false, from, to);
    end_table(flow, last ? source.space_after : 0);
  }

  // A bar chart as the table of its values: a row per category (its label, then each bar's
  // label), the series' legend as the header row. Why not drawn: a DrawingML chart or shapes
  // are not written yet; the values stay readable and editable. The table takes the chart's
  // height and is kept on one page as the chart is, so the pages break where the PDF's do.
  void chart_table(const markup::Chart& chart, Flow& flow) {
    std::size_t bars = chart.series.size();
    for (const markup::ChartGroup& group : chart.groups) bars = std::max(bars, group.bars.size());
    if (chart.groups.empty() || bars == 0) return;
    markup::Table table;
    table.columns.push_back(markup::WidthSpec{markup::WidthSpec::Kind::star, 2});
    for (std::size_t b = 0; b < bars; ++b) table.columns.push_back(markup::WidthSpec{markup::WidthSpec::Kind::star, 1});
    table.space_before = chart.space_before;
    table.space_after = chart.space_after;
    auto cell = [](const Paragraph& text, Align align) {
      markup::Cell c;
      c.text = text;
      c.text.role = markup::Role::cell;
      c.text.align = align;
      c.text.indent = c.text.space_before = c.text.space_after = 0;
      return c;
    };
    if (!chart.series.empty()) {
      markup::Row head;
      Paragraph corner = chart.series.front();
      corner.spans.clear();
      head.cells.push_back(cell(corner, Align::left));
      for (std::size_t b = 0; b < bars; ++b) {
        head.cells.push_back(cell(b < chart.series.size() ? chart.series[b] : corner, Align::center));
      }
      table.head.push_back(std::move(head));
    }
    for (const markup::ChartGroup& group : chart.groups) {
      markup::Row row;
      row.cells.push_back(cell(group.label, Align::left));
      for (std::size_t b = 0; b < bars; ++b) {
        Paragraph value = b < group.bars.size() ? group.bars[b].label : group.label;
        if (b >= group.bars.size()) value.spans.clear();
        row.cells.push_back(cell(value, Align::center));
      }
      table.body.push_back(std::move(row));
    }
    const double row_height = chart.height / static_cast<double>(table.head.size() + table.body.size());
    for (std::vector<markup::Row>* rows : {&table.head, &table.body}) {
      for (markup::Row& row : *rows) {
        row.min_height = row_height;
        row.keep_with_next = true;
      }
    }
    table.body.back().keep_with_next = chart.keep_with_next;
    ruled_table(table, flow);
  }

  // --- images ---

  void image(const markup::Image& source, Flow& flow) {
    // The one image reader: a regular file of bounded size, validated whole (src/image/).
    std::string why;
    std::string bytes;
    const std::optional<image::Info> pixels = image::validate_file(source.src, why, &bytes);
    if (pixels && pixels->format != image::Format::png && pixels->format != image::Format::jpeg) {
      why = tr("image '%1$s' is not a PNG or JPEG file", source.src);
    }
    if (!pixels || !why.empty() || bytes.empty()) {
      if (!lines_) lines_.emplace(doc_.source);
      diags_.error(lines_->locate(doc_.file, source.offset), why.empty() ? source.src : why);
      return;
    }
    const auto [width, height] = layout::image_size(*pixels, source.width, source.height, flow.width);
    Media media;
    const bool png = bytes.size() > 4 && bytes.compare(1, 3, "PNG") == 0;
    media.extension = png ? "png" : "jpeg";
    const std::string number = std::to_string(media_.size() + 1);
    // One part per distinct image: the logo of 500 letters is stored once.
    std::string rel_id;
    for (const Media& m : media_) {
      if (m.bytes == bytes) rel_id = m.rel_id;
    }
    if (rel_id.empty()) {
      media.part = "media/image" + number + "." + media.extension;
      media.rel_id = "rIdImage" + number;
      media.bytes = std::move(bytes);
      rel_id = media.rel_id;
      media_.push_back(std::move(media));
    }
    Paragraph holder;
    holder.align = source.align;
    holder.indent = 0;
    holder.space_before = source.space_before;
    holder.space_after = source.space_after;
    holder.line_spacing = doc_.defaults.line_spacing;
    holder.size = doc_.defaults.size;
    pugi::xml_node p = paragraph(holder, flow, Extra{});
    flow.last_text = nullptr;
    ++drawings_;
    pugi::xml_node inline_node = add(add(add(p, "w:r"), "w:drawing"), "wp:inline");
    for (const char* side : {"distT", "distB", "distL", "distR"}) inline_node.append_attribute(side) = 0;
    pugi::xml_node extent = add(inline_node, "wp:extent");
    extent.append_attribute("cx") = emu(width);
    extent.append_attribute("cy") = emu(height);
    pugi::xml_node doc_pr = add(inline_node, "wp:docPr");
    doc_pr.append_attribute("id") = drawings_;
    doc_pr.append_attribute("name") = ("Picture " + std::to_string(drawings_)).c_str();
    pugi::xml_node graphic = add(inline_node, "a:graphic");
    pugi::xml_node data = add(graphic, "a:graphicData");
    data.append_attribute("uri") = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    pugi::xml_node pic = add(data, "pic:pic");
    pugi::xml_node nv = add(pic, "pic:nvPicPr");
    pugi::xml_node c_nv = add(nv, "pic:cNvPr");
    c_nv.append_attribute("id") = drawings_;
    c_nv.append_attribute("name") = ("image" + std::to_string(drawings_) + "." + media.extension).c_str();
    add(nv, "pic:cNvPicPr");
    pugi::xml_node fill = add(pic, "pic:blipFill");
    add(fill, "a:blip").append_attribute("r:embed") = rel_id.c_str();
    add(add(fill, "a:stretch"), "a:fillRect");
    pugi::xml_node sp = add(pic, "pic:spPr");
    pugi::xml_node xfrm = add(sp, "a:xfrm");
    pugi::xml_node off = add(xfrm, "a:off");
    off.append_attribute("x") = 0;
    off.append_attribute("y") = 0;
    pugi::xml_node ext = add(xfrm, "a:ext");
    ext.append_attribute("cx") = emu(width);
    ext.append_attribute("cy") = emu(height);
    pugi::xml_node geometry = add(sp, "a:prstGeom");
    geometry.append_attribute("prst") = "rect";
    add(geometry, "a:avLst");
  }

  // --- the section ---

  void section(pugi::xml_node body) {
    pugi::xml_node sect = add(body, "w:sectPr");
    const markup::PageNumbers& numbers = doc_.page_numbers;
    if (numbers.enabled) {
      const char* which = numbers.top ? "w:headerReference" : "w:footerReference";
      pugi::xml_node ref = add(sect, which);
      ref.append_attribute("w:type") = "default";
      ref.append_attribute("r:id") = "rIdPageNumber";
      if (numbers.from > 1) {
        pugi::xml_node first = add(sect, which);
        first.append_attribute("w:type") = "first";
        first.append_attribute("r:id") = "rIdFirstPage";
      }
    }
    pugi::xml_node size = add(sect, "w:pgSz");
    size.append_attribute("w:w") = twips(doc_.page_width);
    size.append_attribute("w:h") = twips(doc_.page_height);
    if (doc_.page_width > doc_.page_height) size.append_attribute("w:orient") = "landscape";
    pugi::xml_node margins = add(sect, "w:pgMar");
    margins.append_attribute("w:top") = twips(doc_.margin_top);
    margins.append_attribute("w:right") = twips(doc_.margin_right);
    margins.append_attribute("w:bottom") = twips(doc_.margin_bottom);
    margins.append_attribute("w:left") = twips(doc_.margin_left);
    // The page number sits in the middle of its margin, as in the PDF.
    const double number_line = numbers.size * 1.15;
    margins.append_attribute("w:header") = twips(std::max(0.0, (doc_.margin_top - number_line) / 2));
    margins.append_attribute("w:footer") = twips(std::max(0.0, (doc_.margin_bottom - number_line) / 2));
    margins.append_attribute("w:gutter") = 0;
    add(sect, "w:cols").append_attribute("w:space") = 720;
    if (numbers.enabled && numbers.from > 1) add(sect, "w:titlePg");
  }

  // `xml` with each "<!--thidua-rows-N-->" replaced by the rows of table N.
  std::string splice_rows(const std::string& xml) {
    if (row_chunks_.empty()) return xml;
    std::size_t total = xml.size();
    for (const std::string& chunk : row_chunks_) total += chunk.size();
    std::string out;
    out.reserve(total);
    static constexpr std::string_view kMarker = "<!--thidua-rows-";
    std::size_t from = 0;
    for (std::size_t at = xml.find(kMarker); at != std::string::npos; at = xml.find(kMarker, from)) {
      out.append(xml, from, at - from);
      const std::size_t number_end = xml.find("-->", at);
      const std::size_t index = std::stoul(xml.substr(at + kMarker.size(), number_end - at - kMarker.size()));
      out += row_chunks_.at(index);
      row_chunks_[index] = std::string();
      from = number_end + 3;
    }
    out.append(xml, from, std::string::npos);
    return out;
  }

  const markup::Document& doc_;
  const std::vector<StyleSpec>& styles_;
  Lists lists_;
  const layout::FontSet& fonts_;
  pugi::xml_document scratch_;
  std::vector<std::string> row_chunks_;
  layout::LineSetter setter_;
  std::vector<layout::Draw> draws_;
  layout::SetText set_;
  Diagnostics& diags_;
  std::vector<Media> media_;
  std::optional<LineIndex> lines_;
  // The markup offsets where the PDF's pages begin (computed for the first long table).
  std::optional<std::unordered_set<std::uint32_t>> page_starts_;
  int drawings_ = 0;
};

}  // namespace

Body body_xml(const markup::Document& document, const std::vector<StyleSpec>& styles, const layout::FontSet& fonts,
              Diagnostics& diags) {
  return BodyWriter(document, styles, fonts, diags).write();
}

}  // namespace thidua::docx::detail
