// The DOCX backend: a parsed markup document → an Office Open XML (Word) file, from the same blocks the layout lays out.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "layout/fonts.h"
#include "markup/document.h"

namespace thidua::docx {

// The parts of a DOCX package ("word/document.xml", its bytes), in the order they are zipped.
struct Package {
  std::vector<std::pair<std::string, std::string>> parts;
  // The part called `name`, or nullptr.
  const std::string* part(const std::string& name) const;
};

// Builds every part of the Word document for `document`: styles from its settings, the body
// from its blocks, page numbers as PAGE fields, `meta` in docProps (dated by meta.date).
// `fonts` measures text where the layout would (the length of a rule under a title). An
// unreadable image is an error at its element in `diags`, and Failure(bad_input) is thrown.
Package build_package(const markup::Document& document, const markup::DocumentMeta& meta,
                      const layout::FontSet& fonts, Diagnostics& diags);

// The .docx file: the package's parts zipped, deterministically. Throws Failure (exit 3)
// when the zip library is missing or fails.
std::string package_bytes(const Package& package);

}  // namespace thidua::docx
