// Writing a zip archive in memory (for the DOCX backend), through the same libzip the workbook reader loads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace thidua::workbook {

// One file of an archive to write.
struct ZipEntry {
  std::string name;        // "word/document.xml"
  std::string_view bytes;  // its content; must stay alive until zip_bytes returns
};

// The bytes of a zip archive holding `entries` in the order given, each deflated at a fixed
// level and dated 1980-01-01 00:00 (the earliest a zip can say), so the same entries always
// give the same bytes. Throws std::runtime_error (a message for staff) when libzip is missing
// or fails.
std::string zip_bytes(const std::vector<ZipEntry>& entries);

}  // namespace thidua::workbook
