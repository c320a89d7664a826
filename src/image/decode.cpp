// PNG and JPEG decoding as a check. libpng and libjpeg report errors by longjmp, so the
// functions that call setjmp hold no C++ objects with destructors (only plain data).
#include "image/decode.h"

#include <cstdio>  // jpeglib.h needs FILE
#include <jpeglib.h>
#include <jerror.h>
#include <png.h>

#include <csetjmp>
#include <cstring>
#include <vector>

#include "i18n/i18n.h"
#include "image/image.h"

namespace thidua::image {

namespace {

// Caps on what a hostile file can make the decoders allocate or do.
constexpr png_alloc_size_t png_chunk_bytes = 8u * 1024u * 1024u;  // iCCP, zTXt, … inflated
constexpr long jpeg_memory_bytes = 512L * 1024L * 1024L;         // progressive JPEGs buffer the image
constexpr int jpeg_max_scans = 500;                              // a progressive file may repeat scans

// The reasons thidua itself gives (marked for translation; translated once back from the
// decoder, as they pass through C buffers); libpng's and libjpeg's own stay in English.
const char* const cut_short = N_("the file is cut short");
const char* const too_many_pixels = N_("too many pixels");
const char* const out_of_memory = N_("out of memory");
const char* const too_much_memory = N_("it needs too much memory to decode");
const char* const too_many_scans = N_("it has more than 500 scans");
const char* const cannot_read[] = {N_("libpng cannot read it"), N_("libjpeg cannot read it")};

// `message` in the language of the run when it is one of thidua's own reasons.
std::string translated(const char* message) {
  for (const char* own : {cut_short, too_many_pixels, out_of_memory, too_much_memory, too_many_scans,
                          cannot_read[0], cannot_read[1]}) {
    if (std::strcmp(message, own) == 0) return _(own);
  }
  return message;
}

struct PngState {
  const unsigned char* data = nullptr;
  std::size_t size = 0;
  std::size_t pos = 0;
  char message[256] = {};
  png_structp png = nullptr;
  png_infop info = nullptr;
  unsigned char* row = nullptr;
};

void png_read_bytes(png_structp png, png_bytep out, png_size_t count) {
  auto* state = static_cast<PngState*>(png_get_io_ptr(png));
  if (count > state->size - state->pos) png_error(png, cut_short);
  std::memcpy(out, state->data + state->pos, count);
  state->pos += count;
}

void png_fail(png_structp png, png_const_charp message) {
  auto* state = static_cast<PngState*>(png_get_error_ptr(png));
  std::snprintf(state->message, sizeof state->message, "%s", message);
  png_longjmp(png, 1);
}

void png_ignore_warning(png_structp, png_const_charp) {}

// 0 when the PNG decoded whole; state.message says why not.
int run_png(PngState& state) {
  state.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &state, png_fail, png_ignore_warning);
  if (state.png == nullptr) return 1;
  state.info = png_create_info_struct(state.png);
  if (state.info == nullptr) return 1;
  if (setjmp(png_jmpbuf(state.png))) return 1;
  png_set_read_fn(state.png, &state, png_read_bytes);
  png_set_user_limits(state.png, 0x7FFFFFFF, 0x7FFFFFFF);
  png_set_chunk_malloc_max(state.png, png_chunk_bytes);
  png_set_chunk_cache_max(state.png, 1000);
  png_read_info(state.png, state.info);
  const png_uint_32 width = png_get_image_width(state.png, state.info);
  const png_uint_32 height = png_get_image_height(state.png, state.info);
  if (static_cast<unsigned long long>(width) * height > max_pixels) png_error(state.png, too_many_pixels);
  const int passes = png_set_interlace_handling(state.png);
  png_read_update_info(state.png, state.info);
  const png_size_t row_bytes = png_get_rowbytes(state.png, state.info);
  state.row = static_cast<unsigned char*>(std::malloc(row_bytes == 0 ? 1 : row_bytes));
  if (state.row == nullptr) png_error(state.png, out_of_memory);
  for (int pass = 0; pass < passes; ++pass) {
    for (png_uint_32 y = 0; y < height; ++y) png_read_row(state.png, state.row, nullptr);
  }
  png_read_end(state.png, nullptr);
  return 0;
}

struct JpegError {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX] = {};
};

