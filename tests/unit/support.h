// What many unit tests share: the source tree's path, the one toolbox (fonts and templates),
// the samples loaded with their messages shown on failure, and fresh scratch folders.
#pragma once

#include <filesystem>
#include <string>

#include "documents/toolbox.h"
#include "layout/fonts.h"
#include "model/event.h"

namespace thidua::testing {

// The checkout's root (THIDUA_SOURCE_DIR), where samples/, templates/ and tests/ are.
const std::string& source_dir();

// The fonts and templates of the checkout, loaded once for the whole test run.
const documents::Toolbox& toolbox();

// The bundled fonts, loaded once (the same set as toolbox().fonts()).
const layout::FontSet& fonts();

// Loads an event file; fails the test (showing the loader's messages) when it has errors.
model::Event load_event_file(const std::filesystem::path& path);

// Loads samples/NAME.xml (NAME with or without ".xml") through load_event_file.
model::Event load_sample(const std::string& name);

// An empty folder of this test run's own (under the temporary directory, named after the
// process and `name`); anything left there by an earlier call is removed first.
std::filesystem::path scratch_dir(const std::string& name);

}  // namespace thidua::testing
