// The document registry: every entry complete and wired (command, archive name, template, help),
// `build` writes exactly the entries that apply, and the in-memory pipeline matches the files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <thread>

#include "archive/builder.h"
#include "cli/commands.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "io/files.h"
#include "load/load_event.h"
#include "support.h"

namespace fs = std::filesystem;
using namespace thidua;

namespace {

using thidua::testing::load_sample;

const std::string repo = THIDUA_SOURCE_DIR;

std::vector<std::string> sample_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(repo + "/samples")) {
    if (entry.path().extension() == ".xml") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("thidua-registry-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("registry: every entry has a command, an archive name, a template and help", "[documents]") {
  const auto& kinds = documents::registry();
  REQUIRE(kinds.size() >= 4);
  std::set<std::string> names;
  std::set<std::string> archive_names;
  for (const documents::DocumentKind& kind : kinds) {
    INFO(kind.name);
    CHECK(names.insert(kind.name).second);
    CHECK(archive_names.insert(kind.archive_name).second);
    CHECK_FALSE(kind.title.empty());
    CHECK_FALSE(kind.archive_name.empty());
    CHECK(kind.archive_name.find("..") == std::string::npos);
    CHECK_FALSE(kind.summary.empty());
    CHECK(kind.usage.rfind("thidua " + kind.name + " ", 0) == 0);
    CHECK_FALSE(kind.details.empty());
    CHECK_FALSE(kind.outputs.empty());
    CHECK(kind.applies);
    CHECK_FALSE(kind.why_not.empty());
    CHECK(documents::find_kind(kind.name) == &kind);
    // Its template exists and lies in the folder the command loads.
    CHECK(fs::is_regular_file(repo + "/templates/" + kind.template_name + ".mustache"));
    CHECK(kind.template_name.rfind(kind.template_folder + "/", 0) == 0);
    CHECK(testing::toolbox().templates().has(kind.template_name));
    // A PDF kind composes; an HTML kind renders a page.
    if (kind.supports(documents::Output::pdf)) {
      CHECK(kind.compose);
      CHECK(kind.meta);
      CHECK(fs::path(kind.archive_name).extension() == ".pdf");
    }
    if (kind.supports(documents::Output::html)) {
      CHECK(kind.render_html);
      CHECK(fs::path(kind.archive_name).extension() == ".html");
    }
    // Its command, with the entry's help.
    const cli::Command* command = nullptr;
    for (const cli::Command& candidate : cli::all_commands()) {
      if (candidate.name == kind.name) command = &candidate;
    }
    REQUIRE(command != nullptr);
    CHECK(command->summary == kind.summary);
    CHECK(command->usage == kind.usage);
    CHECK(command->details == kind.details);
    // Its options: each a flag of the command, with help, a form label, defaults among the choices.
    cli::po::options_description visible;
    command->declare(visible);
    CHECK(visible.find_nothrow("output", false) != nullptr);
    for (const documents::OptionSpec& option : kind.options) {
      INFO(option.name);
      CHECK(visible.find_nothrow(option.name, false) != nullptr);
      CHECK_FALSE(option.help.empty());
      CHECK_FALSE(option.label.empty());
      if (!option.choices.empty()) {
        documents::OptionValues defaults = documents::default_values(kind);
        CHECK_FALSE(documents::check_choices(kind, defaults).has_value());
        for (const documents::Choice& choice : option.choices) CHECK_FALSE(choice.label.empty());
      }
    }
  }
}

TEST_CASE("registry: a PDF kind's templates and outputs follow from its name unless it gives them", "[documents]") {
  const documents::DocumentKind plain = documents::pdf_kind({.name = "minutes"});
  CHECK(plain.template_folder == "minutes");
  CHECK(plain.template_name == "minutes/document");
  CHECK(plain.outputs == std::vector<documents::Output>{documents::Output::pdf, documents::Output::trace});
  CHECK(plain.supports(documents::Output::docx));
  const documents::DocumentKind given =
      documents::pdf_kind({.name = "attendance", .template_name = "attendance/other", .outputs = {documents::Output::pdf}});
  CHECK(given.template_folder == "attendance");
  CHECK(given.template_name == "attendance/other");
  CHECK_FALSE(given.supports(documents::Output::trace));
}

TEST_CASE("registry: option values are checked against the choices and the event", "[documents]") {
  const documents::DocumentKind& attendance = *documents::find_kind("attendance");
  const auto bad = documents::check_choices(attendance, {{"sort", "age"}});
  REQUIRE(bad.has_value());
  CHECK(bad->invalid_choice);
  CHECK(bad->option == "sort");
  CHECK(bad->hint == "expected order or name");
  CHECK_FALSE(documents::check_choices(attendance, {{"sort", "name"}, {"landscape", "1"}}).has_value());

  const documents::DocumentKind& invitations = *documents::find_kind("invitations");
  const model::Event event = load_sample("2023-cdvc-viet-nam-khoi-ii");
  CHECK_FALSE(documents::check_values(invitations, event, {{"guest", "luong"}}).has_value());
  const auto unknown = documents::check_values(invitations, event, {{"guest", "nobody"}});
  REQUIRE(unknown.has_value());
  CHECK_FALSE(unknown->invalid_choice);
  CHECK(unknown->problem == "unknown guest 'nobody'");
  CHECK(unknown->hint.find("luong") != std::string::npos);
}

TEST_CASE("registry: availability says which kinds apply to an event, and why not", "[documents]") {
  const model::Event movement = load_sample("2012-van-phong-ubnd-phat-dong");
  std::map<std::string, documents::Availability> by_name;
  for (const documents::Availability& entry : documents::availability(movement)) by_name[entry.kind->name] = entry;
  REQUIRE(by_name.size() == documents::registry().size());
  CHECK_FALSE(by_name["agreement"].applies);
  CHECK(by_name["agreement"].why_not.find("<agreement>") != std::string::npos);
  CHECK_FALSE(by_name["invitations"].applies);
  CHECK(by_name["article"].applies);
  CHECK(by_name["article"].why_not.empty());
}

TEST_CASE("registry: build writes exactly the entries that apply", "[documents][archive]") {
  const fs::path out = fresh_dir("build");
  archive::BuildOptions options;
  options.inputs = {repo + "/samples"};
  options.archive_dir = out.string();
  options.jobs = 2;
  const archive::BuildSummary summary = archive::build_archive(options, testing::toolbox(), html::SiteOptions{});
  REQUIRE(summary.failed == 0);
  const std::vector<std::string> samples = sample_names();
  REQUIRE(summary.events == samples.size());
  std::size_t documents_seen = 0;
  for (const std::string& name : samples) {
    INFO(name);
    const model::Event event = load_sample(name);
    const fs::path folder = out / archive::event_folder(event);
    REQUIRE(fs::is_directory(folder));
    std::set<std::string> expected_prefixes{"su-kien.xml"};
    // The lists and photos the event names are kept beside its copy (for check and restore).
    for (const std::string& input : event.input_files) expected_prefixes.insert(input);
    for (const documents::DocumentKind& kind : documents::registry()) {
      INFO(kind.name);
      const bool written = fs::is_regular_file(folder / kind.archive_name);
      CHECK(written == kind.applies(event));
      if (written) {
        ++documents_seen;
        const std::string page_folder = fs::path(kind.archive_name).parent_path().string();
        expected_prefixes.insert(page_folder.empty() ? kind.archive_name : page_folder + "/");
      }
    }
    // Nothing else: every file is the source copy, an input, or belongs to an entry that applies.
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
      if (!entry.is_regular_file()) continue;
      const std::string relative = fs::relative(entry.path(), folder).generic_string();
      INFO(relative);
      bool known = false;
      for (const std::string& prefix : expected_prefixes) known = known || relative.rfind(prefix, 0) == 0;
      CHECK(known);
    }
  }
  CHECK(documents_seen >= samples.size());  // the samples make documents, not only empty folders
  fs::remove_all(out);
}

