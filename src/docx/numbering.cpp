// word/numbering.xml from the markup's lists: which Word list (w:num) each list paragraph joins, so
// that Word renumbers the items when a clerk inserts or deletes one.
#include <map>

#include "docx/parts.h"

namespace thidua::docx::detail {

namespace {

using markup::ListKind;

bool is_bullet(ListKind kind) { return kind == ListKind::dash || kind == ListKind::plus; }

// One run of a list Word counts: a w:num of its kind's abstractNum, starting at `start`.
struct Instance {
  ListKind kind = ListKind::none;
  int start = 1;
  std::vector<const markup::Paragraph*> items;
  bool typed = false;  // left as typed text (Word could not count it the documents' way)
};

class Planner {
 public:
  void blocks(const std::vector<markup::Block>& list) {
    for (const markup::Block& block : list) {
      if (const auto* p = std::get_if<markup::Paragraph>(&block.content)) {
        paragraph(*p);
      } else if (const auto* columns = std::get_if<markup::Columns>(&block.content)) {
        for (const markup::Column& column : columns->columns) blocks(column.blocks);
      }
    }
  }

  std::vector<Instance> instances;

 private:
  void paragraph(const markup::Paragraph& p) {
    const markup::ListMark& mark = p.list;
    // A centred item is written line by line as the PDF breaks it; its label stays text.
    if (mark.kind == ListKind::none || p.align == markup::Align::center) return;
    Current& current = current_[mark.kind];
    // An item continues its list when it is the next number (bullets: always); "1." after "3."
    // (the items of the next section) starts a new one.
    const bool continues = current.instance >= 0 && (is_bullet(mark.kind) || mark.number == current.last + 1);
    if (!continues) {
      current.instance = static_cast<int>(instances.size());
      Instance& fresh = instances.emplace_back();
      fresh.kind = mark.kind;
      fresh.start = is_bullet(mark.kind) ? 1 : mark.number;
    }
    Instance& instance = instances[static_cast<std::size_t>(current.instance)];
    instance.items.push_back(&p);
    // Word's lowerLetter counts a b c d e f …, the documents a b c d đ e g …: equal up to "d)".
    if (mark.kind == ListKind::lower_letter && mark.number > 4) instance.typed = true;
    current.last = mark.number;
  }

  struct Current {
    int instance = -1;
    int last = 0;
  };
  std::map<ListKind, Current> current_;
};

// The level's number format and text ("%1." is the counter followed by a full stop).
void level_format(ListKind kind, const char*& format, const char*& text) {
  switch (kind) {
    case ListKind::decimal: format = "decimal"; text = "%1."; return;
    case ListKind::upper_roman: format = "upperRoman"; text = "%1."; return;
    case ListKind::lower_letter: format = "lowerLetter"; text = "%1)"; return;
    case ListKind::dash: format = "bullet"; text = "-"; return;
    case ListKind::plus: format = "bullet"; text = "+"; return;
    case ListKind::none: break;
  }
  format = "none";
  text = "";
}

}  // namespace

int Lists::num_id(const markup::Paragraph& p) const {
  const auto found = num_of.find(&p);
  return found == num_of.end() ? 0 : found->second;
}

void list_indent(pugi::xml_node ppr_or_lvl_ppr, double first_line) {
  pugi::xml_node ind = add(ppr_or_lvl_ppr, "w:ind");
  ind.append_attribute("w:left") = 0;
  ind.append_attribute("w:firstLine") = twips(first_line);
}

Lists plan_lists(const markup::Document& document) {
  Planner planner;
  planner.blocks(document.blocks);
  Lists lists;
  // One abstractNum per kind in order of first use, one w:num per counted run.
  std::vector<ListKind> kinds;
  std::map<ListKind, const markup::Paragraph*> first_of;
  for (const Instance& instance : planner.instances) {
    if (instance.typed) continue;
    if (first_of.emplace(instance.kind, instance.items.front()).second) kinds.push_back(instance.kind);
  }
  if (kinds.empty()) return lists;
  pugi::xml_document xml;
  pugi::xml_node root = start_part(xml, "w:numbering");
  std::map<ListKind, long> abstract_of;
  for (const ListKind kind : kinds) {
    const long id = static_cast<long>(abstract_of.size());
    abstract_of[kind] = id;
    pugi::xml_node abstract = add(root, "w:abstractNum");
    abstract.append_attribute("w:abstractNumId") = id;
    add_val(abstract, "w:multiLevelType", "singleLevel");
    pugi::xml_node level = add(abstract, "w:lvl");
    level.append_attribute("w:ilvl") = 0;
    const char* format = nullptr;
    const char* text = nullptr;
    level_format(kind, format, text);
    add_val(level, "w:start", 1L);
    add_val(level, "w:numFmt", format);
    // A space after the label, not Word's default tab: the line reads as the typed "1. …" of the PDF.
    add_val(level, "w:suff", "space");
    add_val(level, "w:lvlText", text);
    add_val(level, "w:lvlJc", "left");
    // An item the clerk adds gets the indent of the list's first item.
    list_indent(add(level, "w:pPr"), first_of[kind]->indent);
  }
  int next_id = 1;
  for (const Instance& instance : planner.instances) {
    if (instance.typed) continue;
    const int id = next_id++;
    pugi::xml_node num = add(root, "w:num");
    num.append_attribute("w:numId") = id;
    add_val(num, "w:abstractNumId", abstract_of[instance.kind]);
    // Every run restarts explicitly: without it Word carries one count over all runs of a kind.
    pugi::xml_node override_node = add(num, "w:lvlOverride");
    override_node.append_attribute("w:ilvl") = 0;
    add_val(override_node, "w:startOverride", static_cast<long>(instance.start));
    for (const markup::Paragraph* p : instance.items) lists.num_of[p] = id;
  }
  lists.xml = serialise(xml);
  return lists;
}

}  // namespace thidua::docx::detail
