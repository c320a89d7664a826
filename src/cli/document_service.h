// The document pipeline as the web app (thidua serve) calls it: rendering and the archive build.
#pragma once

#include <memory>

#include "documents/toolbox.h"
#include "serve/app.h"

namespace thidua::cli {

// The registry's documents, made in memory by the document pipeline (documents/pipeline.h),
// and the archive build, for serve::App.
serve::DocumentService document_service(std::shared_ptr<const documents::Toolbox> tools);

}  // namespace thidua::cli
