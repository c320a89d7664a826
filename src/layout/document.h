// The markup stage's document tree (markup/document.h) under the names the layout stage uses.
#pragma once

#include "markup/document.h"

namespace thidua::layout {

// Document, Block, Paragraph, FontStyle, … are the markup stage's; layout reads them as its own.
using namespace thidua::markup;  // NOLINT(google-build-using-namespace)

}  // namespace thidua::layout
