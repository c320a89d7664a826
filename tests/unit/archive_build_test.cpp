// Unit tests of the archive build: layout by year and bloc, determinism, reruns, failure isolation.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>

#include "archive/builder.h"
#include "archive/manifest.h"
#include "archive/verify.h"
#include "io/files.h"

namespace fs = std::filesystem;
using namespace thidua;

namespace {

// A stand-in for the load stage: the event file holds "id;bloc name;year", or "bad".
std::optional<model::Event> fake_load(const std::string& path, Diagnostics& diags) {
  const std::string text = io::read_file(path);
  if (text.rfind("bad", 0) == 0) {
    diags.error({path, 1, 1}, "bad event");
    return std::nullopt;
  }
  model::Event event;
  const auto first = text.find(';');
  const auto second = text.find(';', first + 1);
  event.id = text.substr(0, first);
  event.bloc.kind = model::BlocKind::khoi;
  event.bloc.full_name = "Khối thi đua " + text.substr(first + 1, second - first - 1);
  event.year = std::stoi(text.substr(second + 1));
  return event;
}

std::atomic<int> writes{0};

// A stand-in document: its bytes depend only on the event.
archive::DocumentWriter fake_writer() {
  archive::DocumentWriter writer;
  writer.name = "fake";
  writer.applies = [](const model::Event&) { return true; };
  writer.write = [](const model::Event& event, const std::string& folder, Diagnostics&) {
    ++writes;
    io::write_file_atomic(folder + "/giao-uoc.txt", "agreement of " + event.id);
    return std::vector<std::string>{"giao-uoc.txt"};
  };
  return writer;
}

archive::SiteWriter fake_site() {
  return [](const std::vector<const model::Event*>& events, const std::string& folder, Diagnostics&) {
    std::string index;
    for (const model::Event* event : events) index += event->id + "\n";
    io::write_file_atomic(folder + "/index.html", index);
    return std::vector<std::string>{"index.html"};
  };
}

// Each test case gets its own folders: ctest runs test cases in parallel processes.
fs::path inputs_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("thidua-build-test-inputs-" + name);
  fs::remove_all(dir);
  io::write_file_atomic((dir / "a.xml").string(), "ev-a;Công đoàn Ngành I;2022");
  io::write_file_atomic((dir / "b.xml").string(), "ev-b;số 3;2020");
  io::write_file_atomic((dir / "c.xml").string(), "bad");
  return dir;
}

archive::BuildSummary build(const fs::path& inputs, const fs::path& out, unsigned jobs) {
  archive::BuildOptions options;
  options.inputs = {inputs.string()};
  options.archive_dir = out.string();
  options.jobs = jobs;
  return archive::build_archive(options, fake_load, {fake_writer()}, fake_site());
}

}  // namespace

TEST_CASE("build lays events out by year and bloc and isolates a bad event", "[archive]") {
  const fs::path inputs = inputs_dir("layout");
  const fs::path out = fs::temp_directory_path() / "thidua-build-test-out";
  fs::remove_all(out);
  const archive::BuildSummary summary = build(inputs, out, 2);
  CHECK(summary.events == 3);
  CHECK(summary.failed == 1);
  CHECK(fs::exists(out / "2022/khoi-thi-dua-cong-doan-nganh-i/giao-uoc.txt"));
  CHECK(fs::exists(out / "2022/khoi-thi-dua-cong-doan-nganh-i/su-kien.xml"));
  CHECK(fs::exists(out / "2020/khoi-thi-dua-so-3/giao-uoc.txt"));
  CHECK(io::read_file((out / "site/index.html").string()) == "ev-a\nev-b\n");
  Diagnostics diags;
  CHECK(archive::verify_archive(out.string(), diags).clean());
}

TEST_CASE("two builds of the same inputs are byte-identical, whatever the parallelism", "[archive]") {
  const fs::path inputs = inputs_dir("identical");
  const fs::path one = fs::temp_directory_path() / "thidua-build-test-one";
  const fs::path two = fs::temp_directory_path() / "thidua-build-test-two";
  fs::remove_all(one);
  fs::remove_all(two);
  build(inputs, one, 1);
  build(inputs, two, 4);
  CHECK(io::read_file((one / "manifest.json").string()) == io::read_file((two / "manifest.json").string()));
}

TEST_CASE("a rebuild skips current events and redoes changed or damaged ones", "[archive]") {
  const fs::path inputs = inputs_dir("rerun");
  const fs::path out = fs::temp_directory_path() / "thidua-build-test-rerun";
  fs::remove_all(out);
  build(inputs, out, 2);
  const std::string manifest = io::read_file((out / "manifest.json").string());

  writes = 0;
  archive::BuildSummary again = build(inputs, out, 2);
  CHECK(again.skipped_unchanged == 2);
  CHECK(writes == 0);
  CHECK(io::read_file((out / "manifest.json").string()) == manifest);

  // A damaged output and a leftover temporary (as a killed build leaves) are both repaired.
  io::write_file_atomic((out / "2020/khoi-thi-dua-so-3/giao-uoc.txt").string(), "damaged");
  io::write_file_atomic((out / "2020/khoi-thi-dua-so-3/.giao-uoc.txt.thidua-tmp-1-1").string(), "half");
  writes = 0;
  again = build(inputs, out, 2);
  CHECK(again.skipped_unchanged == 1);
  CHECK(writes == 1);
  CHECK_FALSE(fs::exists(out / "2020/khoi-thi-dua-so-3/.giao-uoc.txt.thidua-tmp-1-1"));
  CHECK(io::read_file((out / "manifest.json").string()) == manifest);
}

TEST_CASE("files a folder holds that are not events, and the archive itself, are left out with a note", "[archive]") {
  const fs::path inputs = inputs_dir("skip");
  fs::remove(inputs / "c.xml");
  io::write_file_atomic((inputs / "feed.xml").string(), "not an event");
  const fs::path out = inputs / "out";  // the archive inside the folder it is built from
  archive::BuildOptions options;
  options.inputs = {inputs.string()};
  options.archive_dir = out.string();
  options.not_an_event = [](const std::string& path) {
    return fs::path(path).filename() == "feed.xml" ? std::string("its top-level element is <feed>") : std::string();
  };
  CHECK(archive::build_archive(options, fake_load, {fake_writer()}, fake_site()).events == 2);
  // The second build finds the archive's own copies of the events (su-kien.xml), and leaves them out.
  REQUIRE(fs::exists(out / "2022/khoi-thi-dua-cong-doan-nganh-i/su-kien.xml"));
  Diagnostics notes;
  const std::vector<archive::EventSource> files =
      archive::collect_event_files(options.inputs, options.not_an_event, options.archive_dir, notes);
  REQUIRE(files.size() == 2);
  CHECK(files[0].path == (inputs / "a.xml").string());
  CHECK(files[0].relative == "a.xml");
  CHECK(files[1].path == (inputs / "b.xml").string());
  REQUIRE(notes.all().size() == 2);
  CHECK(notes.all()[0].format() == (inputs / "feed.xml").string() + ": note: left out: its top-level element is <feed>");
  CHECK(notes.all()[1].format() == out.string() + ": note: left out: this is the archive being built");
  CHECK_FALSE(notes.has_errors());
  CHECK(archive::build_archive(options, fake_load, {fake_writer()}, fake_site()).events == 2);
}
