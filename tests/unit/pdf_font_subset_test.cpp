// Unit tests of font subsetting: only the glyphs asked for, deterministic, bad input named.
#include <catch2/catch.hpp>
#include <hpdf_objects.h>

#include <hb.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/files.h"
#include "diag/diagnostic.h"
#include "pdf/font_subset.h"
#include "pdf/hpdf_document.h"

using thidua::pdf::subset_font;

namespace {

std::string regular_font_path() {
  const char* env = std::getenv("THIDUA_FONTS");
  const std::string dir = env != nullptr && *env != '\0' ? env : "/usr/share/fonts/truetype/liberation2";
  return dir + "/LiberationSerif-Regular.ttf";
}

using thidua::io::read_file;  // the whole file; a missing one throws

// Facts about a font read back with HarfBuzz.
struct FontFacts {
  unsigned int glyphs = 0;
  std::vector<hb_tag_t> tables;
  bool maps(hb_codepoint_t cp) const { return glyph_of(cp) != 0; }
  hb_codepoint_t glyph_of(hb_codepoint_t cp) const {
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(font, cp, &glyph) ? glyph : 0;
  }
  hb_font_t* font = nullptr;
};

FontFacts inspect(const std::string& bytes) {
  FontFacts facts;
  hb_blob_t* blob = hb_blob_create(bytes.data(), static_cast<unsigned int>(bytes.size()),
                                   HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  facts.glyphs = hb_face_get_glyph_count(face);
  hb_tag_t tags[64];
  unsigned int count = 64;
  hb_face_get_table_tags(face, 0, &count, tags);
  facts.tables.assign(tags, tags + count);
  facts.font = hb_font_create(face);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return facts;
}

}  // namespace

TEST_CASE("subset_font keeps only the glyphs of the code points used", "[pdf]") {
  const std::string path = regular_font_path();
  const std::string original = read_file(path);
  const std::vector<char16_t> codes = {u' ', u'N', u'a', u'm', u'i', u't', u'V', 0x1EC7};  // "Việt Nam"
  const std::string subset = subset_font(original, codes, path);

  CHECK(subset.size() < original.size() / 20);
  FontFacts facts = inspect(subset);
  CHECK(facts.glyphs <= codes.size() + 4);  // plus .notdef and the parts of composite "ệ"
  for (char16_t cp : codes) CHECK(facts.maps(cp));
  CHECK_FALSE(facts.maps(u'b'));
  CHECK(facts.tables.size() == 10);  // cmap glyf loca head hhea hmtx maxp post name OS/2
  for (const char* kept : {"cmap", "glyf", "loca", "head", "hhea", "hmtx", "maxp", "post", "name", "OS/2"}) {
    CHECK(std::find(facts.tables.begin(), facts.tables.end(), hb_tag_from_string(kept, 4)) != facts.tables.end());
  }
  hb_font_destroy(facts.font);

  CHECK(subset_font(original, codes, path) == subset);  // deterministic
}

TEST_CASE("every subset embeds, even of code points the font lacks", "[pdf]") {
  const std::string path = regular_font_path();
  const std::string original = read_file(path);
  const std::vector<std::vector<char16_t>> cases = {
      {u'A'},
      {0x4E2D, 0x6587},  // 中文: no glyph in Liberation Serif, yet the font must embed
      {u' ', 0x00E0, 0x1EA1, 0x1EF9, 0x20AB},
  };
  for (const std::vector<char16_t>& codes : cases) {
    const std::string subset = subset_font(original, codes, path);
    thidua::pdf::HpdfDocument doc("unused.pdf");  // one face per document, as in use
    const thidua::pdf::LoadedFont font = doc.load_font(subset, codes, path);
    REQUIRE(font.font != nullptr);
    const auto base = static_cast<HPDF_Name>(HPDF_Dict_GetItem(font.font, "BaseFont", HPDF_OCLASS_NAME));
    REQUIRE(base != nullptr);
    CHECK(std::string(HPDF_Name_GetValue(base)) == "THIDUA+LiberationSerif");
    CHECK(font.widths.codes() == codes);
    if (codes.front() == 0x4E2D) {
      // Codes without a glyph draw .notdef, with its width (777 in Liberation Serif).
      CHECK(font.widths.width(0x4E2D) == 777);
      CHECK(font.widths.fallback() == 777);
    }
  }
}

TEST_CASE("subset_font names the font file it cannot use", "[pdf]") {
  try {
    subset_font("not a font at all", {u'a'}, "/fonts/broken.ttf");
    FAIL("no thidua::Failure was thrown");
  } catch (const thidua::Failure& failure) {
    REQUIRE(failure.diagnostics().size() == 1);
    CHECK(failure.diagnostics()[0].format() == "/fonts/broken.ttf: error: not a usable TrueType font");
  }
}
