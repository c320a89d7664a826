// `thidua build`: every event's documents and the news site into one archive, in parallel.
#include "archive/builder.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "archive/manifest.h"
#include "exec/parallel.h"
#include "i18n/i18n.h"
#include "io/files.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::archive {

namespace fs = std::filesystem;

namespace {

// The copy of each event's source file inside its folder.
constexpr const char* source_copy_name = "su-kien.xml";
constexpr const char* site_folder = "site";

// One event file on its way through the build.
struct Slot {
  std::string path;
  std::string relative;  // EventSource::relative
  std::vector<std::string> inputs;  // archived_inputs(), relative to the event's folder
  std::string source_bytes;
  std::optional<model::Event> event;
  Diagnostics diags;
  std::string folder;
  std::vector<std::string> outputs;  // relative to the archive root
  std::vector<FileEntry> verified;   // outputs of a skipped event, already hashed
  bool failed = false;
  bool skipped = false;
};

// A one-line progress bar on stderr, redrawn at most ten times a second.
class ProgressBar {
 public:
  ProgressBar(bool enabled, std::size_t total) : enabled_(enabled), total_(total) {}
  void advance() {
    const std::size_t done = ++done_;
    if (!enabled_) return;
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (done != total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    constexpr std::size_t width = 30;
    const std::size_t filled = total_ == 0 ? width : done * width / total_;
    std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, '.') << "] "
              << trn("%1$d/%2$d event", "%1$d/%2$d events", total_, done, total_) << std::flush;
  }
  void finish() {
    if (enabled_ && total_ > 0) std::cerr << '\n';
  }

 private:
  bool enabled_;
  std::size_t total_;
  std::atomic<std::size_t> done_{0};
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_draw_{};
};

void remove_stale_temporaries(const fs::path& root) {
  std::error_code error;
  std::vector<fs::path> stale;
  for (auto it = fs::recursive_directory_iterator(root, error); !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (it->is_regular_file() && io::is_temporary_name(it->path().filename().string())) stale.push_back(it->path());
  }
  for (const fs::path& path : stale) io::discard_temporary(path.string());
}

// Copies office mode's own files of `data` (.thidua/ and every .thidua-history/) into
// ROOT/tai-khoan/ at the same relative paths, mode 0600 (the accounts' hashes are in them);
// returns their archive paths.
std::vector<std::string> copy_office_files(const std::string& data, const fs::path& root) {
  std::vector<std::string> written;
  std::error_code error;
  for (auto entry = fs::recursive_directory_iterator(data, error); !error && entry != fs::recursive_directory_iterator();
       entry.increment(error)) {
    if (entry->is_symlink(error) || !entry->is_regular_file(error)) continue;
    const fs::path relative = entry->path().lexically_relative(data);
    const bool office_file = std::any_of(relative.begin(), relative.end(), [](const fs::path& part) {
      return part == ".thidua" || part == ".thidua-history";
    });
    if (!office_file || io::is_temporary_name(relative.filename().string())) continue;
    const std::string archived = std::string(accounts_folder) + "/" + relative.generic_string();
    const fs::path target = root / archived;
    io::write_file_atomic(target.string(), io::read_file(entry->path().string()), io::MissingFolders::create);
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write, error);
    written.push_back(archived);
  }
  if (error) throw Failure(ExitCode::io_or_internal, SourceLoc{data, 0, 0}, i18n::system_error_text(error));
  std::sort(written.begin(), written.end());
  return written;
}

Manifest previous_manifest(const fs::path& root) {
  const fs::path path = root / manifest_name;
  if (!fs::exists(path)) return {};
  Diagnostics ignored;  // an unreadable old manifest only means nothing is reused
  try {
    Manifest manifest = parse_manifest(io::read_file(path.string()), path.string(), ignored);
    return ignored.has_errors() ? Manifest{} : manifest;
  } catch (const Failure&) {
    return {};
  }
}

