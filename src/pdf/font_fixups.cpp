// Rewrites the ToUnicode and CIDToGIDMap streams and glyph flags of libharu's Type0 fonts.
//
// libharu 2.3.0 has no public way to do this: the font's attribute record
// (hpdf_font.h), its font definition (hpdf_fontdef.h) and the dictionary and stream
// primitives (hpdf_objects.h, hpdf_streams.h) are internal but installed by Debian.
// The layout of those records is fixed for the 2.3.0 ABI that CMake links against.
#include "pdf/font_fixups.h"

#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <string>
#include <string_view>
#include <utility>

#include "pdf/glyph_widths.h"
#include "pdf/to_unicode.h"

namespace thidua::pdf {

namespace {

// Empties a dictionary stream and writes `bytes` into it.
HPDF_STATUS rewrite_stream(HPDF_Dict dict, const void* bytes, std::size_t size) {
  if (dict == nullptr || dict->stream == nullptr || dict->stream->type != HPDF_STREAM_MEMORY) {
    return HPDF_INVALID_FONT;
  }
  HPDF_MemStream_FreeData(dict->stream);
  if (size == 0) return HPDF_OK;
  return HPDF_Stream_Write(dict->stream, static_cast<const HPDF_BYTE*>(bytes),
                           static_cast<HPDF_UINT>(size));
}

// The ToUnicode stream is a plain stream: drop the CMap keys libharu copied into it
// from its encoding CMap (Type, CMapName, CIDSystemInfo, WMode).
void strip_cmap_keys(HPDF_Dict dict) {
  for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) {
    // An absent key only returns HPDF_DICT_ITEM_NOT_FOUND (no sticky error): ignore it.
    HPDF_Dict_RemoveElement(dict, key);
  }
}

HPDF_STATUS rewrite_cid_to_gid_map(HPDF_FontAttr attr, const std::vector<char16_t>& codes) {
  // Big-endian glyph id per CID: CID 0 is .notdef (glyph 0), CID i + 1 draws codes[i].
  std::string map((codes.size() + 1) * 2, '\0');
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(attr->fontdef, codes[i]);
    map[(i + 1) * 2] = static_cast<char>(gid >> 8);
    map[(i + 1) * 2 + 1] = static_cast<char>(gid & 0xFF);
  }
  return rewrite_stream(attr->map_stream, map.data(), map.size());
}

// The widths of `codes` as libharu computes them for its W array: the glyph's advance in
// thousandths of an em, truncated.
GlyphWidths glyph_widths(HPDF_FontAttr attr, const std::vector<char16_t>& codes) {
  std::vector<int> widths;
  widths.reserve(codes.size());
  bool has_space = false;
  for (char16_t code : codes) {
    const HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(attr->fontdef, code);
    widths.push_back(HPDF_TTFontDef_GetGidWidth(attr->fontdef, gid));
    if (code == u' ' && gid != 0) has_space = true;
  }
  return GlyphWidths(codes, std::move(widths), HPDF_TTFontDef_GetGidWidth(attr->fontdef, 0), has_space);
}

