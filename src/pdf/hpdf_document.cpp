// The libharu document wrapper: error handler, info, fonts via temporary files, images, pages.
#include "pdf/hpdf_document.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_streams.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "diag/diagnostic.h"
#include "pdf/font_fixups.h"
#include "pdf/object_streams.h"
#include "text/calendar.h"

namespace thidua::pdf {

namespace {

struct ErrorText {
  HPDF_STATUS code;
  const char* text;
};

// The errors this writer can meet; others print as their number.
constexpr ErrorText error_texts[] = {
    {HPDF_FAILD_TO_ALLOC_MEM, "out of memory"},
    {HPDF_FILE_IO_ERROR, "file input/output error"},
    {HPDF_FILE_OPEN_ERROR, "cannot open file"},
    {HPDF_FONT_EXISTS, "a font with this name is already loaded"},
    {HPDF_INVALID_DATE_TIME, "invalid date"},
    {HPDF_INVALID_FONTDEF_DATA, "invalid font data"},
    {HPDF_INVALID_FONT, "unexpected font structure"},
    {HPDF_INVALID_IMAGE, "invalid image"},
    {HPDF_INVALID_JPEG_DATA, "invalid JPEG data"},
    {HPDF_INVALID_PNG_IMAGE, "invalid PNG image"},
    {HPDF_INVALID_PARAMETER, "invalid parameter"},
    {HPDF_LIBPNG_ERROR, "libpng could not read the image"},
    {HPDF_PAGE_INVALID_SIZE, "page size out of range (3 to 14400 points)"},
    {HPDF_PAGE_INVALID_FONT_SIZE, "font size out of range"},
    {HPDF_PAGE_INVALID_GMODE, "drawing call in the wrong graphics mode"},
    {HPDF_REAL_OUT_OF_RANGE, "number out of range"},
    {HPDF_TTF_CANNOT_EMBEDDING_FONT, "the font's licence flags forbid embedding"},
    {HPDF_TTF_INVALID_CMAP, "invalid TrueType cmap table"},
    {HPDF_TTF_INVALID_FOMAT, "invalid TrueType font"},
    {HPDF_TTF_MISSING_TABLE, "a TrueType table is missing"},
    {HPDF_UNSUPPORTED_JPEG_FORMAT, "unsupported JPEG format"},
    {HPDF_ZLIB_ERROR, "zlib compression error"},
};

// Deletes a temporary file when it goes out of scope.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty()) ::unlink(path.c_str());
  }
};

std::string temp_directory() {
  const char* dir = std::getenv("TMPDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/tmp";
}

}  // namespace

std::string describe_hpdf_error(HPDF_STATUS error) {
  char number[32];
  std::snprintf(number, sizeof number, "libharu error 0x%04X", static_cast<unsigned>(error));
  for (const ErrorText& entry : error_texts) {
    if (entry.code == error) return std::string(entry.text) + " (" + number + ")";
  }
  return number;
}

HpdfDocument::HpdfDocument(std::string output_path) : output_path_(std::move(output_path)) {
  doc_ = HPDF_New(&HpdfDocument::on_error, this);
  if (doc_ == nullptr) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0},
                  "cannot create the PDF document: out of memory");
  }
  // Without compression one page is ~420 KB (stack notes).
  check(HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL), "cannot enable compression");
  check(HPDF_UseUTFEncodings(doc_), "cannot enable the UTF-8 encoder");
  // Must come before HPDF_SetInfoAttr, or Info strings are written as mojibake.
  check(HPDF_SetCurrentEncoder(doc_, "UTF-8"), "cannot select the UTF-8 encoder");
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
  std::string message = what + ": " + describe_hpdf_error(cause);
  if (first_error_ != HPDF_OK && first_detail_ != 0) {
    message += ", detail " + std::to_string(first_detail_);
  }
  throw Failure(ExitCode::io_or_internal, {where, 0, 0}, message);
}

void HpdfDocument::set_info(const layout::DocumentInfo& info) {
  const std::pair<HPDF_InfoType, const std::string*> texts[] = {
      {HPDF_INFO_TITLE, &info.title},
      {HPDF_INFO_SUBJECT, &info.subject},
      {HPDF_INFO_AUTHOR, &info.author},
      {HPDF_INFO_KEYWORDS, &info.keywords},
  };
  for (const auto& [type, value] : texts) {
    if (!value->empty()) check(HPDF_SetInfoAttr(doc_, type, value->c_str()), "cannot set the document information");
  }
  check(HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, "thidua"), "cannot set the document information");
  if (info.creation_date.empty()) return;
  auto date = text::parse_date(info.creation_date);
  if (!date || !date->valid()) {
    throw Failure(ExitCode::io_or_internal, {output_path_, 0, 0},
                  "internal error: invalid creation date \"" + info.creation_date + "\"");
  }
  // Midnight with no time zone: the event's date, never the clock (deterministic output).
  HPDF_Date value{date->year, date->month, date->day, 0, 0, 0, ' ', 0, 0};
  check(HPDF_SetInfoDateAttr(doc_, HPDF_INFO_CREATION_DATE, value), "cannot set the creation date");
}