// Deletes what the previous build wrote and this one no longer does: the documents of events
// whose files are gone from the inputs, and site pages nobody links to any more. Only files
// the previous manifest lists are touched (a file the user put in the archive stays), and
// never the old documents of an event that failed this time (they are all there is of it).
// Folders left empty are removed. Returns how many files were deleted.
std::size_t remove_stale_outputs(const fs::path& root, const Manifest& previous, const Manifest& current,
                                 const std::set<std::string>& kept) {
  std::set<std::string> live;
  for (const FileEntry& file : current.files) live.insert(file.path);
  std::size_t removed = 0;
  std::set<fs::path> folders;
  for (const FileEntry& file : previous.files) {
    if (live.count(file.path) != 0 || kept.count(file.path) != 0) continue;
    std::error_code error;
    if (fs::remove(root / file.path, error)) ++removed;
    folders.insert((root / file.path).parent_path());
  }
  // Deepest first, so a folder emptied by removing its subfolders goes too.
  for (auto it = folders.rbegin(); it != folders.rend(); ++it) {
    for (fs::path folder = *it; folder != root && folder.string().size() > root.string().size();
         folder = folder.parent_path()) {
      std::error_code error;
      if (!fs::is_empty(folder, error) || error || !fs::remove(folder, error)) break;
    }
  }
  return removed;
}

// True when the previous build already made this event's outputs from the same source.
bool outputs_current(Slot& slot, const Manifest& previous, const std::map<std::string, const FileEntry*>& files,
                     const fs::path& root, bool docx) {
  if (previous.thidua_version != THIDUA_VERSION) return false;
  const std::string source_hash = io::sha256_hex(slot.source_bytes);
  for (const EventEntry& entry : previous.events) {
    if (entry.folder != slot.folder || entry.sha256 != source_hash || entry.inputs != slot.inputs) continue;
    // A list or photo changed since (the event file did not) is a reason to rebuild.
    for (const std::string& input : slot.inputs) {
      auto file = files.find(slot.folder + "/" + input);
      if (file == files.end()) return false;
      const fs::path disk = fs::path(slot.event->source_dir) / input;
      if (io::sha256_hex(io::read_file(disk.string())) != file->second->sha256) return false;
    }
    // A build with --docx after one without (or the reverse) makes (or drops) the Word files.
    const bool had_docx = std::any_of(entry.outputs.begin(), entry.outputs.end(),
                                      [](const std::string& output) { return output.ends_with(".docx"); });
    if (had_docx != docx) return false;
    for (const std::string& output : entry.outputs) {
      auto file = files.find(output);
      if (file == files.end()) return false;
      std::error_code error;
      const fs::path path = root / output;
      if (!fs::is_regular_file(path, error) || fs::file_size(path, error) != file->second->size) return false;
      if (io::sha256_hex(io::read_file(path.string())) != file->second->sha256) return false;
      slot.verified.push_back(*file->second);
    }
    slot.outputs = entry.outputs;
    return true;
  }
  return false;
}

void build_one(Slot& slot, const fs::path& root, const std::vector<DocumentWriter>& writers) {
  const fs::path folder = root / slot.folder;
  io::write_file_atomic((folder / source_copy_name).string(), slot.source_bytes);
  slot.outputs.push_back(slot.folder + "/" + source_copy_name);
  // The inputs beside the copy, at the paths the event names them by: the archived event
  // checks and builds on its own, and `thidua restore` gives the data folder back.
  for (const std::string& input : slot.inputs) {
    io::write_file_atomic((folder / input).string(), io::read_file((fs::path(slot.event->source_dir) / input).string()));
    slot.outputs.push_back(slot.folder + "/" + input);
  }
  for (const DocumentWriter& writer : writers) {
    if (!writer.applies(*slot.event)) continue;
    for (const std::string& written : writer.write(*slot.event, folder.string(), slot.diags)) {
      slot.outputs.push_back(slot.folder + "/" + written);
    }
  }
}

}  // namespace

std::string event_folder(const model::Event& event) {
  return std::to_string(event.year) + "/" + text::slug(event.bloc.full_name);
}

std::vector<std::string> archived_inputs(const model::Event& event, Diagnostics& diags) {
  std::vector<std::string> inputs;
  std::error_code error;
  const fs::path home = fs::weakly_canonical(fs::path(event.source_dir), error);
  for (const std::string& named : event.input_files) {
    const fs::path relative = fs::path(named).lexically_normal();
    const fs::path resolved = fs::weakly_canonical(fs::path(event.source_dir) / relative, error);
    const fs::path inside = resolved.lexically_relative(home);
    if (relative.is_absolute() || relative.empty() || *relative.begin() == ".." || error || inside.empty() ||
        *inside.begin() == ".." || relative == source_copy_name) {
      diags.error(SourceLoc{event.source_file, 0, 0},
                  tr("the file '%1$s' lies outside the event's folder, so the archive cannot keep it beside the "
                     "event: move it into the folder of the event file (or a folder below it) and name it from there",
                     named));
      continue;
    }
    const std::string path = relative.generic_string();
    if (std::find(inputs.begin(), inputs.end(), path) == inputs.end()) inputs.push_back(path);
  }
  return inputs;
}

