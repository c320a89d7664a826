// The archive manifest: deterministic JSON writing and strict reading.
#include "archive/manifest.h"

#include <algorithm>
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
              {"outputs", event.outputs}};
}

// Reads a required member, recording a located error when it is missing or mistyped.
template <typename T>
T member(const json& object, const char* key, const std::string& where, const SourceLoc& loc,
         Diagnostics& diags) {
  auto found = object.find(key);
  if (found == object.end()) {
    diags.error(loc, "manifest: missing '" + std::string(key) + "' in " + where);
    return T{};
  }
  try {
    return found->get<T>();
  } catch (const json::exception&) {
    diags.error(loc, "manifest: '" + std::string(key) + "' in " + where + " has the wrong type");
    return T{};
  }
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
                "the manifest is not valid JSON");
    return manifest;
  }
  const SourceLoc whole{display_name, 0, 0};
  if (!root.is_object() || root.value("format", "") != format_tag) {
    diags.error(whole, std::string("not a thidua archive manifest (expected \"format\": \"") + format_tag + "\")");
    return manifest;
  }
  manifest.thidua_version = member<std::string>(root, "thidua_version", "the manifest", whole, diags);
  manifest.failed = member<std::vector<std::string>>(root, "failed", "the manifest", whole, diags);
  for (const json& file : member<json>(root, "files", "the manifest", whole, diags)) {
    FileEntry entry;
    entry.path = member<std::string>(file, "path", "a file entry", whole, diags);
    entry.sha256 = member<std::string>(file, "sha256", "file '" + entry.path + "'", whole, diags);
    entry.size = member<std::uint64_t>(file, "size", "file '" + entry.path + "'", whole, diags);
    manifest.files.push_back(std::move(entry));
  }
  for (const json& event : member<json>(root, "events", "the manifest", whole, diags)) {
    EventEntry entry;
    entry.id = member<std::string>(event, "id", "an event entry", whole, diags);
    entry.source_name = member<std::string>(event, "source", "event '" + entry.id + "'", whole, diags);
    entry.source_copy = member<std::string>(event, "source_copy", "event '" + entry.id + "'", whole, diags);
    entry.sha256 = member<std::string>(event, "sha256", "event '" + entry.id + "'", whole, diags);
    entry.size = member<std::uint64_t>(event, "size", "event '" + entry.id + "'", whole, diags);
    entry.folder = member<std::string>(event, "folder", "event '" + entry.id + "'", whole, diags);
    entry.outputs = member<std::vector<std::string>>(event, "outputs", "event '" + entry.id + "'", whole, diags);
    manifest.events.push_back(std::move(entry));
  }
  return manifest;
}

}  // namespace thidua::archive
