// The libharu document wrapper: error handler, info, fonts (embed_font), images, pages, packing.
#include "pdf/hpdf_document.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <cstdio>
#include <utility>

#include "diag/diagnostic.h"
#include "pdf/font_objects.h"
#include "pdf/hpdf_memory.h"
#include "pdf/object_streams.h"
#include "text/calendar.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::pdf {

namespace {

struct ErrorText {
  HPDF_STATUS code;
  const char* text;
};

// The errors this writer can meet; others print as their number.
constexpr ErrorText error_texts[] = {
    {HPDF_FAILD_TO_ALLOC_MEM, N_("out of memory")},
    {HPDF_FILE_IO_ERROR, N_("file input/output error")},
    {HPDF_FILE_OPEN_ERROR, N_("cannot open file")},
    {HPDF_FONT_EXISTS, N_("a font with this name is already loaded")},
    {HPDF_INVALID_DATE_TIME, N_("invalid date")},
    {HPDF_INVALID_FONTDEF_DATA, N_("invalid font data")},
    {HPDF_INVALID_FONT, N_("unexpected font structure")},
    {HPDF_INVALID_IMAGE, N_("invalid image")},
    {HPDF_INVALID_JPEG_DATA, N_("invalid JPEG data")},
    {HPDF_INVALID_PNG_IMAGE, N_("invalid PNG image")},
    {HPDF_INVALID_PARAMETER, N_("invalid parameter")},
    {HPDF_LIBPNG_ERROR, N_("libpng could not read the image")},
    {HPDF_PAGE_INVALID_SIZE, N_("page size out of range (3 to 14400 points)")},
    {HPDF_PAGE_INVALID_FONT_SIZE, N_("font size out of range")},
    {HPDF_PAGE_INVALID_GMODE, N_("drawing call in the wrong graphics mode")},
    {HPDF_REAL_OUT_OF_RANGE, N_("number out of range")},
    {HPDF_TTF_CANNOT_EMBEDDING_FONT, N_("the font's licence flags forbid embedding")},
    {HPDF_TTF_INVALID_CMAP, N_("invalid TrueType cmap table")},
    {HPDF_TTF_INVALID_FOMAT, N_("invalid TrueType font")},
    {HPDF_TTF_MISSING_TABLE, N_("a TrueType table is missing")},
    {HPDF_UNSUPPORTED_JPEG_FORMAT, N_("unsupported JPEG format")},
    {HPDF_ZLIB_ERROR, N_("zlib compression error")},
};

}  // namespace

std::string describe_hpdf_error(HPDF_STATUS error) {
  char number[32];
  std::snprintf(number, sizeof number, "libharu error 0x%04X", static_cast<unsigned>(error));
  for (const ErrorText& entry : error_texts) {
    if (entry.code == error) return std::string(_(entry.text)) + " (" + number + ")";
  }
  return number;
}

HpdfDocument::HpdfDocument(std::string output_path) : output_path_(std::move(output_path)) {
  // Links hpdf_memory.cpp in; when the executable does not export its functions, libharu
  // keeps its own slow copies, with the same results.
  static const bool fast_memory [[maybe_unused]] = libharu_uses_fast_memory();
  doc_ = HPDF_New(&HpdfDocument::on_error, this);
  if (doc_ == nullptr) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0},
                  _("cannot create the PDF document: out of memory"));
  }
  // No compression here: save() compresses every stream with libdeflate (pdf/deflater.h)
  // while it packs the objects. Why: libharu's zlib was a fifth of the agreement's time.
  check(HPDF_SetCompressionMode(doc_, HPDF_COMP_NONE), N_("cannot disable libharu's compression"));
  // No libharu encoder either: fonts are built by embed_font and Info strings are written
  // as UTF-16 here; libharu's UTF-8 encoder cost 256 KB of tables per document.
}

HpdfDocument::~HpdfDocument() { HPDF_Free(doc_); }

void HpdfDocument::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
  // libharu is C: no exception may cross it. Remember the cause; the caller checks
  // the status the failed call returns and throws.
  auto* document = static_cast<HpdfDocument*>(self);
  if (document->first_error_ == HPDF_OK) {
    document->first_error_ = error;
    document->first_detail_ = detail;
  }
}

void HpdfDocument::fail(const std::string& where, const std::string& what, HPDF_STATUS status) {
  HPDF_STATUS cause = first_error_ != HPDF_OK ? first_error_ : status;
  // `what` may come from check() marked N_() only: translate it here, off the hot path.
  // TRANSLATORS: what failed, then why; same in Vietnamese unless the punctuation differs.
  std::string message = tr("%1$s: %2$s", _(what.c_str()), describe_hpdf_error(cause));
  if (first_error_ != HPDF_OK && first_detail_ != 0) {
    message = tr("%1$s, detail %2$d", message, first_detail_);
  }
  throw Failure(ExitCode::io_or_internal, {where, 0, 0}, message);
}

