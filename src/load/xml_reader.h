// Reading the event XML with pugixml: parsing, locations of elements, attributes and text, checked values.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "load/schema.h"

namespace thidua::load {

// A text value read from the input: NFC, white space squashed, with where it starts.
struct Value {
  std::string text;  // the normalised text ("" when absent)
  SourceLoc where;   // where the value starts, or its element when absent
  bool present = false;  // false when absent or empty after squashing

  // True when the value is present and not empty.
  explicit operator bool() const { return present; }
};

// One XML document and its source text; every problem found while reading goes to `diags`.
class XmlReader {
 public:
  // Reads `text` (UTF-8 without BOM, already checked) named `file` in messages; both must outlive the reader.
  XmlReader(std::string_view text, const std::string& file, Diagnostics& diags);

  // Parses the text; on malformed XML reports where and why, and returns false.
  bool parse(pugi::xml_document& doc);

  // The file name used in messages.
  const std::string& file() const { return file_; }
  // The diagnostics everything is reported to.
  Diagnostics& diags() { return diags_; }

  // The location of byte `offset`; cheap when offsets are asked for roughly in document order.
  SourceLoc locate(std::size_t offset);
  // The location of the '<' that starts `element`.
  SourceLoc element_loc(pugi::xml_node element);
  // The location of attribute `name` of `element` (its name), or of the element when absent.
  SourceLoc attr_loc(pugi::xml_node element, std::string_view name);

  // Reports every structural problem of `element` against `spec`: unknown, duplicate or
  // missing attributes; unknown, misplaced, repeated or missing children; stray or missing text.
  void check_structure(pugi::xml_node element, const ElementSpec& spec);

  // The checked, normalised value of attribute `name` (absent when missing or empty).
  Value attr(pugi::xml_node element, std::string_view name);
  // The checked, normalised text directly inside `element` (its child elements excluded).
  Value text(pugi::xml_node element);

 private:
  // Where one attribute sits in its start tag.
  struct AttrPos {
    std::size_t name = 0;         // offset of the name
    std::size_t value_begin = 0;  // offset just after the opening quote
    std::size_t value_end = 0;    // offset of the closing quote
  };
  // A known line and column, to count forward from.
  struct Cursor {
    std::size_t offset = 0;
    int line = 0;
    int column = 0;
  };

  const std::vector<AttrPos>& attr_positions(pugi::xml_node element);
  std::size_t element_offset(pugi::xml_node element) const;
  std::size_t text_start(pugi::xml_node text_node) const;
  void report_parse_error(const pugi::xml_parse_result& result);
  void check_attributes(pugi::xml_node element, const ElementSpec& spec);
  void check_children(pugi::xml_node element, const ElementSpec& spec);
  Value finish_value(std::string decoded, SourceLoc where, const std::vector<std::pair<std::size_t, std::size_t>>& raw);

  std::string_view text_;
  std::string file_;
  Diagnostics& diags_;
  LineIndex index_;
  Cursor last_;    // the last location computed
  Cursor anchor_;  // the start of the last element located, for its attributes and text
  pugi::xml_node scanned_;  // the element whose attribute positions are cached
  std::vector<AttrPos> positions_;
};

// The element open at byte `offset` of well-formed-so-far XML `text` and where it starts
// (an empty name when none is open); used to explain a mismatched end tag.
std::pair<std::string, std::size_t> open_element_at(std::string_view text, std::size_t offset);

}  // namespace thidua::load
