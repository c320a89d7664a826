// FontSet over HarfBuzz: reads the four faces, caches coverage and advances per BMP code point.
#include "layout/fonts.h"

#include <hb.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

#include "diag/diagnostic.h"
#include "layout/utf8.h"

namespace thidua::layout {

namespace {

constexpr const char* kFaceFiles[4] = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                       "LiberationSerif-Italic.ttf",
                                       "LiberationSerif-BoldItalic.ttf"};
constexpr std::size_t kBmpSize = 0x10000;
// Marks a BMP slot whose code point the face does not map.
constexpr float kMissing = -1.0f;

std::size_t index_of(FontStyle style) { return static_cast<std::size_t>(style); }

// One face: its file bytes, and advances (thousandths of an em) for every BMP code point.
struct Face {
  std::string path;
  std::string bytes;
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  // Why a flat array: layout asks for an advance once per character of every document, and
  // 64 K floats (256 KB) per face cost less than one hash lookup per glyph.
  std::vector<float> advances;
  double scale = 1;  // font units to thousandths of an em
  double ascender = 0;
  double descender = 0;
  double line_gap = 0;

  Face() = default;
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;
  ~Face() {
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }

  // Reads the file and fills the advance table; throws Failure naming the file.
  void load(const std::string& file) {
    path = file;
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Failure(ExitCode::io_or_internal, SourceLoc{file, 0, 0}, "cannot open font file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = std::move(buffer).str();
    if (bytes.empty()) throw Failure(ExitCode::io_or_internal, SourceLoc{file, 0, 0}, "font file is empty");
    blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()), HB_MEMORY_MODE_READONLY,
                          nullptr, nullptr);
    face = hb_face_create(blob, 0);
    const unsigned upem = hb_face_get_upem(face);
    if (hb_face_get_glyph_count(face) == 0 || upem == 0) {
      throw Failure(ExitCode::io_or_internal, SourceLoc{file, 0, 0}, "not a usable TrueType font");
    }
    font = hb_font_create(face);  // scale defaults to upem: advances come in font units
    scale = 1000.0 / upem;
    hb_font_extents_t extents{};
    hb_font_get_h_extents(font, &extents);
    ascender = extents.ascender * scale;
    descender = extents.descender * scale;
    line_gap = extents.line_gap * scale;
    fill_advances();
  }

  void fill_advances() {
    advances.assign(kBmpSize, kMissing);
    hb_set_t* mapped = hb_set_create();
    hb_face_collect_unicodes(face, mapped);
    hb_codepoint_t cp = HB_SET_VALUE_INVALID;
    while (hb_set_next(mapped, &cp) && cp < kBmpSize) {
      hb_codepoint_t glyph = 0;
      if (!hb_font_get_nominal_glyph(font, cp, &glyph)) continue;
      advances[cp] = static_cast<float>(hb_font_get_glyph_h_advance(font, glyph) * scale);
    }
    hb_set_destroy(mapped);
  }

  bool has(char32_t cp) const {
    if (cp < kBmpSize) return advances[cp] != kMissing;
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(font, cp, &glyph) != 0;
  }

  double advance(char32_t cp) const {
    if (cp < kBmpSize) return advances[cp] == kMissing ? 0.0 : advances[cp];
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(font, cp, &glyph)) return 0.0;
    return hb_font_get_glyph_h_advance(font, glyph) * scale;
  }
};

class HbFontSet final : public FontSet {
 public:
  explicit HbFontSet(const std::string& directory) {
    std::string dir = directory;
    if (!dir.empty() && dir.back() != '/') dir += '/';
    for (std::size_t i = 0; i < 4; ++i) faces_[i].load(dir + kFaceFiles[i]);
  }

  const std::string& path(FontStyle style) const override { return faces_[index_of(style)].path; }
  std::string_view data(FontStyle style) const override { return faces_[index_of(style)].bytes; }
  bool has_glyph(FontStyle style, char32_t cp) const override { return faces_[index_of(style)].has(cp); }
  double advance(FontStyle style, char32_t cp) const override {
    return faces_[index_of(style)].advance(cp);
  }
  double ascender(FontStyle style) const override { return faces_[index_of(style)].ascender; }
  double descender(FontStyle style) const override { return faces_[index_of(style)].descender; }
  double line_gap(FontStyle style) const override { return faces_[index_of(style)].line_gap; }

 private:
  Face faces_[4];
};

}  // namespace

std::shared_ptr<const FontSet> FontSet::load(const std::string& directory) {
  return std::make_shared<HbFontSet>(directory);
}

std::string FontSet::default_directory() {
  const char* env = std::getenv("THIDUA_FONTS");
  if (env != nullptr && *env != '\0') return env;
  return "/usr/share/fonts/truetype/liberation2";
}

double FontSet::width(FontStyle style, double size, std::string_view text) const {
  double total = 0;
  for (std::size_t pos = 0; pos < text.size();) total += advance(style, next_code_point(text, pos));
  return total * size / 1000.0;
}

}  // namespace thidua::layout
