// Writes a finished file so that readers see either the old file or the whole new one.
#pragma once

#include <string>
#include <string_view>

namespace thidua::pdf {

// Writes `bytes` to a temporary file in the directory of `path`, then renames it onto
// `path`; on any error the temporary file is removed and thidua::Failure (exit 3)
// naming `path` is thrown, leaving an existing file at `path` untouched.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace thidua::pdf
