// Fuzz target: the manifest reader and verify, on an archive folder holding the fuzzed
// manifest.json and two files it may name (a.txt, sub/b.txt).
#include "fuzz_support.h"

#include <filesystem>
#include <fstream>

#include "archive/manifest.h"
#include "archive/verify.h"
#include "diag/diagnostic.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fs = std::filesystem;
  static const std::string archive = [] {
    const fs::path dir = fs::path(thidua::fuzz::scratch_dir()) / "archive";
    fs::create_directories(dir / "sub");
    std::ofstream(dir / "a.txt") << "a\n";
    std::ofstream(dir / "sub" / "b.txt") << "b\n";
    return dir.string();
  }();
  const std::string json(thidua::fuzz::as_text(data, size));
  thidua::Diagnostics diags;
  try {
    (void)thidua::archive::parse_manifest(json, "manifest.json", diags);
  } catch (const thidua::Failure&) {
  }
  std::ofstream(fs::path(archive) / thidua::archive::manifest_name, std::ios::binary) << json;
  thidua::Diagnostics verify_diags;
  try {
    (void)thidua::archive::verify_archive(archive, verify_diags);
  } catch (const thidua::Failure&) {
  }
  return 0;
}
