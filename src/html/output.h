// Writing the html stage's files: atomic whole-file writes and reads, and a content hash for names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace thidua::html {

// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a reader
// never sees half a page; creates missing folders. Leaves `path` untouched (and returns false)
// when it already holds exactly `bytes`. Throws Failure(io_or_internal) on error.
bool write_file_atomic(const std::string& path, std::string_view bytes);
// Reads a whole file; throws Failure(io_or_internal) naming `path` when it cannot.
std::string read_whole_file(const std::string& path);
// 64-bit FNV-1a of `bytes` as 16 lower-case hex digits: names media files by their content.
std::string content_hash(std::string_view bytes);

}  // namespace thidua::html
