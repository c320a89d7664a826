// Parsing the event XML and explaining malformed XML at the place of the fault.
#include <algorithm>
#include <vector>

#include "load/xml_reader.h"
#include "i18n/i18n.h"
#include "xml/depth.h"

namespace thidua::load {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_name_end(char c) { return is_space(c) || c == '>' || c == '/' || c == '<' || c == '='; }

std::string name_at(std::string_view text, std::size_t offset) {
  std::size_t end = offset;
  while (end < text.size() && end - offset < 64 && !is_name_end(text[end])) ++end;
  return std::string(text.substr(offset, end - offset));
}

// The offset after the end of a markup construct that starts at `from` and ends with `close`.
std::size_t skip_past(std::string_view text, std::size_t from, std::string_view close) {
  const std::size_t found = text.find(close, from);
  return found == std::string_view::npos ? text.size() : found + close.size();
}

// The last offset at or before `offset` where `what` starts, within `reach` bytes; npos if none.
std::size_t find_back(std::string_view text, std::size_t offset, std::string_view what, std::size_t reach) {
  const std::size_t found = text.rfind(what, offset);
  if (found == std::string_view::npos || offset - found > reach) return std::string_view::npos;
  return found;
}

}  // namespace

std::pair<std::string, std::size_t> open_element_at(std::string_view text, std::size_t offset) {
  // The text before `offset` parsed without error, so tags there are well formed: a
  // linear scan with a stack (on the heap, so deep nesting cannot overflow anything).
  std::vector<std::pair<std::size_t, std::size_t>> stack;  // name offset, '<' offset
  std::size_t i = 0;
  offset = std::min(offset, text.size());
  while (i < offset) {
    const std::size_t lt = text.find('<', i);
    if (lt == std::string_view::npos || lt >= offset) break;
    const std::string_view rest = text.substr(lt);
    if (rest.starts_with("<!--")) {
      i = skip_past(text, lt + 4, "-->");
    } else if (rest.starts_with("<![CDATA[")) {
      i = skip_past(text, lt + 9, "]]>");
    } else if (rest.starts_with("<?")) {
      i = skip_past(text, lt + 2, "?>");
    } else if (rest.starts_with("<!")) {
      // A DOCTYPE may hold an internal subset in brackets, itself holding '>'.
      const std::size_t gt = std::min(text.find('>', lt), text.size());
      const std::size_t bracket = text.substr(lt, gt - lt).find('[');
      i = bracket != std::string_view::npos ? skip_past(text, skip_past(text, lt + bracket, "]"), ">")
                                            : skip_past(text, lt, ">");
    } else if (rest.starts_with("</")) {
      if (!stack.empty()) stack.pop_back();
      i = skip_past(text, lt, ">");
    } else {
      std::size_t j = lt + 1;
      while (j < text.size() && text[j] != '>') {
        if (text[j] == '"' || text[j] == '\'') {
          const std::size_t close = text.find(text[j], j + 1);
          j = close == std::string_view::npos ? text.size() : close;
        }
        ++j;
      }
      if (j >= text.size() || text[j - 1] != '/') stack.emplace_back(lt + 1, lt);
      i = j + 1;
    }
  }
  if (stack.empty()) return {"", 0};
  return {name_at(text, stack.back().first), stack.back().second};
}

bool XmlReader::parse(pugi::xml_document& doc) {
  // parse_default: text, CDATA, entities, end-of-line normalisation. Not parse_doctype or
  // parse_pi (not needed), and pugixml never expands entities declared in a DOCTYPE.
  const pugi::xml_parse_result result =
      doc.load_buffer(text_.data(), text_.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    report_parse_error(result);
    return false;
  }
  // The loader walks the tree recursively: a hostile file nested thousands deep is refused.
  if (const pugi::xml_node deep = xml::too_deep(doc)) {
    diags_.error(element_loc(deep), tr("elements nested more than %1$d deep", xml::max_depth));
    return false;
  }
  return true;
}

void XmlReader::report_parse_error(const pugi::xml_parse_result& result) {
  const std::size_t offset = std::min(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, result.offset)), text_.size());
  std::size_t at = offset;
  std::string message;
  // Points at the `start` of the broken construct instead, when it is at most `reach` bytes back.
  const auto back_to = [&](std::string_view start, std::size_t reach) {
    const std::size_t found = find_back(text_, offset, start, reach);
    if (found != std::string_view::npos) at = found;
  };
  switch (result.status) {
    case pugi::status_unrecognized_tag:
      back_to("<", 2);
      message = _("'<' does not start a valid tag here; to write '<' in text, write &lt;");
      break;
    case pugi::status_bad_pi:
      back_to("<?", offset);
      message = _("malformed processing instruction or XML declaration: expected <?… ?>");
      break;
    case pugi::status_bad_comment:
      back_to("<!--", offset);
      message = _("malformed comment: expected <!-- … --> (with no '--' inside)");
      break;
    case pugi::status_bad_cdata:
      back_to("<![CDATA[", offset);
      message = _("unterminated CDATA section: expected <![CDATA[ … ]]>");
      break;
    case pugi::status_bad_doctype:
      message = _("malformed <!DOCTYPE …> declaration");
      break;
    case pugi::status_bad_pcdata:
      message = _("malformed text");
      break;
    case pugi::status_bad_start_element:
      message = _("malformed start tag: expected an element name, attributes name=\"value\", then > or />");
      break;
    case pugi::status_bad_attribute:
      if (offset < text_.size() && offset > 0 && text_[offset - 1] == '=' && text_[offset] != '"' &&
          text_[offset] != '\'') {
        message = _("attribute value without quotes: write name=\"value\"");
      } else {
        message = _("malformed attribute: expected name=\"value\"");
      }
      break;
    case pugi::status_bad_end_element:
      message = _("malformed end tag: expected </name>");
      break;
    case pugi::status_end_element_mismatch: {
      const std::size_t lt = text_.rfind('<', offset);
      const bool end_tag = lt != std::string_view::npos && lt + 1 < text_.size() && text_[lt + 1] == '/';
      const std::size_t scan_to = end_tag ? lt : text_.size();
      const auto [open_name, open_at] = open_element_at(text_, scan_to);
      if (end_tag) {
        at = lt;
        const std::string closing = name_at(text_, lt + 2);
        message = open_name.empty() ? tr("</%1$s> closes no open element", closing)
                                    : tr("</%1$s> does not match <%2$s> (opened at line %3$d); expected </%2$s>",
                                         closing, open_name, locate(open_at).line);
      } else if (open_name.empty()) {
        message = _("the file ends inside an unfinished element");
      } else {
        // Point at the element left open: the end of the file says nothing about where to fix it.
        at = open_at;
        message = tr("<%1$s> is never closed; expected </%1$s> before the end of the file", open_name);
      }
      break;
    }
    case pugi::status_no_document_element:
      at = 0;
      message = _("no <event> element: the file holds no XML element");
      break;
    default:
      message = tr("cannot parse the XML: %1$s", result.description());
      break;
  }
  diags_.error(locate(at), message);
}

}  // namespace thidua::load