TEST_CASE("pipeline: a PDF in memory is the file's bytes, also from several threads at once", "[documents]") {
  const fs::path dir = fresh_dir("memory");
  const model::Event event = load_sample("2022-khanh-hoa-khoi-nganh-i");
  for (const char* name : {"agreement", "attendance", "invitations"}) {
    INFO(name);
    const documents::DocumentKind& kind = *documents::find_kind(name);
    Diagnostics diags;
    const std::string path = (dir / (std::string(name) + ".pdf")).string();
    const int pages = documents::write_pdf(testing::toolbox(), kind, event, documents::default_values(kind), path, diags);
    const std::string file = io::read_file(path);
    std::vector<documents::Made> made(4);
    std::vector<std::thread> threads;
    for (documents::Made& result : made) {
      threads.emplace_back([&] {
        result = documents::make_document(testing::toolbox(), kind, event, documents::default_values(kind), documents::Output::pdf);
      });
    }
    for (std::thread& thread : threads) thread.join();
    for (const documents::Made& result : made) {
      REQUIRE(result.ok());
      CHECK(result.pages == pages);
      CHECK(result.bytes == file);
    }
  }
  fs::remove_all(dir);
}

TEST_CASE("pipeline: the article in memory is the page the file gets, with its photos", "[documents]") {
  const fs::path dir = fresh_dir("article");
  const model::Event event = load_sample("2023-cdvc-viet-nam-khoi-ii");
  const documents::DocumentKind& kind = *documents::find_kind("article");
  Diagnostics diags;
  const std::vector<std::string> written =
      documents::write_html(testing::toolbox(), kind, event, {}, (dir / "index.html").string(), diags);
  const documents::Made made = documents::make_document(testing::toolbox(), kind, event, {}, documents::Output::html);
  REQUIRE(made.ok());
  CHECK(made.bytes == io::read_file((dir / "index.html").string()));
  REQUIRE(made.media.size() + 1 == written.size());
  for (std::size_t i = 0; i < made.media.size(); ++i) {
    CHECK(made.media[i].first == written[i + 1]);
    CHECK(made.media[i].second == io::read_file((dir / written[i + 1]).string()));
  }
  fs::remove_all(dir);
}

