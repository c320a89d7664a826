// File I/O shared by every writer: whole-file reads, atomic writes, and SHA-256 digests.
#include "io/files.h"

#include <fcntl.h>
#include <nettle/sha2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
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

}  // namespace

std::string read_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
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
  // One read of the size fstat gives (then to the end, should the file have grown): the
  // archive reads every file of a rebuild, and a byte-wise stream copy was 6% of it.
  std::string bytes(static_cast<std::size_t>(info.st_size > 0 ? info.st_size : 0), '\0');
  std::size_t filled = 0;
  for (;;) {
    if (filled == bytes.size()) bytes.resize(bytes.size() + 4096);
    const ssize_t got = ::read(fd, bytes.data() + filled, bytes.size() - filled);
    if (got < 0) {
      if (errno == EINTR) continue;
      fail_io(path, tr("cannot read file: %1$s", errno_text()));
    }
    if (got == 0) break;
    filled += static_cast<std::size_t>(got);
  }
  bytes.resize(filled);
  return bytes;
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