// Replaces libharu's W array and DW with the shortest equivalent (plan_width_array) for
// `widths` indexed by CID. Why: libharu takes DW from glyph 0 (777 in Liberation Serif,
// which no letter has) and lists every width; a W array that leaves the most common
// width to DW and writes runs of one width as "c1 c2 w" is a third shorter.
HPDF_STATUS rewrite_widths(HPDF_FontAttr attr, const GlyphWidths& widths) {
  HPDF_Dict font = attr->descendant_font;
  const WidthArray plan = plan_width_array(widths);
  HPDF_Array array = HPDF_Array_New(font->mmgr);
  if (array == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  HPDF_STATUS status = HPDF_Dict_Add(font, "W", array);  // replaces (and frees) libharu's
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
  if (status != HPDF_OK) return status;
  status = HPDF_Dict_AddNumber(font, "DW", plan.dw);
  if (status != HPDF_OK) return status;
  // DW2 applies to vertical writing only; these fonts are Identity-H.
  HPDF_Dict_RemoveElement(font, "DW2");
  return HPDF_OK;
}

HPDF_STATUS fix_ordering(HPDF_FontAttr attr) {
  auto info = static_cast<HPDF_Dict>(
      HPDF_Dict_GetItem(attr->descendant_font, "CIDSystemInfo", HPDF_OCLASS_DICT));
  if (info == nullptr) return HPDF_INVALID_FONT;
  HPDF_String ordering = HPDF_String_New(info->mmgr, "Identity", nullptr);
  if (ordering == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  return HPDF_Dict_Add(info, "Ordering", ordering);  // replaces the old value
}

// Makes libharu's UTF-8 encoder look, for the time of one HPDF_GetFont call, like a
// table-driven CMap encoder that knows only the codes a font will draw, as CIDs 1..N.
//
// Why: for the UTF-8 encoder, libharu's CIDFontType2_New looks up a glyph for each of
// the 65,536 BMP code points (a linear search of the cmap each time) to build the W
// widths and the CIDToGIDMap. With HPDF_CMapEncoder_ToUnicode as the encoder's
// to_unicode_fn it instead visits only the cid_map entries that are non-zero, and the
// UTF-8 encoder leaves them all zero. libharu's W array and map, built for CIDs up to the
// highest entered, are replaced afterwards (fix_subset_font); they only need to exist.
// Everything is restored when the guard goes out of scope.
class EncoderForCodes {
 public:
  EncoderForCodes(HPDF_Encoder encoder, const std::vector<char16_t>& codes)
      : encoder_(encoder), attr_(static_cast<HPDF_CMapEncoderAttr>(encoder->attr)) {
    saved_fn_ = encoder_->to_unicode_fn;
    encoder_->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
    saved_.reserve(codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i) enter(codes[i], static_cast<HPDF_UINT16>(i + 1));
  }
  ~EncoderForCodes() {
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
      attr_->cid_map[it->code >> 8][it->code & 0xFF] = it->cid;
      attr_->unicode_map[it->code >> 8][it->code & 0xFF] = it->unicode;
    }
    encoder_->to_unicode_fn = saved_fn_;
  }
  EncoderForCodes(const EncoderForCodes&) = delete;
  EncoderForCodes& operator=(const EncoderForCodes&) = delete;

 private:
  struct Saved {
    char16_t code;
    HPDF_UINT16 cid;
    HPDF_UNICODE unicode;
  };
  void enter(char16_t code, HPDF_UINT16 new_cid) {
    HPDF_UINT16& cid = attr_->cid_map[code >> 8][code & 0xFF];
    HPDF_UNICODE& unicode = attr_->unicode_map[code >> 8][code & 0xFF];
    saved_.push_back({code, cid, unicode});
    cid = new_cid;
    unicode = code;
  }

  HPDF_Encoder encoder_;
  HPDF_CMapEncoderAttr attr_;
  HPDF_Encoder_ToUnicode_Func saved_fn_ = nullptr;
  std::vector<Saved> saved_;
};

}  // namespace

HPDF_Font get_subset_font(HPDF_Doc doc, const char* name, const std::vector<char16_t>& codes) {
  HPDF_Encoder encoder = HPDF_GetEncoder(doc, "UTF-8");
  if (encoder == nullptr) return nullptr;
  if (encoder->type != HPDF_ENCODER_TYPE_DOUBLE_BYTE || encoder->attr == nullptr || codes.empty()) {
    return HPDF_GetFont(doc, name, "UTF-8");  // not the encoder this knows: the slow way
  }
  EncoderForCodes scoped(encoder, codes);
  return HPDF_GetFont(doc, name, "UTF-8");
}

