// hb-subset wrapper: keeps the glyf-flavoured TrueType tables a PDF needs and drops the rest.
#include "pdf/font_subset.h"

#include <hb-subset.h>

#include <array>
#include <memory>

#include "diag/diagnostic.h"
#include "pdf/hb_handles.h"
#include "i18n/i18n.h"

namespace thidua::pdf {

namespace {

// The tables a PDF reader draws the glyphs with (glyf, loca, head, hhea, hmtx, maxp) and
// those embed_font reads (head, hhea, post, OS/2, name; cmap for the glyph ids). Hinting
// (cvt, fpgm, prep) is dropped on purpose: about 4.5 KB per face, and PDF viewers
// rasterise without the bytecode.
constexpr std::array<const char*, 10> kept_tables = {"cmap", "glyf", "loca", "head", "hhea",
                                                     "hmtx", "maxp", "post", "name", "OS/2"};

using Blob = HbBlob;
using Face = HbFace;
using Input = HbSubsetInput;

[[noreturn]] void fail(const std::string& font_path, const std::string& message) {
  throw Failure(ExitCode::io_or_internal, {font_path, 0, 0}, message);
}

bool is_kept(hb_tag_t tag) {
  for (const char* name : kept_tables) {
    if (hb_tag_from_string(name, 4) == tag) return true;
  }
  return false;
}

// Adds every table of `face` that is not in kept_tables to the drop set.
void drop_unneeded_tables(hb_face_t* face, hb_set_t* drop) {
  std::array<hb_tag_t, 32> tags{};
  unsigned int start = 0;
  for (;;) {
    unsigned int count = static_cast<unsigned int>(tags.size());
    unsigned int total = hb_face_get_table_tags(face, start, &count, tags.data());
    for (unsigned int i = 0; i < count; ++i) {
      if (!is_kept(tags[i])) hb_set_add(drop, tags[i]);
    }
    start += count;
    if (count == 0 || start >= total) break;
  }
}

}  // namespace

std::string subset_font(std::string_view font_data, const std::vector<char16_t>& code_points,
                        const std::string& font_path) {
  Blob blob(hb_blob_create(font_data.data(), static_cast<unsigned int>(font_data.size()),
                           HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  Face face(hb_face_create(blob.get(), 0));
  if (hb_face_get_glyph_count(face.get()) == 0) fail(font_path, _("not a usable TrueType font"));
  Blob glyf(hb_face_reference_table(face.get(), HB_TAG('g', 'l', 'y', 'f')));
  if (hb_blob_get_length(glyf.get()) == 0) {
    fail(font_path, _("the font has no glyf table (thidua embeds TrueType outlines only)"));
  }

  Input input(hb_subset_input_create_or_fail());
  if (!input) fail(font_path, _("out of memory while subsetting the font"));
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char16_t cp : code_points) hb_set_add(unicodes, cp);
  // The space too: even when no code point drawn is in the font, hb-subset then writes a
  // Unicode cmap subtable, which embed_font reads the glyph ids from.
  hb_set_add(unicodes, 0x20);
  // No hinting (see kept_tables); keep the .notdef outline so a missing glyph shows
  // as a box instead of silently drawing nothing.
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
  drop_unneeded_tables(face.get(), hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG));

  Face subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) fail(font_path, _("HarfBuzz could not subset the font"));
  Blob result(hb_face_reference_blob(subset.get()));
  unsigned int length = 0;
  const char* data = hb_blob_get_data(result.get(), &length);
  if (data == nullptr || length == 0) fail(font_path, _("HarfBuzz produced an empty font subset"));
  return std::string(data, length);
}

}  // namespace thidua::pdf
