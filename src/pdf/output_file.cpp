// Atomic file output: write to a sibling temporary file, then rename(2) it into place.
#include "pdf/output_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "diag/diagnostic.h"

namespace thidua::pdf {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
  throw Failure(ExitCode::io_or_internal, {path, 0, 0}, what + ": " + std::strerror(error));
}

// Opens a new, unique temporary file next to `path`. The mode is 0666 minus the umask,
// as for any file the user creates (mkstemp would make it 0600).
int open_temporary(const std::string& path, std::string& temp_path) {
  const std::filesystem::path target(path);
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  // Appended piece by piece: `"." + std::string&&` trips GCC 12's -Wrestrict false
  // positive (PR 105562) at -O2.
  std::string stem(1, '.');
  stem += target.filename().string();
  stem += ".tmp-";
  stem += std::to_string(::getpid());
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp_path = (dir / (stem + "-" + std::to_string(attempt))).string();
    int fd = ::open(temp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    if (errno != EEXIST) fail(path, "cannot create a temporary file in the output directory", errno);
  }
  fail(path, "cannot create a temporary file in the output directory", EEXIST);
}

// Writes every byte; returns 0 or the errno of the failed write.
int write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view bytes) {
  std::string temp_path;
  int fd = open_temporary(path, temp_path);
  int error = write_all(fd, bytes);
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && std::rename(temp_path.c_str(), path.c_str()) != 0) error = errno;
  if (error != 0) {
    ::unlink(temp_path.c_str());
    fail(path, "cannot write the file", error);
  }
}

}  // namespace thidua::pdf
