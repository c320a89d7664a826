// Owning handles for HarfBuzz objects (blob, face, font, subset input), released on scope exit.
#pragma once

#include <hb-subset.h>
#include <hb.h>

#include <memory>

namespace thidua::pdf {

// Calls HarfBuzz's destroy function for T.
template <typename T, void (*destroy)(T*)>
struct HbDeleter {
  void operator()(T* p) const { destroy(p); }
};

using HbBlob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using HbFace = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using HbFont = std::unique_ptr<hb_font_t, HbDeleter<hb_font_t, hb_font_destroy>>;
using HbSubsetInput = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;

}  // namespace thidua::pdf
