// File I/O shared by every writer: whole-file reads, atomic writes, and SHA-256 digests.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace thidua::io {

// Reads the whole file; throws thidua::Failure (exit 3) with a clear message on any error,
// including when `path` is a directory.
std::string read_file(const std::string& path);

// An input file's bytes, or why they could not be read.
struct InputFile {
  std::optional<std::string> bytes;
  std::string error;  // "No such file or directory", "it is a directory, not a file", …
  bool too_large = false;  // the error is the size limit (bad input rather than an I/O problem)
};

// Reads a file the user named: only a regular file (after following links) of at most
// `max_bytes` is read; a folder, FIFO or device is refused without opening it for
// reading, so a FIFO never blocks. Never throws for I/O problems.
InputFile read_input_file(const std::string& path, std::size_t max_bytes);

// Why `path` is not a regular file of at most `max_bytes` after following links ("it is a
// FIFO (named pipe), not a file", …), or empty when it is one.
std::string input_file_problem(const std::string& path, std::size_t max_bytes);

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
