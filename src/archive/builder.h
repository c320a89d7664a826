// `thidua build`: every event's documents and the news site into one archive, in parallel.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "documents/toolbox.h"
#include "html/site.h"
#include "model/event.h"

namespace thidua::archive {

// One kind of document an event produces. The archive stage knows nothing of how.
struct DocumentWriter {
  std::string name;  // "agreement", for messages
  // True when the event has this document (a movement has no agreement, say).
  std::function<bool(const model::Event&)> applies;
  // Writes the document(s) into `folder` (atomically, leaving identical files untouched)
  // and returns the paths written, relative to `folder`. Throws thidua::Failure.
  std::function<std::vector<std::string>(const model::Event&, const std::string& folder, Diagnostics&)> write;
};

// Writes the news site of all built events into `folder`; returns paths relative to it.
using SiteWriter = std::function<std::vector<std::string>(const std::vector<const model::Event*>& events,
                                                          const std::string& folder, Diagnostics&)>;

// Loads one event file (the load stage, injected so tests can use a stand-in).
using EventLoader = std::function<std::optional<model::Event>(const std::string& path, Diagnostics&)>;

// Why a file found in a folder is not an event file, or empty when it is (or cannot be told).
using EventFileCheck = std::function<std::string(const std::string& path)>;

// What to build and how.
struct BuildOptions {
  std::vector<std::string> inputs;  // event files and folders (searched for *.xml)
  std::string archive_dir;
  unsigned jobs = 1;
  bool progress = false;            // draw a progress bar on stderr
  bool docx = false;                // also each PDF document as a Word file beside it (….docx)
  // Files found in folders that this says are not events are left out with a note (a
  // previous site's feed.xml and sitemap.xml); files named one by one are always loaded.
  EventFileCheck not_an_event;
  // --with-accounts: the data folder whose office files (.thidua/: accounts, audit log; every
  // .thidua-history/) are kept in the archive under accounts_folder, readable by the owner only.
  std::string accounts_from;
};

// The archive's folder of office mode's accounts, audit log and histories (--with-accounts).
inline constexpr const char* accounts_folder = "tai-khoan";

// What a build did.
struct BuildSummary {
  std::size_t events = 0;
  std::size_t failed = 0;
  std::size_t skipped_unchanged = 0;  // events whose source and outputs were already current
  std::size_t files = 0;
  std::size_t removed = 0;  // files of the previous build deleted (their events left the inputs)
};

// The folder inside the archive for an event: "2022/khoi-thi-dua-cong-doan-nganh-i".
std::string event_folder(const model::Event& event);

// One event file to build: where it is, and its path relative to the folder it was found in
// (its name when given as a file), which the manifest keeps for `thidua restore`.
struct EventSource {
  std::string path;
  std::string relative;
};

// Expands folders into the *.xml files below them (sorted); throws Failure for a missing input.
// Inside folders, files `not_an_event` rejects and everything under `archive_dir` (its own
// copies of the events) are left out, each file with a note in `notes`.
std::vector<EventSource> collect_event_files(const std::vector<std::string>& inputs,
                                             const EventFileCheck& not_an_event, const std::string& archive_dir,
                                             Diagnostics& notes);

// The files an event names (lists, logo, photos) as archive paths relative to its folder:
// normalised, each once, in order of mention. A path that leaves the event's folder is
// reported to `diags` (the archived event could not find it) and left out.
std::vector<std::string> archived_inputs(const model::Event& event, Diagnostics& diags);

// Builds the archive. Diagnostics of each event are printed to stderr in input order. Files
// the previous build listed that this one does not make (events no longer given, their site
// pages) are deleted; an event that fails keeps its previous documents.
BuildSummary build_archive(const BuildOptions& options, const EventLoader& load,
                           const std::vector<DocumentWriter>& writers, const SiteWriter& site);

// One writer per kind of the document registry, in its order: each writes the kind that
// applies, with its default options, as its archive name. `tools` must outlive the writers.
// With `docx`, each PDF kind also writes its Word file.
std::vector<DocumentWriter> registry_writers(const documents::Toolbox& tools, bool docx = false);
// `thidua build`: the events loaded by the load stage, the registry's documents and the news
// site (with `site`), all made with `tools` (shared by every thread).
BuildSummary build_archive(const BuildOptions& options, const documents::Toolbox& tools,
                           const html::SiteOptions& site);

}  // namespace thidua::archive
