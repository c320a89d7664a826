// The loader's driver: encoding checks, XML parsing, the element tree, then the cross-checks.
#include "load/load_event.h"

#include <filesystem>

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

std::optional<model::Event> load_event(const std::string& path, Diagnostics& diags) {
  const FileBytes file = read_file_bytes(path);
  if (!file.bytes) throw Failure(ExitCode::io_or_internal, {path, 0, 0}, tr("cannot read file: %1$s", file.error));
  return load_event_from_string(*file.bytes, path, parent_dir(path), diags);
}

std::optional<model::Event> load_event_from_string(std::string_view bytes, const std::string& display_name,
                                                   const std::string& base_dir, Diagnostics& diags) {
  const std::size_t errors_before = diags.error_count();
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
  LoadContext ctx{xml, diags, event, parent_dir(display_name), base_dir, {}, {}, {}};
  read_event(ctx, root);
  check_event(ctx);
  if (diags.error_count() > errors_before) return std::nullopt;
  return event;
}

}  // namespace thidua::load
