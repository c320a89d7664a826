// embed_font: the Type0 font objects of a TrueType subset, read with HarfBuzz, built with libharu's dicts.
#include "pdf/font_objects.h"

#include <hb-ot.h>
#include <hb.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdint>
#include <memory>

#include "diag/diagnostic.h"
#include "pdf/hb_handles.h"
#include "pdf/to_unicode.h"
#include "i18n/i18n.h"

namespace thidua::pdf {

namespace {

using Blob = HbBlob;
using Face = HbFace;
using Font = HbFont;

// PDF 32000 9.8.2 font flags.
constexpr HPDF_INT32 kSerif = 1 << 1;
constexpr HPDF_INT32 kNonsymbolic = 1 << 5;
constexpr HPDF_INT32 kItalic = 1 << 6;
constexpr HPDF_INT32 kForceBold = 1 << 18;

// Big-endian fields of one font table; reads past its end give 0.
class Table {
 public:
  Table(hb_face_t* face, hb_tag_t tag) : blob_(hb_face_reference_table(face, tag)) {
    unsigned length = 0;
    data_ = hb_blob_get_data(blob_.get(), &length);
    size_ = length;
  }
  bool empty() const { return size_ == 0; }
  std::uint16_t u16(std::size_t at) const {
    if (at + 2 > size_) return 0;
    return static_cast<std::uint16_t>(byte(at) << 8 | byte(at + 1));
  }
  std::int16_t s16(std::size_t at) const { return static_cast<std::int16_t>(u16(at)); }
  std::int32_t s32(std::size_t at) const {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(u16(at)) << 16 | u16(at + 2));
  }

 private:
  unsigned byte(std::size_t at) const { return static_cast<unsigned char>(data_[at]); }
  Blob blob_;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

// Font units to thousandths of an em, truncated as libharu and most writers do.
HPDF_INT32 per_mille(std::int32_t units, unsigned upem) {
  return static_cast<HPDF_INT32>(static_cast<std::int64_t>(units) * 1000 / static_cast<std::int64_t>(upem));
}

// A serif design, by the OS/2 family class (1–5 and 7 are serif classes) or, unclassified,
// by a PANOSE Latin-text face whose serif style is not one of the sans styles (11–15).
bool is_serif(const Table& os2) {
  const unsigned family_class = os2.u16(30) >> 8;
  if (family_class != 0) return (family_class >= 1 && family_class <= 5) || family_class == 7;
  const unsigned panose_family = os2.u16(32) >> 8;
  const unsigned panose_serif = os2.u16(32) & 0xFF;
  return panose_family == 2 && !(panose_serif >= 11 && panose_serif <= 15);
}

std::string postscript_name(hb_face_t* face) {
  char buffer[128];
  unsigned length = sizeof buffer;
  length = hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length, buffer);
  std::string name;
  for (unsigned i = 0; i < length && buffer[i] != '\0'; ++i) {
    const char c = buffer[i];
    // A PDF name without escapes: printable ASCII other than delimiters and '#'.
    if (c > ' ' && c < 0x7F && std::string_view("()<>[]{}/%#").find(c) == std::string_view::npos) name += c;
  }
  return name.empty() ? std::string("Font") : name;
}

// Adds `dict` to the document's object table (it is then written as an indirect object).
void add_indirect(HPDF_Doc doc, HPDF_Dict dict, const std::string& font_path) {
  if (dict == nullptr || HPDF_Xref_Add(doc->xref, dict) != HPDF_OK) {
    throw Failure(ExitCode::io_or_internal, {font_path, 0, 0}, _("cannot embed the font: out of memory"));
  }
}

HPDF_Dict new_stream(HPDF_Doc doc, std::string_view bytes, const std::string& font_path) {
  HPDF_Dict stream = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (stream == nullptr || HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                             static_cast<HPDF_UINT>(bytes.size())) != HPDF_OK) {
    throw Failure(ExitCode::io_or_internal, {font_path, 0, 0}, _("cannot embed the font: out of memory"));
  }
  return stream;
}

