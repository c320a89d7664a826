// The scratch folder of the fuzz targets, filled once from the samples.
#include "fuzz_support.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace thidua::fuzz {

namespace fs = std::filesystem;

std::string source_dir() { return THIDUA_SOURCE_DIR; }

const std::string& scratch_dir() {
  // Never destroyed: the atexit handler below runs after the destructors of statics made
  // before it was registered, so a static std::string would already be gone (ASan: use after free).
  static const std::string& dir = *new std::string([] {
    const char* tmp = std::getenv("TMPDIR");
    fs::path base = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
    const fs::path made = base / ("thidua-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(made);
    const fs::path samples = fs::path(source_dir()) / "samples";
    fs::copy_file(samples / "2020-soc-trang-cum-3-attendees.csv", made / "list.csv", fs::copy_options::overwrite_existing);
    fs::copy_file(samples / "photos" / "logo-cong-doan.png", made / "logo.png", fs::copy_options::overwrite_existing);
    fs::copy_file(samples / "photos" / "2020-soc-trang-ky-ket.png", made / "photo.png",
                  fs::copy_options::overwrite_existing);
    std::atexit([] {
      std::error_code ignored;
      fs::remove_all(scratch_dir(), ignored);
    });
    return made.string();
  }());
  return dir;
}

}  // namespace thidua::fuzz
