// Where thidua's own data (templates, catalogues, web files) is, found from the running binary.
#include "io/install_paths.h"

#include <unistd.h>

#include <filesystem>

namespace thidua::io {

namespace fs = std::filesystem;

std::string executable_folder() {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (error) return {};
  return self.parent_path().string();
}

std::string find_data_folder(const std::string& binary_folder, const std::string& name) {
  if (binary_folder.empty()) return {};
  const fs::path bin(binary_folder);
  // Why relative to the binary and not a compiled-in prefix: an installed tree may be moved
  // (a package unpacked elsewhere, /opt), and the binary must never depend on the build machine.
  for (const fs::path& candidate : {bin / ".." / "share" / "thidua" / name, bin / name}) {
    std::error_code error;
    if (fs::is_directory(candidate, error)) return candidate.lexically_normal().string();
  }
  return {};
}

}  // namespace thidua::io
