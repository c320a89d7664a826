// Unit tests of the image reader and of reading input files safely (regular files, size limits).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "image/image.h"
#include "io/files.h"

namespace fs = std::filesystem;
using namespace thidua;

namespace {

std::string read_sample(const std::string& name) {
  return io::read_file(std::string(THIDUA_SOURCE_DIR) + "/samples/photos/" + name);
}

// A PNG whose IHDR says `width` × `height` with a small, valid-looking rest.
std::string png_with_size(std::uint32_t width, std::uint32_t height) {
  std::string png = read_sample("logo-cong-doan.png");
  for (int i = 0; i < 4; ++i) {
    png[static_cast<std::size_t>(16 + i)] = static_cast<char>((width >> (24 - 8 * i)) & 0xFF);
    png[static_cast<std::size_t>(20 + i)] = static_cast<char>((height >> (24 - 8 * i)) & 0xFF);
  }
  return png;
}

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("thidua-image-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir / name;
}

}  // namespace

TEST_CASE("image: a whole PNG validates with its size", "[image]") {
  std::string why;
  const auto info = image::validate(read_sample("logo-cong-doan.png"), why);
  REQUIRE(info);
  CHECK(info->format == image::Format::png);
  CHECK(info->width == 120);
  CHECK(info->height == 120);
  CHECK_FALSE(info->interlaced);
}

TEST_CASE("image: damaged PNGs are refused with a reason, never a crash", "[image]") {
  const std::string whole = read_sample("2020-soc-trang-ky-ket.png");
  std::string why;
  CHECK_FALSE(image::validate(whole.substr(0, 300), why));
  CHECK(why == "damaged PNG image: the file is cut short");
  CHECK_FALSE(image::validate(whole.substr(0, 20), why));
  CHECK(why.find("IHDR") != std::string::npos);
  // The header alone is readable, but the rows are not: only the full check finds it.
  CHECK(image::read_header(whole.substr(0, 300), why));

  CHECK_FALSE(image::validate(png_with_size(100000, 100000), why));
  CHECK(why.find("100000 × 100000 pixels; the largest allowed is 100 megapixels") != std::string::npos);
  CHECK_FALSE(image::validate(png_with_size(0x7FFFFFFF, 1), why));
  CHECK(why.find("2147483647 × 1 pixels; the largest allowed is 100 megapixels") != std::string::npos);
  CHECK_FALSE(image::validate(png_with_size(0, 5), why));
  CHECK(why == "damaged PNG image: its header gives no valid size");
  // Same size as declared, but the CRC no longer matches: libpng refuses it.
  CHECK_FALSE(image::validate(png_with_size(121, 120), why));
  CHECK(why.rfind("damaged PNG image: ", 0) == 0);
}

TEST_CASE("image: a PNG chunk claiming more bytes than the file has is refused before libpng reads it",
          "[image]") {
  // The image fuzzer's find: 65 bytes whose sPLT chunk declares 0x73737373 bytes made libpng
  // allocate and zero 1.9 GB. The corpus replay (fuzz/image) caps one allocation at 1 GB.
  const std::string whole = read_sample("logo-cong-doan.png");
  std::string hostile = whole.substr(0, 33);  // signature and IHDR
  hostile += std::string("\x73\x73\x73\x73sPLT", 8) + "palette";
  std::string why;
  CHECK_FALSE(image::validate(hostile, why));
  CHECK(why == "damaged PNG image: the file is cut short");
  // A whole file with bytes after IEND still validates: only the chunks themselves are checked.
  CHECK(image::validate(whole + "trailing", why));
}

TEST_CASE("image: JPEG, GIF and garbage", "[image]") {
  std::string why;
  CHECK_FALSE(image::validate(std::string("\xFF\xD8\xFF\xE0garbage that is no JPEG\xFF\xD9"), why));
  CHECK(why.rfind("damaged JPEG image: ", 0) == 0);
  CHECK_FALSE(image::validate("hello", why));
  CHECK(why == image::not_an_image());
  const auto gif = image::validate(std::string("GIF89a\x02\x00\x03\x00\x00\x00\x00;", 14), why);
  REQUIRE(gif);
  CHECK(gif->format == image::Format::gif);
  CHECK(gif->width == 2);
  CHECK(gif->height == 3);
}

TEST_CASE("image: files are read only when regular and small enough", "[image][io]") {
  const fs::path fifo = scratch("pipe.png");
  fs::remove(fifo);
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string why;
  CHECK_FALSE(image::validate_file(fifo.string(), why));  // returns at once: never opened for reading
  CHECK(why == "cannot read it: it is a FIFO (named pipe), not a file");
  CHECK_FALSE(image::validate_file(fifo.parent_path().string(), why));
  CHECK(why == "cannot read it: it is a directory, not a file");
  CHECK_FALSE(image::validate_file("/dev/zero", why));
  CHECK(why == "cannot read it: it is a device, not a file");

  const io::InputFile small = io::read_input_file(std::string(THIDUA_SOURCE_DIR) + "/samples/photos/logo-cong-doan.png", 100);
  CHECK_FALSE(small.bytes);
  CHECK(small.too_large);
  CHECK(small.error == "it is larger than 100 bytes");
  CHECK(io::input_file_problem(fifo.string(), 100) == "it is a FIFO (named pipe), not a file");

  // A file changed after its first check is checked again (the cache keys on size and time).
  const fs::path logo = scratch("logo.png");
  io::write_file_atomic(logo.string(), read_sample("logo-cong-doan.png"));
  CHECK(image::validate_file(logo.string(), why));
  io::write_file_atomic(logo.string(), read_sample("logo-cong-doan.png").substr(0, 300));
  CHECK_FALSE(image::validate_file(logo.string(), why));
  fs::remove_all(fifo.parent_path());
}