std::vector<EventSource> collect_event_files(const std::vector<std::string>& inputs,
                                             const EventFileCheck& not_an_event, const std::string& archive_dir,
                                             Diagnostics& notes) {
  std::vector<EventSource> files;
  std::error_code error;
  const fs::path archive = archive_dir.empty() ? fs::path() : fs::weakly_canonical(archive_dir, error);
  for (const std::string& input : inputs) {
    if (fs::is_directory(input, error)) {
      std::vector<EventSource> found;
      std::vector<std::pair<std::string, std::string>> left_out;  // path, why (noted in sorted order)
      auto entry = fs::recursive_directory_iterator(input, error);
      for (; entry != fs::recursive_directory_iterator(); entry.increment(error)) {
        if (error) break;
        // The archive being built may lie inside the folder (`thidua build . -o out`): its
        // su-kien.xml copies are the same events again.
        if (entry->is_directory() && !archive.empty() && fs::weakly_canonical(entry->path(), error) == archive) {
          left_out.emplace_back(entry->path().string(), _("this is the archive being built"));
          entry.disable_recursion_pending();
          continue;
        }
        if (entry->is_directory()) {
          // Hidden folders (office mode's .thidua-history, .git) hold no events of their own;
          // another archive's copies are the same events again.
          const std::string name = entry->path().filename().string();
          if (!name.empty() && name.front() == '.') {
            entry.disable_recursion_pending();
          } else if (fs::exists(entry->path() / "manifest.json", error)) {
            left_out.emplace_back(entry->path().string(), _("this folder is an archive (it holds manifest.json)"));
            entry.disable_recursion_pending();
          }
          continue;
        }
        if (!entry->is_regular_file() || entry->path().extension() != ".xml") continue;
        const std::string path = entry->path().string();
        const std::string reason = not_an_event ? not_an_event(path) : std::string();
        if (!reason.empty()) {
          left_out.emplace_back(path, reason);
          continue;
        }
        found.push_back({path, entry->path().lexically_relative(input).generic_string()});
      }
      std::sort(found.begin(), found.end(), [](const EventSource& x, const EventSource& y) { return x.path < y.path; });
      std::sort(left_out.begin(), left_out.end());
      for (const auto& [path, why] : left_out) notes.note({path, 0, 0}, tr("left out: %1$s", why));
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(input, error)) {
      files.push_back({input, fs::path(input).filename().string()});
    } else {
      throw Failure(ExitCode::io_or_internal, SourceLoc{input, 0, 0}, _("cannot read file: no such file or folder"));
    }
  }
  return files;
}

