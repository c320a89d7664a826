// The archive manifest: deterministic JSON writing and strict reading.
#include "archive/manifest.h"
#include "i18n/i18n.h"

#include <algorithm>
#include <type_traits>
#include <nlohmann/json.hpp>

namespace thidua::archive {

using json = nlohmann::ordered_json;

namespace {

constexpr const char* format_tag = "thidua-archive/1";

json file_json(const FileEntry& file) {
  return json{{"path", file.path}, {"sha256", file.sha256}, {"size", file.size}};
}

json event_json(const EventEntry& event) {
  return json{{"id", event.id},           {"source", event.source_name},
              {"source_copy", event.source_copy}, {"sha256", event.sha256},
              {"size", event.size},       {"folder", event.folder},
              {"outputs", event.outputs}, {"inputs", event.inputs}};
}

// Reads a required member, recording a located error when it is missing or mistyped.
template <typename T>
T member(const json& object, const char* key, const std::string& where, const SourceLoc& loc,
         Diagnostics& diags) {
  auto found = object.find(key);
  if (found == object.end()) {
    diags.error(loc, tr("manifest: missing '%1$s' in %2$s", key, where));
    return T{};
  }
  // A size is a whole number of bytes: 1.5, -3 or 1e90 is the wrong type, never converted
  // (nlohmann would wrap a negative one and convert an out-of-range float with undefined behaviour).
  if constexpr (std::is_same_v<T, std::uint64_t>) {
    if (!found->is_number_unsigned()) {
      diags.error(loc, tr("manifest: '%1$s' in %2$s has the wrong type", key, where));
      return T{};
    }
  }
  try {
    return found->get<T>();
  } catch (const json::exception&) {
    diags.error(loc, tr("manifest: '%1$s' in %2$s has the wrong type", key, where));
    return T{};
  }
}

// The members of one JSON object of the manifest, which messages name `what` ("file 'a.pdf'").
struct Members {
  const json& object;
  std::string what;
  const SourceLoc& where;
  Diagnostics& diags;

  // The required member `key` (see member()).
  template <typename T>
  T get(const char* key) const {
    return member<T>(object, key, what, where, diags);
  }
};

// True for a relative path with no ".." part: verify must never read outside the archive.
bool inside_archive(const std::string& path) {
  if (path.empty() || path.front() == '/') return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    if (path.compare(start, slash - start, "..") == 0 && slash - start == 2) return false;
    start = slash + 1;
  }
  return true;
}

}  // namespace

std::string to_json(const Manifest& manifest) {
  Manifest sorted = manifest;
  std::sort(sorted.files.begin(), sorted.files.end());
  std::sort(sorted.events.begin(), sorted.events.end(),
            [](const EventEntry& a, const EventEntry& b) { return a.folder < b.folder; });
  std::sort(sorted.failed.begin(), sorted.failed.end());
  json root;
  root["format"] = format_tag;
  root["thidua_version"] = sorted.thidua_version;
  root["events"] = json::array();
  for (const EventEntry& event : sorted.events) root["events"].push_back(event_json(event));
  root["failed"] = sorted.failed;
  root["files"] = json::array();
  for (const FileEntry& file : sorted.files) root["files"].push_back(file_json(file));
  return root.dump(2) + "\n";
}

Manifest parse_manifest(const std::string& text, const std::string& display_name, Diagnostics& diags) {
  Manifest manifest;
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& error) {
    LineIndex index(text);
    diags.error(index.locate(display_name, error.byte > 0 ? error.byte - 1 : 0),
                _("the manifest is not valid JSON"));
    return manifest;
  } catch (const json::exception&) {
    // A number too large for a double ("size": 1e400) is valid JSON nlohmann cannot hold: a
    // damaged manifest all the same.
    diags.error({display_name, 0, 0}, _("the manifest is damaged: it holds a number too large to read"));
    return manifest;
  }
  const SourceLoc whole{display_name, 0, 0};
  // Compared as JSON, not read with value(): "format": 1 is a foreign file, not a type error.
  const auto format = root.find("format");
  if (!root.is_object() || format == root.end() || *format != format_tag) {
    diags.error(whole, tr("not a thidua archive manifest (expected \"format\": \"%1$s\")", format_tag));
    return manifest;
  }
  const Members top{root, _("the manifest"), whole, diags};
  manifest.thidua_version = top.get<std::string>("thidua_version");
  manifest.failed = top.get<std::vector<std::string>>("failed");
  for (const json& file : top.get<json>("files")) {
    FileEntry entry;
    entry.path = Members{file, _("a file entry"), whole, diags}.get<std::string>("path");
    const Members fields{file, tr("file '%1$s'", entry.path), whole, diags};
    entry.sha256 = fields.get<std::string>("sha256");
    entry.size = fields.get<std::uint64_t>("size");
    if (!inside_archive(entry.path)) {
      diags.error(whole, tr("manifest: file path '%1$s' leads out of the archive", entry.path));
      continue;
    }
    manifest.files.push_back(std::move(entry));
  }
  for (const json& event : top.get<json>("events")) {
    EventEntry entry;
    entry.id = Members{event, _("an event entry"), whole, diags}.get<std::string>("id");
    const Members fields{event, tr("event '%1$s'", entry.id), whole, diags};
    entry.source_name = fields.get<std::string>("source");
    entry.source_copy = fields.get<std::string>("source_copy");
    entry.sha256 = fields.get<std::string>("sha256");
    entry.size = fields.get<std::uint64_t>("size");
    entry.folder = fields.get<std::string>("folder");
    entry.outputs = fields.get<std::vector<std::string>>("outputs");
    // Archives made before inputs were kept have none listed.
    if (event.contains("inputs")) entry.inputs = fields.get<std::vector<std::string>>("inputs");
    manifest.events.push_back(std::move(entry));
  }
  return manifest;
}

}  // namespace thidua::archive