void jpeg_fail(j_common_ptr info) {
  auto* error = reinterpret_cast<JpegError*>(info->err);
  if (error->manager.msg_code == JERR_NO_BACKING_STORE || error->manager.msg_code == JERR_OUT_OF_MEMORY) {
    std::snprintf(error->message, sizeof error->message, "%s", too_much_memory);
  } else {
    info->err->format_message(info, error->message);
  }
  std::longjmp(error->jump, 1);
}

// Warnings are ignored, except the end of the file coming too early: a photo cut short.
void jpeg_message(j_common_ptr info, int level) {
  if (level < 0 && info->err->msg_code == JWRN_JPEG_EOF) {
    auto* error = reinterpret_cast<JpegError*>(info->err);
    std::snprintf(error->message, sizeof error->message, "%s", cut_short);
    std::longjmp(error->jump, 1);
  }
}

void jpeg_progress(j_common_ptr info) {
  auto* decompress = reinterpret_cast<j_decompress_ptr>(info);
  if (decompress->input_scan_number > jpeg_max_scans) {
    auto* error = reinterpret_cast<JpegError*>(info->err);
    std::snprintf(error->message, sizeof error->message, "%s", too_many_scans);
    std::longjmp(error->jump, 1);
  }
}

// 0 when the JPEG decoded whole; error.message says why not. `row` is freed by the caller.
int run_jpeg(jpeg_decompress_struct& info, JpegError& error, jpeg_progress_mgr& progress, const unsigned char* data,
             std::size_t size, unsigned char** row) {
  info.err = jpeg_std_error(&error.manager);
  error.manager.error_exit = jpeg_fail;
  error.manager.emit_message = jpeg_message;
  if (setjmp(error.jump)) return 1;
  jpeg_create_decompress(&info);
  info.mem->max_memory_to_use = jpeg_memory_bytes;
  progress.progress_monitor = jpeg_progress;
  info.progress = &progress;
  jpeg_mem_src(&info, data, static_cast<unsigned long>(size));
  jpeg_read_header(&info, TRUE);
  if (static_cast<unsigned long long>(info.image_width) * info.image_height > max_pixels) {
    std::snprintf(error.message, sizeof error.message, "%s", too_many_pixels);
    return 1;
  }
  // An eighth of the size still decodes every coefficient (what a damaged file breaks),
  // and skips most of the inverse DCT.
  info.scale_num = 1;
  info.scale_denom = 8;
  info.dct_method = JDCT_IFAST;
  info.do_fancy_upsampling = FALSE;
  jpeg_start_decompress(&info);
  const std::size_t row_bytes = static_cast<std::size_t>(info.output_width) * info.output_components;
  *row = static_cast<unsigned char*>(std::malloc(row_bytes == 0 ? 1 : row_bytes));
  if (*row == nullptr) {
    std::snprintf(error.message, sizeof error.message, "%s", out_of_memory);
    return 1;
  }
  JSAMPROW rows[1] = {*row};
  while (info.output_scanline < info.output_height) jpeg_read_scanlines(&info, rows, 1);
  jpeg_finish_decompress(&info);
  return 0;
}

}  // namespace

std::string decode_png(std::string_view bytes) {
  PngState state;
  state.data = reinterpret_cast<const unsigned char*>(bytes.data());
  state.size = bytes.size();
  const int failed = run_png(state);
  std::free(state.row);
  if (state.png != nullptr) png_destroy_read_struct(&state.png, state.info != nullptr ? &state.info : nullptr, nullptr);
  if (!failed) return {};
  return translated(state.message[0] != '\0' ? state.message : "libpng cannot read it");
}

std::string decode_jpeg(std::string_view bytes) {
  jpeg_decompress_struct info{};
  JpegError error{};
  jpeg_progress_mgr progress{};
  unsigned char* row = nullptr;
  const int failed = run_jpeg(info, error, progress, reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size(), &row);
  std::free(row);
  jpeg_destroy_decompress(&info);
  if (!failed) return {};
  return translated(error.message[0] != '\0' ? error.message : "libjpeg cannot read it");
}

}  // namespace thidua::image
