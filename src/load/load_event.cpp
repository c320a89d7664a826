// The loader's driver: encoding checks, XML parsing, the element tree, then the cross-checks.
#include "load/load_event.h"

#include <filesystem>
#include <fstream>

#include "load/context.h"
#include "load/read_file.h"
#include "i18n/i18n.h"

namespace thidua::load {

namespace {

std::string parent_dir(const std::string& path) { return std::filesystem::path(path).parent_path().string(); }

std::string join(const std::string& dir, const std::string& relative) {
  if (dir.empty() || std::filesystem::path(relative).is_absolute()) return relative;
  return (std::filesystem::path(dir) / relative).string();
}

}  // namespace

void LoadContext::origin(std::string field, const Value& value) {
  if (!value) return;
  event.origins.push_back({std::move(field), value.where, value.text});
}

std::string LoadContext::display_path(const std::string& relative) const { return join(display_dir, relative); }

std::string LoadContext::disk_path(const std::string& relative) const { return join(base_dir, relative); }

std::optional<std::string> xml_root_name(std::string_view head) {
  std::size_t at = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const auto skip_space = [&] {
    while (at < head.size() && (head[at] == ' ' || head[at] == '\t' || head[at] == '\r' || head[at] == '\n')) ++at;
  };
  // Skips from `at` past the next `close`; false when the text ends first.
  const auto skip_past = [&](std::string_view close) {
    const std::size_t end = head.find(close, at);
    if (end == std::string_view::npos) return false;
    at = end + close.size();
    return true;
  };
  for (;;) {
    skip_space();
    if (at >= head.size() || head[at] != '<') return std::nullopt;
    const std::string_view rest = head.substr(at);
    if (rest.starts_with("<?")) {
      if (!skip_past("?>")) return std::nullopt;
    } else if (rest.starts_with("<!--")) {
      if (!skip_past("-->")) return std::nullopt;
    } else if (rest.starts_with("<!")) {
      // A DOCTYPE, possibly with an internal subset in brackets.
      const std::size_t bracket = head.find('[', at);
      const std::size_t close = head.find('>', at);
      if (close == std::string_view::npos) return std::nullopt;
      if (bracket != std::string_view::npos && bracket < close) {
        if (!skip_past("]")) return std::nullopt;
      }
      if (!skip_past(">")) return std::nullopt;
    } else {
      std::size_t end = at + 1;
      while (end < head.size() && head[end] != '>' && head[end] != '/' && head[end] != ' ' && head[end] != '\t' &&
             head[end] != '\r' && head[end] != '\n') {
        ++end;
      }
      if (end >= head.size() || end == at + 1) return std::nullopt;
      return std::string(head.substr(at + 1, end - at - 1));
    }
  }
}

std::string not_an_event_file(const std::string& path) {
  constexpr std::size_t probe_bytes = 64 * 1024;
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::string head(probe_bytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const std::optional<std::string> root = xml_root_name(head);
  if (!root || *root == "event") return {};
  return tr("its top-level element is <%1$s>, not <event>", *root);
}

std::optional<model::Event> load_event(const std::string& path, Diagnostics& diags) {
  const FileBytes file = read_file_bytes(path, max_event_file_bytes);
  if (file.too_large) {
    diags.error({path, 0, 0}, tr("the event file is larger than %1$d MB; put long lists in CSV files",
                                 max_event_file_bytes >> 20));
    return std::nullopt;
  }
  if (!file.bytes) throw Failure(ExitCode::io_or_internal, {path, 0, 0}, tr("cannot read file: %1$s", file.error));
  return load_event_from_string(*file.bytes, path, parent_dir(path), diags);
}

std::optional<model::Event> load_event_from_string(std::string_view bytes, const std::string& display_name,
                                                   const std::string& base_dir, Diagnostics& diags) {
  const std::size_t errors_before = diags.error_count();
  if (bytes.size() > max_event_file_bytes) {
    diags.error({display_name, 0, 0}, tr("the event file is larger than %1$d MB; put long lists in CSV files",
                                         max_event_file_bytes >> 20));
    return std::nullopt;
  }
  const std::optional<std::string> text =
      decode_text(bytes, display_name, LegacyPolicy::reject, _("the file is empty; expected an <event> element"), diags);
  if (!text) return std::nullopt;

  XmlReader xml(*text, display_name, diags);
  pugi::xml_document doc;
  if (!xml.parse(doc)) return std::nullopt;

  pugi::xml_node root;
  for (pugi::xml_node top : doc.children()) {
    if (top.type() != pugi::node_element) continue;
    if (!root) {
      root = top;
    } else {
      // pugixml accepts several top-level elements; XML (and this format) does not.
      diags.error(xml.element_loc(top),
                  tr("a second top-level element <%1$s>; the file must hold exactly one <event> element", top.name()));
    }
  }
  if (std::string_view(root.name()) != "event") {
    diags.error(xml.element_loc(root), tr("the top-level element is <%1$s>; expected <event>", root.name()));
    return std::nullopt;
  }

  model::Event event;
  event.source_file = display_name;
  event.source_dir = base_dir.empty() ? "." : base_dir;
  LoadContext ctx{xml, diags, event, parent_dir(display_name), base_dir, {}, {}, {}, false, {}};
  read_event(ctx, root);
  check_event(ctx);
  if (diags.error_count() > errors_before) return std::nullopt;
  return event;
}

}  // namespace thidua::load
