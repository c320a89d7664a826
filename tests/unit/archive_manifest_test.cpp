// Unit tests of the archive manifest and of verify: round trip, determinism, detected changes.
#include <catch2/catch.hpp>

#include <filesystem>

#include "archive/manifest.h"
#include "archive/verify.h"
#include "io/files.h"

namespace fs = std::filesystem;
using namespace thidua;

namespace {

archive::Manifest two_file_manifest() {
  archive::Manifest manifest;
  manifest.thidua_version = "0.1.0";
  manifest.files = {{"b/two.txt", io::sha256_hex("two"), 3}, {"a/one.txt", io::sha256_hex("one"), 3}};
  archive::EventEntry event;
  event.id = "e1";
  event.source_name = "e1.xml";
  event.folder = "a";
  event.outputs = {"a/one.txt"};
  manifest.events.push_back(event);
  return manifest;
}

// Each test case gets its own folder: ctest runs test cases in parallel processes.
fs::path archive_with_files(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("thidua-archive-test-" + name);
  fs::remove_all(dir);
  io::write_file_atomic((dir / "a/one.txt").string(), "one");
  io::write_file_atomic((dir / "b/two.txt").string(), "two");
  io::write_file_atomic((dir / archive::manifest_name).string(), archive::to_json(two_file_manifest()));
  return dir;
}

}  // namespace

TEST_CASE("manifest JSON is sorted and round-trips", "[archive]") {
  const std::string json = archive::to_json(two_file_manifest());
  CHECK(json.find("a/one.txt") < json.find("b/two.txt"));
  Diagnostics diags;
  const archive::Manifest back = archive::parse_manifest(json, "m.json", diags);
  CHECK_FALSE(diags.has_errors());
  REQUIRE(back.files.size() == 2);
  CHECK(back.files[0].path == "a/one.txt");
  CHECK(archive::to_json(back) == json);
}

TEST_CASE("a malformed manifest is located", "[archive]") {
  Diagnostics diags;
  archive::parse_manifest("{\n  \"format\": ,\n}", "m.json", diags);
  REQUIRE(diags.has_errors());
  CHECK(diags.all()[0].format() == "m.json:2:13: error: the manifest is not valid JSON");
}

TEST_CASE("a manifest whose format is not a string is refused, not thrown", "[archive]") {
  // Found by the manifest fuzzer: value("format", "") threw on a number.
  for (const char* text : {"{\"format\": 1}", "{\"format\": [\"thidua-archive/1\"]}", "{\"format\": null}", "[1]"}) {
    Diagnostics diags;
    REQUIRE_NOTHROW(archive::parse_manifest(text, "m.json", diags));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.all().front().message.find("not a thidua archive manifest") != std::string::npos);
  }
}

TEST_CASE("a size that is not a whole number of bytes is the wrong type, never converted", "[archive]") {
  // Found by the manifest fuzzer: 2.3e90 converted to an unsigned size is undefined behaviour.
  for (const char* size : {"2.33333e+90", "-3", "1.5", "\"12\""}) {
    INFO(size);
    const std::string text = std::string("{\"format\": \"thidua-archive/1\", \"thidua_version\": \"0.1.0\", \"failed\": [], "
                                         "\"events\": [], \"files\": [{\"path\": \"a.txt\", \"sha256\": \"x\", \"size\": ") +
                             size + "}]}";
    Diagnostics diags;
    REQUIRE_NOTHROW(archive::parse_manifest(text, "m.json", diags));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.all().front().message.find("'size'") != std::string::npos);
  }
}

TEST_CASE("verify finds nothing wrong in an untouched archive", "[archive]") {
  const fs::path dir = archive_with_files("untouched");
  Diagnostics diags;
  const archive::VerifyReport report = archive::verify_archive(dir.string(), diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(report.clean());
  CHECK(report.checked == 2);
}

TEST_CASE("verify reports changed, missing and extra files", "[archive]") {
  const fs::path dir = archive_with_files("damaged");
  io::write_file_atomic((dir / "a/one.txt").string(), "ONE");
  fs::remove(dir / "b/two.txt");
  io::write_file_atomic((dir / "c/new.txt").string(), "new");
  Diagnostics diags;
  const archive::VerifyReport report = archive::verify_archive(dir.string(), diags);
  CHECK(report.changed == std::vector<std::string>{"a/one.txt"});
  CHECK(report.missing == std::vector<std::string>{"b/two.txt"});
  CHECK(report.extra == std::vector<std::string>{"c/new.txt"});
}