LoadedFont HpdfDocument::load_font(std::string_view subset, const std::vector<char16_t>& codes,
                                  const std::string& font_path) {
  // libharu 2.3.0 loads TrueType only from a file. It keeps the file open to copy the
  // glyphs when saving, so the name can be unlinked as soon as the font is loaded.
  TempFile temp{temp_directory() + "/thidua-font-XXXXXX"};
  int fd = ::mkstemp(temp.path.data());
  if (fd < 0) {
    int error = errno;
    temp.path.clear();
    throw Failure(ExitCode::io_or_internal, {temp_directory(), 0, 0},
                  std::string("cannot create a temporary font file: ") + std::strerror(error));
  }
  std::string_view rest = subset;
  int error = 0;
  while (!rest.empty() && error == 0) {
    ssize_t n = ::write(fd, rest.data(), rest.size());
    if (n < 0 && errno != EINTR) error = errno;
    if (n > 0) rest.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) {
    throw Failure(ExitCode::io_or_internal, {temp.path, 0, 0},
                  std::string("cannot write a temporary font file: ") + std::strerror(error));
  }

  const char* name = HPDF_LoadTTFontFromFile(doc_, temp.path.c_str(), HPDF_TRUE);
  if (name == nullptr) fail(font_path, "cannot load the font subset", HPDF_INVALID_FONTDEF_DATA);
  LoadedFont loaded;
  loaded.font = get_subset_font(doc_, name, codes);
  if (loaded.font == nullptr) fail(font_path, "cannot create the font", HPDF_INVALID_FONT);
  HPDF_STATUS status = fix_subset_font(loaded.font, codes, loaded.widths);
  if (status != HPDF_OK) fail(font_path, "cannot rewrite the font's ToUnicode map and widths", status);
  return loaded;
}

HPDF_Image HpdfDocument::load_image(const std::string& path, ImageKind kind) {
  HPDF_Image image = kind == ImageKind::png ? HPDF_LoadPngImageFromFile(doc_, path.c_str())
                                            : HPDF_LoadJpegImageFromFile(doc_, path.c_str());
  if (image == nullptr) fail(path, "cannot embed the image", HPDF_INVALID_IMAGE);
  return image;
}

HPDF_Page HpdfDocument::add_page(double width, double height) {
  HPDF_Page page = HPDF_AddPage(doc_);
  if (page == nullptr) fail(output_path_, "cannot add a page", HPDF_INVALID_PAGE);
  check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width)), "cannot set the page width");
  check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height)), "cannot set the page height");
  // libharu adds "/ProcSet [ /PDF /Text /ImageB /ImageC /ImageI ]" to every page "for
  // compatibility"; readers have ignored ProcSet since PDF 1.4 (PDF 32000 14.2). 52 bytes
  // a page, 30 in all on the 6-page Sóc Trăng agreement once in the object stream.
  auto resources = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT));
  if (resources != nullptr) HPDF_Dict_RemoveElement(resources, "ProcSet");
  return page;
}

std::string HpdfDocument::deflate(std::string_view data) {
  // zlib is not linked directly (CMake gives this module libharu only): compress
  // through libharu's memory streams and its deflate, as it compresses everything else.
  HPDF_MMgr mmgr = doc_->mmgr;
  struct Streams {
    HPDF_Stream in = nullptr;
    HPDF_Stream out = nullptr;
    ~Streams() {
      if (in != nullptr) HPDF_Stream_Free(in);
      if (out != nullptr) HPDF_Stream_Free(out);
    }
  } streams;
  streams.in = HPDF_MemStream_New(mmgr, HPDF_STREAM_BUF_SIZ);
  streams.out = HPDF_MemStream_New(mmgr, HPDF_STREAM_BUF_SIZ);
  if (streams.in == nullptr || streams.out == nullptr) fail(output_path_, "cannot compress", HPDF_FAILD_TO_ALLOC_MEM);
  check(HPDF_Stream_Write(streams.in, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                          static_cast<HPDF_UINT>(data.size())),
        "cannot compress");
  check(HPDF_Stream_WriteToStream(streams.in, streams.out, HPDF_STREAM_FILTER_FLATE_DECODE, nullptr),
        "cannot compress");
  std::string bytes(HPDF_Stream_Size(streams.out), '\0');
  check(HPDF_Stream_Seek(streams.out, 0, HPDF_SEEK_SET), "cannot compress");
  HPDF_UINT got = static_cast<HPDF_UINT>(bytes.size());
  const HPDF_STATUS status = HPDF_Stream_Read(streams.out, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &got);
  if ((status != HPDF_OK && status != HPDF_STREAM_EOF) || got != bytes.size()) {
    fail(output_path_, "cannot compress", status != HPDF_OK ? status : HPDF_FILE_IO_ERROR);
  }
  return bytes;
}

std::string HpdfDocument::save() {
  check(HPDF_SaveToStream(doc_), "cannot write the PDF");
  HPDF_UINT32 size = HPDF_GetStreamSize(doc_);
  std::string bytes(size, '\0');
  HPDF_UINT32 got = size;
  HPDF_STATUS status = HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &got);
  // Reading the last byte may report HPDF_STREAM_EOF; only a short read is an error.
  if ((status != HPDF_OK && status != HPDF_STREAM_EOF) || got != size) {
    fail(output_path_, "cannot read back the PDF", status != HPDF_OK ? status : HPDF_FILE_IO_ERROR);
  }
  // libharu's own file is valid PDF 1.3: keep it if the rewrite does not recognise it.
  std::string packed = pack_objects(bytes, [this](std::string_view data) { return deflate(data); });
  return packed.empty() ? bytes : packed;
}

}  // namespace thidua::pdf
