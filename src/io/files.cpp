// File I/O shared by every writer: whole-file reads, atomic writes, and SHA-256 digests.
#include "io/files.h"

#include <fcntl.h>
#include <nettle/sha2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"

namespace thidua::io {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view temporary_marker = ".thidua-tmp-";

[[noreturn]] void fail_io(const std::string& path, const std::string& what) {
  throw Failure(ExitCode::io_or_internal, SourceLoc{path, 0, 0}, what);
}

std::string errno_text() { return i18n::system_error_text(errno); }

void write_all(int fd, std::string_view bytes, const std::string& path) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      fail_io(path, tr("cannot write file: %1$s", errno_text()));
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

bool same_contents(const std::string& path, std::string_view bytes) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return false;
  if (fs::file_size(path, error) != bytes.size() || error) return false;
  try {
    return read_file(path) == bytes;
  } catch (const Failure&) {
    return false;
  }
}

// "a FIFO (named pipe)", … for a file that is not regular; why reading it is refused.
std::string kind_problem(mode_t mode) {
  if (S_ISDIR(mode)) return _("it is a directory, not a file");
  if (S_ISFIFO(mode)) return _("it is a FIFO (named pipe), not a file");
  if (S_ISCHR(mode) || S_ISBLK(mode)) return _("it is a device, not a file");
  if (S_ISSOCK(mode)) return _("it is a socket, not a file");
  return _("it is not a regular file");
}

std::string size_problem(std::size_t max_bytes) {
  if (max_bytes >= 1024u * 1024u) return tr("it is larger than %1$d MB", max_bytes / (1024u * 1024u));
  return tr("it is larger than %1$d bytes", max_bytes);
}

// Reads the open regular file `fd` whole (then to the end, should it have grown), or sets
// `error` when it holds more than `max_bytes`.
std::optional<std::string> read_open_file(int fd, std::size_t size_hint, std::size_t max_bytes, std::string& error) {
  // One read of the size fstat gives: the archive reads every file of a rebuild, and a
  // byte-wise stream copy was 6% of it.
  std::string bytes(std::min(size_hint, max_bytes) + 1, '\0');
  std::size_t filled = 0;
  for (;;) {
    if (filled == bytes.size()) {
      if (filled > max_bytes) {
        error = size_problem(max_bytes);
        return std::nullopt;
      }
      bytes.resize(std::min(bytes.size() + 65536, max_bytes + 1));
    }
    const ssize_t got = ::read(fd, bytes.data() + filled, bytes.size() - filled);
    if (got < 0) {
      if (errno == EINTR) continue;
      error = errno_text();
      return std::nullopt;
    }
    if (got == 0) break;
    filled += static_cast<std::size_t>(got);
  }
  if (filled > max_bytes) {
    error = size_problem(max_bytes);
    return std::nullopt;
  }
  bytes.resize(filled);
  return bytes;
}

}  // namespace

std::string input_file_problem(const std::string& path, std::size_t max_bytes) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return errno_text();
  if (!S_ISREG(info.st_mode)) return kind_problem(info.st_mode);
  if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) return size_problem(max_bytes);
  return {};
}

InputFile read_input_file(const std::string& path, std::size_t max_bytes) {
  InputFile result;
  result.error = input_file_problem(path, max_bytes);
  if (!result.error.empty()) {
    result.too_large = result.error == size_problem(max_bytes);
    return result;
  }
  // O_NONBLOCK: should the file be swapped for a FIFO after the check, open must not wait.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    result.error = errno_text();
    return result;
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    result.error = errno_text();
    return result;
  }
  if (!S_ISREG(info.st_mode)) {
    result.error = kind_problem(info.st_mode);
    return result;
  }
  result.bytes = read_open_file(fd, static_cast<std::size_t>(info.st_size > 0 ? info.st_size : 0), max_bytes,
                                result.error);
  result.too_large = !result.bytes && result.error == size_problem(max_bytes);
  return result;
}

std::string read_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    fail_io(path, errno == ENOENT ? std::string(_("cannot read file: no such file")) : tr("cannot read file: %1$s", errno_text()));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) fail_io(path, tr("cannot read file: %1$s", errno_text()));
  if (S_ISDIR(info.st_mode)) fail_io(path, _("cannot read file: it is a directory"));
  if (!S_ISREG(info.st_mode)) fail_io(path, tr("cannot read file: %1$s", kind_problem(info.st_mode)));
  std::string error;
  std::optional<std::string> bytes =
      read_open_file(fd, static_cast<std::size_t>(info.st_size > 0 ? info.st_size : 0),
                     std::numeric_limits<std::size_t>::max() / 2, error);
  if (!bytes) fail_io(path, tr("cannot read file: %1$s", error));
  return std::move(*bytes);
}

std::string temporary_path_for(const std::string& path) {
  // Unique per process and call, so parallel writers never share a temporary.
  static std::atomic<unsigned> counter{0};
  const fs::path target(path);
  const std::string name = "." + target.filename().string() + std::string(temporary_marker) +
                           std::to_string(::getpid()) + "-" + std::to_string(counter++);
  return (target.parent_path() / name).string();
}

bool is_temporary_name(std::string_view file_name) {
  return !file_name.empty() && file_name.front() == '.' &&
         file_name.find(temporary_marker) != std::string_view::npos;
}

void discard_temporary(const std::string& temporary) noexcept {
  std::error_code ignored;
  fs::remove(temporary, ignored);
}

bool commit_temporary(const std::string& temporary, const std::string& path) {
  std::string bytes;
  try {
    bytes = read_file(temporary);
  } catch (...) {
    discard_temporary(temporary);
    throw;
  }
  if (same_contents(path, bytes)) {
    discard_temporary(temporary);
    return false;
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = errno_text();
    discard_temporary(temporary);
    fail_io(path, tr("cannot write file: %1$s", reason));
  }
  return true;
}

bool write_file_atomic(const std::string& path, std::string_view bytes, MissingFolders folders) {
  if (same_contents(path, bytes)) return false;
  std::error_code error;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty() && folders == MissingFolders::create) fs::create_directories(parent, error);
  if (error) fail_io(parent.string(), tr("cannot create folder: %1$s", i18n::system_error_text(error)));
  if (!parent.empty() && folders == MissingFolders::fail && !fs::is_directory(parent, error)) {
    fail_io(path, tr("cannot write file: the folder %1$s does not exist", parent.string()));
  }
  const std::string temporary = temporary_path_for(path);
  // 0666 less the umask, as for any file the user creates.
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail_io(path, tr("cannot write file: %1$s", errno_text()));
  try {
    write_all(fd, bytes, path);
  } catch (...) {
    ::close(fd);
    discard_temporary(temporary);
    throw;
  }
  if (::close(fd) != 0) {
    discard_temporary(temporary);
    fail_io(path, tr("cannot write file: %1$s", errno_text()));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = errno_text();
    discard_temporary(temporary);
    fail_io(path, tr("cannot write file: %1$s", reason));
  }
  return true;
}

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  constexpr unsigned int length = SHA256_DIGEST_SIZE;
  sha256_digest(&context, length, digest);
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 0x0F];
  }
  return out;
}

}  // namespace thidua::io