// The shortest W array for `widths` (indexed by CID), as plan_width_array finds it.
HPDF_STATUS add_widths(HPDF_Dict font, const GlyphWidths& widths) {
  const WidthArray plan = plan_width_array(widths);
  HPDF_STATUS status = HPDF_Dict_AddNumber(font, "DW", plan.dw);
  HPDF_Array array = HPDF_Array_New(font->mmgr);
  if (array == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  if (status == HPDF_OK) status = HPDF_Dict_Add(font, "W", array);
  for (const WidthEntry& entry : plan.entries) {
    if (status != HPDF_OK) return status;
    status = HPDF_Array_AddNumber(array, entry.first);
    if (entry.same) {
      if (status == HPDF_OK) status = HPDF_Array_AddNumber(array, entry.last);
      if (status == HPDF_OK) status = HPDF_Array_AddNumber(array, widths.width(entry.first));
      continue;
    }
    HPDF_Array list = HPDF_Array_New(font->mmgr);
    if (list == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
    if (status == HPDF_OK) status = HPDF_Array_Add(array, list);
    for (unsigned cid = entry.first; cid <= entry.last && status == HPDF_OK; ++cid) {
      status = HPDF_Array_AddNumber(list, widths.width(static_cast<char16_t>(cid)));
    }
  }
  return status;
}

}  // namespace

EmbeddedFont embed_font(HPDF_Doc doc, std::string_view program, const std::vector<char16_t>& codes,
                        const std::string& tag, const std::string& font_path) {
  auto fail = [&](const std::string& message) -> void {
    throw Failure(ExitCode::io_or_internal, {font_path, 0, 0}, message);
  };
  Blob blob(hb_blob_create(program.data(), static_cast<unsigned>(program.size()), HB_MEMORY_MODE_READONLY, nullptr,
                           nullptr));
  Face face(hb_face_create(blob.get(), 0));
  const unsigned upem = hb_face_get_upem(face.get());
  const Table head(face.get(), HB_TAG('h', 'e', 'a', 'd'));
  const Table hhea(face.get(), HB_TAG('h', 'h', 'e', 'a'));
  const Table post(face.get(), HB_TAG('p', 'o', 's', 't'));
  const Table os2(face.get(), HB_TAG('O', 'S', '/', '2'));
  if (hb_face_get_glyph_count(face.get()) == 0 || upem == 0 || head.empty() || hhea.empty()) {
    fail(_("the font subset is not a usable TrueType font"));
  }
  Font font(hb_font_create(face.get()));  // scale = upem: advances in font units

  // Glyphs and widths of the codes, CID i + 1 for codes[i]; the map's entry 0 is .notdef.
  std::string map((codes.size() + 1) * 2, '\0');
  std::vector<int> code_widths;
  code_widths.reserve(codes.size());
  bool has_space = false;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    hb_codepoint_t gid = 0;
    hb_font_get_nominal_glyph(font.get(), codes[i], &gid);
    map[(i + 1) * 2] = static_cast<char>(gid >> 8);
    map[(i + 1) * 2 + 1] = static_cast<char>(gid & 0xFF);
    code_widths.push_back(per_mille(hb_font_get_glyph_h_advance(font.get(), gid), upem));
    if (codes[i] == u' ' && gid != 0) has_space = true;
  }
  const int notdef_width = per_mille(hb_font_get_glyph_h_advance(font.get(), 0), upem);
  EmbeddedFont embedded;
  embedded.widths = GlyphWidths(codes, code_widths, notdef_width, has_space);
  std::vector<char16_t> cids(codes.size());
  for (std::size_t i = 0; i < cids.size(); ++i) cids[i] = static_cast<char16_t>(i + 1);
  const GlyphWidths cid_widths(std::move(cids), std::move(code_widths), notdef_width, has_space);

  const std::string base_font = tag + "+" + postscript_name(face.get());
  HPDF_MMgr mmgr = doc->mmgr;
  HPDF_STATUS status = HPDF_OK;
  auto check = [&](HPDF_STATUS s) {
    if (s != HPDF_OK && status == HPDF_OK) status = s;
  };

  // The descriptor, with the subset itself as the font program.
  HPDF_Dict program_stream = new_stream(doc, program, font_path);
  check(HPDF_Dict_AddNumber(program_stream, "Length1", static_cast<HPDF_INT32>(program.size())));
  HPDF_Dict descriptor = HPDF_Dict_New(mmgr);
  add_indirect(doc, descriptor, font_path);
  HPDF_INT32 flags = kNonsymbolic;
  if (is_serif(os2)) flags |= kSerif;
  const double italic_angle = post.s32(4) / 65536.0;
  if (italic_angle != 0) flags |= kItalic;
  if ((head.u16(44) & 1) != 0) flags |= kForceBold;  // macStyle bold
  check(HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor"));
  check(HPDF_Dict_AddName(descriptor, "FontName", base_font.c_str()));
  check(HPDF_Dict_AddNumber(descriptor, "Flags", flags));
  HPDF_Array bbox = HPDF_Array_New(mmgr);
  if (bbox == nullptr) fail(_("cannot embed the font: out of memory"));
  check(HPDF_Dict_Add(descriptor, "FontBBox", bbox));
  for (std::size_t at : {36u, 38u, 40u, 42u}) check(HPDF_Array_AddNumber(bbox, per_mille(head.s16(at), upem)));
  check(HPDF_Dict_AddReal(descriptor, "ItalicAngle", static_cast<HPDF_REAL>(italic_angle)));
  check(HPDF_Dict_AddNumber(descriptor, "Ascent", per_mille(hhea.s16(4), upem)));
  check(HPDF_Dict_AddNumber(descriptor, "Descent", per_mille(hhea.s16(6), upem)));
  if (os2.u16(0) >= 2) {
    check(HPDF_Dict_AddNumber(descriptor, "CapHeight", per_mille(os2.s16(88), upem)));
    check(HPDF_Dict_AddNumber(descriptor, "XHeight", per_mille(os2.s16(86), upem)));
  } else {
    check(HPDF_Dict_AddNumber(descriptor, "CapHeight", per_mille(hhea.s16(4), upem)));
  }
  check(HPDF_Dict_AddNumber(descriptor, "StemV", 0));  // required; unknown for TrueType
  check(HPDF_Dict_Add(descriptor, "FontFile2", program_stream));

  // The CIDFont: which glyph each CID draws, and how wide.
  HPDF_Dict cid_font = HPDF_Dict_New(mmgr);
  add_indirect(doc, cid_font, font_path);
  check(HPDF_Dict_AddName(cid_font, "Type", "Font"));
  check(HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2"));
  check(HPDF_Dict_AddName(cid_font, "BaseFont", base_font.c_str()));
  HPDF_Dict system_info = HPDF_Dict_New(mmgr);
  if (system_info == nullptr) fail(_("cannot embed the font: out of memory"));
  check(HPDF_Dict_Add(cid_font, "CIDSystemInfo", system_info));
  check(HPDF_Dict_Add(system_info, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr)));
  check(HPDF_Dict_Add(system_info, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr)));
  check(HPDF_Dict_AddNumber(system_info, "Supplement", 0));
  check(HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor));
  if (!codes.empty()) check(add_widths(cid_font, cid_widths));
  check(HPDF_Dict_Add(cid_font, "CIDToGIDMap", new_stream(doc, map, font_path)));

  // The font the pages use: Identity-H, 2-byte CIDs, and what text each CID is.
  HPDF_Dict type0 = HPDF_Dict_New(mmgr);
  add_indirect(doc, type0, font_path);
  check(HPDF_Dict_AddName(type0, "Type", "Font"));
  check(HPDF_Dict_AddName(type0, "Subtype", "Type0"));
  check(HPDF_Dict_AddName(type0, "BaseFont", base_font.c_str()));
  check(HPDF_Dict_AddName(type0, "Encoding", "Identity-H"));
  HPDF_Array descendants = HPDF_Array_New(mmgr);
  if (descendants == nullptr) fail(_("cannot embed the font: out of memory"));
  check(HPDF_Dict_Add(type0, "DescendantFonts", descendants));
  check(HPDF_Array_Add(descendants, cid_font));
  check(HPDF_Dict_Add(type0, "ToUnicode", new_stream(doc, to_unicode_cmap(codes), font_path)));
  if (status != HPDF_OK) fail(tr("cannot embed the font (libharu error %1$d)", status));
  embedded.font = type0;
  return embedded;
}

}  // namespace thidua::pdf
