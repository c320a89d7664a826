// File I/O shared by every writer: whole-file reads, atomic writes, and SHA-256 digests.
#pragma once

#include <string>
#include <string_view>

namespace thidua::io {

// Reads the whole file; throws thidua::Failure (exit 3) with a clear message on any error,
// including when `path` is a directory.
std::string read_file(const std::string& path);

// What write_file_atomic does when the folder of the file does not exist.
enum class MissingFolders {
  create,  // make them (archive builds)
  fail,    // an error naming the folder (a command's -o: a typo must not make folders)
};

// Writes `bytes` to `path` atomically: a temporary file in the same folder, then
// renamed over `path`, so readers never see a half-written file; a killed run leaves only
// a temporary (is_temporary_name) that a rerun removes. Returns false (and leaves the file
// untouched) when `path` already holds exactly `bytes`. Throws Failure (exit 3) on error.
bool write_file_atomic(const std::string& path, std::string_view bytes,
                       MissingFolders folders = MissingFolders::create);

// A temporary path beside `path` for a writer that must produce the file itself (libharu);
// commit it with commit_temporary() or delete it with discard_temporary().
std::string temporary_path_for(const std::string& path);
// Renames `temporary` over `path` unless `path` already has the same bytes; returns true if
// `path` changed. Throws thidua::Failure (exit 3) on error.
bool commit_temporary(const std::string& temporary, const std::string& path);
// Removes `temporary` if it exists; never throws.
void discard_temporary(const std::string& temporary) noexcept;
// True for the names temporary_path_for() makes (so a rerun can clean up after a kill).
bool is_temporary_name(std::string_view file_name);

// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace thidua::io