TEST_CASE("pipeline: problems are collected, not thrown", "[documents]") {
  const model::Event movement = load_sample("2012-van-phong-ubnd-phat-dong");
  const documents::Made no_agreement = documents::make_document(
      testing::toolbox(), *documents::find_kind("agreement"), movement, {}, documents::Output::pdf);
  CHECK(no_agreement.code == ExitCode::bad_input);
  CHECK(no_agreement.bytes.empty());
  REQUIRE(no_agreement.diagnostics.size() == 1);
  CHECK(no_agreement.diagnostics[0].message == documents::find_kind("agreement")->why_not);

  const model::Event event = load_sample("2023-cdvc-viet-nam-khoi-ii");
  const documents::Made bad_guest = documents::make_document(
      testing::toolbox(), *documents::find_kind("invitations"), event, {{"guest", "nobody"}}, documents::Output::pdf);
  CHECK(bad_guest.code == ExitCode::bad_input);
  REQUIRE_FALSE(bad_guest.diagnostics.empty());
  CHECK(bad_guest.diagnostics.back().message.find("unknown guest 'nobody'") != std::string::npos);

  // A blank sign-in sheet is made, with the entry's warning.
  const documents::Made blank = documents::make_document(
      testing::toolbox(), *documents::find_kind("attendance"), movement, {}, documents::Output::pdf);
  REQUIRE(blank.ok());
  CHECK(blank.bytes.rfind("%PDF-", 0) == 0);
  REQUIRE(blank.diagnostics.size() == 1);
  CHECK(blank.diagnostics[0].severity == Severity::warning);

  // An output the kind does not have is an internal error, not a crash.
  const documents::Made wrong = documents::make_document(
      testing::toolbox(), *documents::find_kind("article"), event, {}, documents::Output::pdf);
  CHECK(wrong.code == ExitCode::io_or_internal);
}
