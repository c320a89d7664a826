// Atomic file writes for the html stage (temporary file + rename) and content hashes.
//
// Why not io::write_file_atomic: the html stage does not link the io module (its CMake
// dependencies are compose only); this is the same temp-file-and-rename scheme.
#include "html/output.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "diag/diagnostic.h"

namespace thidua::html {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw Failure(ExitCode::io_or_internal, SourceLoc{path, 0, 0}, what);
}

}  // namespace

bool write_file_atomic(const std::string& path, std::string_view bytes) {
  const fs::path target(path);
  std::error_code ec;
  if (fs::is_regular_file(target, ec) && fs::file_size(target, ec) == bytes.size() && !ec &&
      read_whole_file(path) == bytes) {
    return false;  // unchanged: keep its time stamp, so incremental builds see it as current
  }
  if (target.has_parent_path()) {
    fs::create_directories(target.parent_path(), ec);
    if (ec) fail(target.parent_path().string(), "cannot create folder: " + ec.message());
  }
  static std::atomic<unsigned> counter{0};
  const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".thidua-tmp-" +
                                                     std::to_string(::getpid()) + "-" + std::to_string(counter++));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) fail(temporary.string(), std::string("cannot write file: ") + std::strerror(errno));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      fs::remove(temporary, ec);
      fail(temporary.string(), "cannot write file");
    }
  }
  fs::rename(temporary, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    fail(path, "cannot replace file: " + ec.message());
  }
  return true;
}

std::string read_whole_file(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) fail(path, "cannot read file: no such file");
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, std::string("cannot read file: ") + std::strerror(errno));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) fail(path, "cannot read file");
  return bytes;
}

std::string content_hash(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

}  // namespace thidua::html
