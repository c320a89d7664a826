// Where thidua's own data (templates, catalogues, web files) is, found from the running binary.
#pragma once

#include <string>

namespace thidua::io {

// The folder holding the running binary (from /proc/self/exe), or "" when it cannot be read.
std::string executable_folder();

// The folder of thidua's data item `name` ("templates") for a binary in `binary_folder`:
// BINDIR/../share/thidua/NAME after `cmake --install` (so a moved tree still works), else
// BINDIR/NAME (the build tree, where CMake links it to the checkout). "" when neither exists.
std::string find_data_folder(const std::string& binary_folder, const std::string& name);

}  // namespace thidua::io