void HpdfDocument::set_info(const layout::DocumentInfo& info) {
  // Creates the Info dictionary (libharu makes it on the first attribute set).
  check(HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, "thidua"), N_("cannot set the document information"));
  const std::pair<const char*, const std::string*> texts[] = {
      {"Title", &info.title},
      {"Subject", &info.subject},
      {"Author", &info.author},
      {"Keywords", &info.keywords},
  };
  for (const auto& [key, value] : texts) {
    if (value->empty()) continue;
    // A PDF text string in UTF-16BE with its byte order mark (PDF 32000 7.9.2.2).
    std::string utf16 = "\xFE\xFF";
    for (const char32_t cp : text::code_points(*value)) {
      auto unit = [&utf16](char32_t u) {
        utf16 += static_cast<char>(u >> 8);
        utf16 += static_cast<char>(u & 0xFF);
      };
      if (cp < 0x10000) {
        unit(cp);
      } else {
        unit(0xD800 + ((cp - 0x10000) >> 10));
        unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
      }
    }
    HPDF_Binary string = HPDF_Binary_New(doc_->mmgr, reinterpret_cast<HPDF_BYTE*>(utf16.data()),
                                          static_cast<HPDF_UINT>(utf16.size()));
    if (string == nullptr) fail(output_path_, _("cannot set the document information"), HPDF_FAILD_TO_ALLOC_MEM);
    check(HPDF_Dict_Add(doc_->info, key, string), N_("cannot set the document information"));
  }
  if (info.date.empty()) return;
  auto date = text::parse_date(info.date);
  if (!date || !date->valid()) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0},
                  tr("internal error: invalid creation date \"%1$s\"", info.date));
  }
  // Midnight with no time zone: the event's date, never the clock (deterministic output).
  HPDF_Date value{date->year, date->month, date->day, 0, 0, 0, ' ', 0, 0};
  check(HPDF_SetInfoDateAttr(doc_, HPDF_INFO_CREATION_DATE, value), N_("cannot set the creation date"));
}

LoadedFont HpdfDocument::load_font(std::string_view subset, const std::vector<char16_t>& codes,
                                  const std::string& font_path) {
  // The subset tag: six capital letters, another for each face (THIDUA, THIDUB, …).
  std::string tag = "THIDUA";
  tag.back() = static_cast<char>('A' + fonts_loaded_ % 26);
  ++fonts_loaded_;
  EmbeddedFont embedded = embed_font(doc_, subset, codes, tag, font_path);
  return {embedded.font, std::move(embedded.widths)};
}

HPDF_Image HpdfDocument::load_image(const std::string& path, ImageKind kind) {
  HPDF_Image image = kind == ImageKind::png ? HPDF_LoadPngImageFromFile(doc_, path.c_str())
                                            : HPDF_LoadJpegImageFromFile(doc_, path.c_str());
  if (image == nullptr) fail(path, _("cannot embed the image"), HPDF_INVALID_IMAGE);
  return image;
}

HPDF_Page HpdfDocument::add_page(double width, double height) {
  HPDF_Page page = HPDF_AddPage(doc_);
  if (page == nullptr) fail(output_path_, _("cannot add a page"), HPDF_INVALID_PAGE);
  check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width)), N_("cannot set the page width"));
  check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height)), N_("cannot set the page height"));
  // libharu adds "/ProcSet [ /PDF /Text /ImageB /ImageC /ImageI ]" to every page "for
  // compatibility"; readers have ignored ProcSet since PDF 1.4 (PDF 32000 14.2). 52 bytes
  // a page, 30 in all on the 6-page Sóc Trăng agreement once in the object stream.
  auto resources = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT));
  if (resources != nullptr) HPDF_Dict_RemoveElement(resources, "ProcSet");
  return page;
}

void HpdfDocument::finish_page(HPDF_Page page) {
  auto attr = page == nullptr ? nullptr : static_cast<HPDF_PageAttr>(page->attr);
  if (attr == nullptr || attr->contents == nullptr || attr->stream == nullptr ||
      attr->stream->type != HPDF_STREAM_MEMORY) {
    fail(output_path_, _("cannot finish a page"), HPDF_INVALID_PAGE);
  }
  std::string content;
  content.reserve(HPDF_Stream_Size(attr->stream));
  const HPDF_UINT chunks = HPDF_MemStream_GetBufCount(attr->stream);
  for (HPDF_UINT i = 0; i < chunks; ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* chunk = HPDF_MemStream_GetBufPtr(attr->stream, i, &length);
    if (chunk == nullptr) fail(output_path_, _("cannot finish a page"), HPDF_INVALID_PAGE);
    content.append(reinterpret_cast<const char*>(chunk), length);
  }
  const std::string deflated = deflater_.compress(content);
  HPDF_MemStream_FreeData(attr->stream);
  check(HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                          static_cast<HPDF_UINT>(deflated.size())),
        _("cannot finish a page"));
  // libharu writes the bytes as they are (its own compression is off); the marker becomes
  // the /Filter when save() packs the objects.
  check(HPDF_Dict_AddBoolean(attr->contents, deflated_marker_key, HPDF_TRUE), N_("cannot finish a page"));
}

std::string HpdfDocument::save() {
  check(HPDF_SaveToStream(doc_), N_("cannot write the PDF"));
  HPDF_UINT32 size = HPDF_GetStreamSize(doc_);
  std::string bytes(size, '\0');
  HPDF_UINT32 got = size;
  HPDF_STATUS status = HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &got);
  // Reading the last byte may report HPDF_STREAM_EOF; only a short read is an error.
  if ((status != HPDF_OK && status != HPDF_STREAM_EOF) || got != size) {
    fail(output_path_, _("cannot read back the PDF"), status != HPDF_OK ? status : HPDF_FILE_IO_ERROR);
  }
  // libharu's own file lacks the /Filter of the finished pages: it is only usable packed.
  std::string packed = pack_objects(bytes, [this](std::string_view data) { return deflater_.compress(data); });
  if (packed.empty()) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0},
                  _("internal error: libharu wrote a PDF of a shape the object packer does not know"));
  }
  return packed;
}

}  // namespace thidua::pdf
