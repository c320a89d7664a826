// The archive manifest: every file with its SHA-256 and size, every source event, the version.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace thidua::archive {

// One file of the archive, by its path relative to the archive root ('/' separators).
struct FileEntry {
  std::string path;
  std::string sha256;
  std::uint64_t size = 0;
  auto operator<=>(const FileEntry&) const = default;
};

// One event built into the archive.
struct EventEntry {
  std::string id;
  // The event file's path relative to the folder given to `build` (its name when the file
  // itself was given): machine-independent, and where `thidua restore` puts it back.
  std::string source_name;
  std::string source_copy;  // the copy of the event file inside the archive
  std::string sha256;       // of the event file
  std::uint64_t size = 0;
  std::string folder;       // where its documents are, relative to the root
  std::vector<std::string> outputs;  // its documents and inputs, relative to the root
  std::vector<std::string> inputs;   // the files the event names, as written (relative to its file)
};

// The whole manifest.
struct Manifest {
  std::string thidua_version;
  std::vector<EventEntry> events;  // sorted by folder
  std::vector<FileEntry> files;    // sorted by path; the manifest itself is not listed
  std::vector<std::string> failed; // event files that could not be built (as source_name)
};

// The manifest's file name at the archive root.
inline constexpr const char* manifest_name = "manifest.json";

// Deterministic JSON (sorted, two-space indent, trailing newline).
std::string to_json(const Manifest& manifest);
// Parses manifest JSON; problems go to `diags` located in `display_name`.
Manifest parse_manifest(const std::string& json, const std::string& display_name, Diagnostics& diags);

}  // namespace thidua::archive
