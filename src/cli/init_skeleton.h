// The files `thidua init` writes: an event XML to fill in, and the three list workbooks.
#pragma once

#include <string>
#include <vector>

#include "workbook/writer.h"

namespace thidua::cli {

// The event XML skeleton of kind `kind` ("agreement", "movement" or "campaign"): every field
// empty, each with a Vietnamese comment saying what to write and giving an example.
std::string event_skeleton(const std::string& kind);

// The list workbooks beside it, by file name: don-vi.xlsx, khach-moi.xlsx, dai-bieu.xlsx
// (Vietnamese headers with a note on each; units only for kinds signed by units).
std::vector<std::pair<std::string, workbook::SheetSpec>> list_skeletons(const std::string& kind);

}  // namespace thidua::cli
