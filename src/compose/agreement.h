// Template data of the agreement PDF (bản giao ước thi đua): header, contents, signatures, recipients.
#pragma once

#include "compose/document_data.h"

namespace thidua::compose {

// Everything templates/agreement/document.mustache needs; the event must have an <agreement>.
Data agreement_data(const model::Event& event);
// The PDF metadata of the agreement (creation date = the event's date).
DocumentMeta agreement_meta(const model::Event& event);
// A target in words: "ít nhất 850 sáng kiến", or its free text.
std::string target_phrase(const model::Target& target);

}  // namespace thidua::compose