BuildSummary build_archive(const BuildOptions& options, const EventLoader& load,
                           const std::vector<DocumentWriter>& writers, const SiteWriter& site) {
  Diagnostics notes;
  const std::vector<EventSource> files =
      collect_event_files(options.inputs, options.not_an_event, options.archive_dir, notes);
  notes.print(std::cerr);
  const fs::path root(options.archive_dir);
  std::error_code error;
  fs::create_directories(root, error);
  if (error) throw Failure(ExitCode::io_or_internal, SourceLoc{options.archive_dir, 0, 0}, tr("cannot create folder: %1$s", i18n::system_error_text(error)));
  remove_stale_temporaries(root);
  const Manifest previous = previous_manifest(root);
  std::map<std::string, const FileEntry*> previous_files;
  for (const FileEntry& file : previous.files) previous_files[file.path] = &file;

  // 1. Load every event (in parallel: loading is independent).
  std::vector<Slot> slots(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    slots[i].path = files[i].path;
    slots[i].relative = files[i].relative;
  }
  exec::parallel_for(slots.size(), options.jobs, [&](std::size_t i) {
    Slot& slot = slots[i];
    try {
      slot.source_bytes = io::read_file(slot.path);
      slot.event = load(slot.path, slot.diags);
      if (slot.event) slot.inputs = archived_inputs(*slot.event, slot.diags);
    } catch (const Failure& failure) {
      for (const Diagnostic& d : failure.diagnostics()) slot.diags.error(d.where, d.message);
    }
    slot.failed = !slot.event || slot.diags.has_errors();
  });

  // 2. Give each event its folder, in input order so the result does not depend on timing.
  std::set<std::string> used;
  for (Slot& slot : slots) {
    if (slot.failed) continue;
    std::string folder = event_folder(*slot.event);
    if (used.count(folder)) folder += "-" + text::slug(slot.event->id);
    if (used.count(folder)) {
      slot.diags.error(SourceLoc{slot.path, 0, 0}, tr("another event already uses the id '%1$s'", slot.event->id));
      slot.failed = true;
      continue;
    }
    used.insert(folder);
    slot.folder = folder;
  }

  // 3. Write each event's documents in parallel, skipping events that are already current.
  ProgressBar progress(options.progress, slots.size());
  std::atomic<bool> io_failure{false};
  exec::parallel_for(slots.size(), options.jobs, [&](std::size_t i) {
    Slot& slot = slots[i];
    if (!slot.failed) {
      try {
        slot.skipped = outputs_current(slot, previous, previous_files, root, options.docx);
        if (!slot.skipped) slot.verified.clear();
        if (!slot.skipped) build_one(slot, root, writers);
      } catch (const Failure& failure) {
        for (const Diagnostic& d : failure.diagnostics()) slot.diags.error(d.where, d.message);
        if (failure.code() == ExitCode::io_or_internal) io_failure = true;
        slot.failed = true;
      }
      if (slot.diags.has_errors()) slot.failed = true;
    }
    progress.advance();
  });
  progress.finish();
  for (const Slot& slot : slots) slot.diags.print(std::cerr);

  // 4. The news site of every event built.
  Manifest manifest;
  manifest.thidua_version = THIDUA_VERSION;
  std::vector<const model::Event*> built;
  for (const Slot& slot : slots) {
    if (!slot.failed) built.push_back(&*slot.event);
  }
  std::vector<std::string> site_files;
  bool site_ok = true;
  if (site && !built.empty()) {
    Diagnostics site_diags;
    for (const std::string& written : site(built, (root / site_folder).string(), site_diags)) {
      site_files.push_back(std::string(site_folder) + "/" + written);
    }
    site_diags.print(std::cerr);
    site_ok = !site_diags.has_errors();
  } else if (site) {
    site_ok = false;  // nothing built: nothing to put on a site, and the old one stays
  }

  // 5. The manifest, written last: a build interrupted before this point is redone by a rerun.
  BuildSummary summary;
  summary.events = slots.size();
  auto add_file = [&](const std::string& relative) {
    const std::string bytes = io::read_file((root / relative).string());
    manifest.files.push_back({relative, io::sha256_hex(bytes), bytes.size()});
  };
  for (const Slot& slot : slots) {
    if (slot.failed) {
      ++summary.failed;
      manifest.failed.push_back(slot.relative);
      continue;
    }
    if (slot.skipped) ++summary.skipped_unchanged;
    EventEntry entry;
    entry.id = slot.event->id;
    entry.source_name = slot.relative;
    entry.inputs = slot.inputs;
    entry.source_copy = slot.folder + "/" + source_copy_name;
    entry.sha256 = io::sha256_hex(slot.source_bytes);
    entry.size = slot.source_bytes.size();
    entry.folder = slot.folder;
    entry.outputs = slot.outputs;
    std::sort(entry.outputs.begin(), entry.outputs.end());
    if (slot.skipped) {
      manifest.files.insert(manifest.files.end(), slot.verified.begin(), slot.verified.end());
    } else {
      for (const std::string& output : entry.outputs) add_file(output);
    }
    manifest.events.push_back(std::move(entry));
  }
  for (const std::string& file : site_files) add_file(file);
  if (!options.accounts_from.empty()) {
    for (const std::string& file : copy_office_files(options.accounts_from, root)) add_file(file);
  }
  summary.files = manifest.files.size();
  // The old documents of an event that failed now stay: its source is still an input.
  std::set<std::string> kept;
  for (const Slot& slot : slots) {
    if (!slot.failed) continue;
    for (const EventEntry& entry : previous.events) {
      if (entry.source_name != slot.relative) continue;
      kept.insert(entry.outputs.begin(), entry.outputs.end());
    }
  }
  if (!site_ok) {  // a site that failed was not rewritten: keep the old one
    for (const FileEntry& file : previous.files) {
      if (file.path.rfind(std::string(site_folder) + "/", 0) == 0) kept.insert(file.path);
    }
  }
  summary.removed = remove_stale_outputs(root, previous, manifest, kept);
  io::write_file_atomic((root / manifest_name).string(), to_json(manifest));
  if (io_failure) throw Failure(ExitCode::io_or_internal);
  return summary;
}

}  // namespace thidua::archive
