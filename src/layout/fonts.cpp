// FontSet over HarfBuzz: maps the four faces, caches coverage and advances per block of code points.
#include "layout/fonts.h"

#include <hb.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <memory>

#include "diag/diagnostic.h"
#include "i18n/i18n.h"
#include "text/utf8.h"

namespace thidua::layout {

namespace {

constexpr const char* kFaceFiles[4] = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                       "LiberationSerif-Italic.ttf",
                                       "LiberationSerif-BoldItalic.ttf"};
// Advances are cached in blocks of 64 code points, filled on first use.
constexpr std::size_t kBlockBits = 6;
constexpr std::size_t kBlockSize = std::size_t{1} << kBlockBits;
constexpr std::size_t kBlockCount = 0x10000 >> kBlockBits;
// Marks a slot whose code point the face does not map.
constexpr float kMissing = -1.0f;

std::size_t index_of(FontStyle style) { return static_cast<std::size_t>(style); }

// One face: its file (mapped, not copied), and advances (thousandths of an em) per BMP code point.
struct Face {
  using Block = std::array<float, kBlockSize>;

  std::string path;
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  // Why blocks filled on demand: layout asks for an advance once per character, so lookups
  // must be an array index; but a whole-BMP table (256 KB per face) costs more to fill at
  // start-up than an agreement takes to lay out. Vietnamese text touches about ten blocks.
  // Threads share the faces, so a block is published with compare-and-swap.
  mutable std::array<std::atomic<const Block*>, kBlockCount> blocks{};
  double scale = 1;  // font units to thousandths of an em
  double ascender = 0;
  double descender = 0;
  double line_gap = 0;
  bool printable_ascii = false;  // a glyph for each of U+0020..U+007E

  Face() = default;
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;
  ~Face() {
    for (auto& block : blocks) delete block.load(std::memory_order_relaxed);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }

  // Maps the file and reads the face's metrics; throws Failure naming the file.
  void load(const std::string& file) {
    path = file;
    blob = hb_blob_create_from_file_or_fail(file.c_str());
    if (blob == nullptr) throw Failure(ExitCode::io_or_internal, SourceLoc{file, 0, 0}, _("cannot open font file"));
    if (hb_blob_get_length(blob) == 0) {
      throw Failure(ExitCode::io_or_internal, SourceLoc{file, 0, 0}, _("font file is empty"));
    }
    face = hb_face_create(blob, 0);
    const unsigned upem = hb_face_get_upem(face);
    if (hb_face_get_glyph_count(face) == 0 || upem == 0) {
      throw Failure(ExitCode::io_or_internal, SourceLoc{file, 0, 0}, _("not a usable TrueType font"));
    }
    font = hb_font_create(face);  // scale defaults to upem: advances come in font units
    scale = 1000.0 / upem;
    hb_font_extents_t extents{};
    hb_font_get_h_extents(font, &extents);
    ascender = extents.ascender * scale;
    descender = extents.descender * scale;
    line_gap = extents.line_gap * scale;
    printable_ascii = true;
    for (char32_t cp = 0x20; cp < 0x7F; ++cp) printable_ascii = printable_ascii && has(cp);
  }

  std::string_view bytes() const {
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    return {data, length};
  }

  // The advance of `cp` in thousandths of an em, or kMissing when the face does not map it.
  float lookup(char32_t cp) const {
    if (cp >= 0x10000) {
      hb_codepoint_t glyph = 0;
      if (!hb_font_get_nominal_glyph(font, cp, &glyph)) return kMissing;
      return static_cast<float>(hb_font_get_glyph_h_advance(font, glyph) * scale);
    }
    const std::size_t index = cp >> kBlockBits;
    const Block* block = blocks[index].load(std::memory_order_acquire);
    if (block == nullptr) block = fill_block(index);
    return (*block)[cp & (kBlockSize - 1)];
  }

  const Block* fill_block(std::size_t index) const {
    auto block = std::make_unique<Block>();
    const auto first = static_cast<hb_codepoint_t>(index << kBlockBits);
    for (std::size_t i = 0; i < kBlockSize; ++i) {
      hb_codepoint_t glyph = 0;
      (*block)[i] = hb_font_get_nominal_glyph(font, first + static_cast<hb_codepoint_t>(i), &glyph)
                        ? static_cast<float>(hb_font_get_glyph_h_advance(font, glyph) * scale)
                        : kMissing;
    }
    const Block* expected = nullptr;
    if (blocks[index].compare_exchange_strong(expected, block.get(), std::memory_order_acq_rel)) {
      return block.release();
    }
    return expected;  // another thread filled it first: use theirs (identical)
  }

  bool has(char32_t cp) const { return lookup(cp) != kMissing; }

  double advance(char32_t cp) const {
    const float value = lookup(cp);
    return value == kMissing ? 0.0 : value;
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
  std::string_view data(FontStyle style) const override { return faces_[index_of(style)].bytes(); }
  bool has_glyph(FontStyle style, char32_t cp) const override { return faces_[index_of(style)].has(cp); }
  double advance(FontStyle style, char32_t cp) const override {
    return faces_[index_of(style)].advance(cp);
  }
  double ascender(FontStyle style) const override { return faces_[index_of(style)].ascender; }
  double descender(FontStyle style) const override { return faces_[index_of(style)].descender; }
  double line_gap(FontStyle style) const override { return faces_[index_of(style)].line_gap; }
  bool covers_printable_ascii(FontStyle style) const override { return faces_[index_of(style)].printable_ascii; }

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

bool FontSet::covers_printable_ascii(FontStyle style) const {
  for (char32_t cp = 0x20; cp < 0x7F; ++cp) {
    if (!has_glyph(style, cp)) return false;
  }
  return true;
}

double FontSet::width(FontStyle style, double size, std::string_view text) const {
  double total = 0;
  for (std::size_t pos = 0; pos < text.size();) total += advance(style, text::next_code_point(text, pos));
  return total * size / 1000.0;
}

}  // namespace thidua::layout