HPDF_STATUS fix_subset_font(HPDF_Font font, const std::vector<char16_t>& codes, GlyphWidths& widths) {
  if (font == nullptr || font->attr == nullptr) return HPDF_INVALID_FONT;
  auto attr = static_cast<HPDF_FontAttr>(font->attr);
  if (attr->type != HPDF_FONT_TYPE0_TT || attr->fontdef == nullptr ||
      attr->fontdef->type != HPDF_FONTDEF_TYPE_TRUETYPE || attr->cmap_stream == nullptr ||
      attr->map_stream == nullptr || attr->descendant_font == nullptr) {
    return HPDF_INVALID_FONT;
  }

  const std::string cmap = to_unicode_cmap(codes);
  HPDF_STATUS status = rewrite_stream(attr->cmap_stream, cmap.data(), cmap.size());
  if (status != HPDF_OK) return status;
  strip_cmap_keys(attr->cmap_stream);

  status = rewrite_cid_to_gid_map(attr, codes);
  if (status != HPDF_OK) return status;

  status = fix_ordering(attr);
  if (status != HPDF_OK) return status;

  widths = glyph_widths(attr, codes);
  if (!codes.empty()) {
    // The W array is indexed by CID: the same widths, keyed 1..N.
    std::vector<char16_t> cids(codes.size());
    for (std::size_t i = 0; i < cids.size(); ++i) cids[i] = static_cast<char16_t>(i + 1);
    status = rewrite_widths(attr, GlyphWidths(std::move(cids), widths.widths(), widths.fallback(), widths.has_space()));
    if (status != HPDF_OK) return status;
  }

  return HPDF_OK;
}

HPDF_STATUS embed_font_program(HPDF_Font font, std::string_view program) {
  if (font == nullptr || font->attr == nullptr) return HPDF_INVALID_FONT;
  auto attr = static_cast<HPDF_FontAttr>(font->attr);
  HPDF_FontDef def = attr->fontdef;
  if (def == nullptr || def->type != HPDF_FONTDEF_TYPE_TRUETYPE || def->descriptor != nullptr) {
    return HPDF_INVALID_FONT;
  }
  auto def_attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  HPDF_MMgr mmgr = font->mmgr;
  HPDF_Dict program_stream = HPDF_DictStream_New(mmgr, attr->xref);
  if (program_stream == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  HPDF_STATUS status = HPDF_Stream_Write(program_stream->stream, reinterpret_cast<const HPDF_BYTE*>(program.data()),
                                         static_cast<HPDF_UINT>(program.size()));
  if (status == HPDF_OK) status = HPDF_Dict_AddNumber(program_stream, "Length1", static_cast<HPDF_INT32>(program.size()));
  HPDF_Dict descriptor = HPDF_Dict_New(mmgr);
  if (descriptor == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  if (status == HPDF_OK) status = HPDF_Xref_Add(attr->xref, descriptor);  // the xref owns it now
  // The entries libharu writes (CIDFontType2_BeforeWrite_Func), from the same font record.
  if (status == HPDF_OK) status = HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
  if (status == HPDF_OK) status = HPDF_Dict_AddNumber(descriptor, "Ascent", def->ascent);
  if (status == HPDF_OK) status = HPDF_Dict_AddNumber(descriptor, "Descent", def->descent);
  if (status == HPDF_OK) status = HPDF_Dict_AddNumber(descriptor, "Flags", static_cast<HPDF_INT32>(def->flags));
  if (status == HPDF_OK) {
    HPDF_Array box = HPDF_Box_Array_New(mmgr, def->font_bbox);
    status = box == nullptr ? HPDF_FAILD_TO_ALLOC_MEM : HPDF_Dict_Add(descriptor, "FontBBox", box);
  }
  if (status == HPDF_OK) status = HPDF_Dict_AddName(descriptor, "FontName", def_attr->base_font);
  if (status == HPDF_OK) status = HPDF_Dict_AddNumber(descriptor, "ItalicAngle", def->italic_angle);
  if (status == HPDF_OK) status = HPDF_Dict_AddNumber(descriptor, "StemV", static_cast<HPDF_INT32>(def->stemv));
  if (status == HPDF_OK) status = HPDF_Dict_AddNumber(descriptor, "XHeight", def->x_height);
  if (status == HPDF_OK) status = HPDF_Dict_Add(descriptor, "FontFile2", program_stream);
  if (status != HPDF_OK) return status;
  def->descriptor = descriptor;
  return HPDF_OK;
}

}  // namespace thidua::pdf
