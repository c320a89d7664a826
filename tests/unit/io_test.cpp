// Unit tests of the io module: atomic writes, unchanged files left alone, SHA-256, read errors.
#include <catch2/catch.hpp>

#include <filesystem>

#include "diag/diagnostic.h"
#include "io/files.h"

namespace fs = std::filesystem;
using namespace thidua;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("thidua-io-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("sha256 matches the published test vectors", "[io]") {
  CHECK(io::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(io::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("atomic writes create folders, leave no temporary, and skip identical contents", "[io]") {
  const fs::path dir = fresh_dir("atomic");
  const std::string path = (dir / "a" / "b" / "file.txt").string();
  CHECK(io::write_file_atomic(path, "Khối thi đua"));
  CHECK(io::read_file(path) == "Khối thi đua");
  const auto first_time = fs::last_write_time(path);
  CHECK_FALSE(io::write_file_atomic(path, "Khối thi đua"));
  CHECK(fs::last_write_time(path) == first_time);
  CHECK(io::write_file_atomic(path, "Cụm thi đua"));
  CHECK(io::read_file(path) == "Cụm thi đua");
  int entries = 0;
  for (const auto& entry : fs::directory_iterator(dir / "a" / "b")) {
    CHECK_FALSE(io::is_temporary_name(entry.path().filename().string()));
    ++entries;
  }
  CHECK(entries == 1);
}

TEST_CASE("temporary files are recognisable and committed only when different", "[io]") {
  const fs::path dir = fresh_dir("temporary");
  const std::string path = (dir / "x.pdf").string();
  const std::string temporary = io::temporary_path_for(path);
  CHECK(io::is_temporary_name(fs::path(temporary).filename().string()));
  CHECK_FALSE(io::is_temporary_name("x.pdf"));
  io::write_file_atomic(temporary, "one");
  CHECK(io::commit_temporary(temporary, path));
  CHECK_FALSE(fs::exists(temporary));
  io::write_file_atomic(temporary, "one");
  CHECK_FALSE(io::commit_temporary(temporary, path));
  CHECK_FALSE(fs::exists(temporary));
}

TEST_CASE("reading a missing file or a folder fails with exit code 3", "[io]") {
  const fs::path dir = fresh_dir("read");
  try {
    io::read_file((dir / "none.xml").string());
    FAIL("no exception");
  } catch (const Failure& failure) {
    CHECK(failure.code() == ExitCode::io_or_internal);
    CHECK(failure.diagnostics().at(0).message == "cannot read file: no such file");
  }
  try {
    io::read_file(dir.string());
    FAIL("no exception");
  } catch (const Failure& failure) {
    CHECK(failure.diagnostics().at(0).message == "cannot read file: it is a directory");
  }
}
