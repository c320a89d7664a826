// Unit tests of the PDF writer's failures: bad images, failed runs, misuse, undrawable text.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "io/files.h"
#include "diag/diagnostic.h"
#include "layout/fonts.h"
#include "pdf/pdf_canvas.h"
#include "support.h"

namespace fs = std::filesystem;
using thidua::Failure;
using thidua::layout::FontStyle;
using thidua::pdf::PdfCanvas;

namespace {

// A 1×1 interlaced PNG (one Adam7 pass holds the only pixel), made with Python's zlib.
const unsigned char interlaced_png[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x01, 0xe7, 0x70, 0x63,
    0x48, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0xf8, 0xcf, 0xc0, 0x00,
    0x00, 0x03, 0x01, 0x01, 0x00, 0xf7, 0x03, 0x41, 0x43, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e,
    0x44, 0xae, 0x42, 0x60, 0x82,
};

// Every failure here happens before fonts are subset: asking for a face fails the test.
class NoFontSet final : public thidua::layout::FontSet {
 public:
  const std::string& path(FontStyle) const override { return fail<const std::string&>(); }
  std::string_view data(FontStyle) const override { return fail<std::string_view>(); }
  bool has_glyph(FontStyle, char32_t) const override { return fail<bool>(); }
  double advance(FontStyle, char32_t) const override { return fail<double>(); }
  double ascender(FontStyle) const override { return fail<double>(); }
  double descender(FontStyle) const override { return fail<double>(); }

 private:
  template <typename T>
  [[noreturn]] static T fail() {
    throw std::logic_error("the PDF writer asked for a font on a path that should fail first");
  }
};

const NoFontSet no_fonts;

// This test's files, kept in the build tree to look at after the run.
fs::path output_dir() { return thidua::testing::kept_output_dir("pdf-test-output/failures"); }

fs::path write_bytes(const std::string& name, const unsigned char* data, std::size_t size) {
  return thidua::testing::write_kept_file("pdf-test-output/failures", name, data, size);
}

std::string read_file(const fs::path& path) { return thidua::io::read_file(path.string()); }

// Runs `draw` and returns the Failure it throws (fails the test when none is thrown).
template <typename Draw>
thidua::Diagnostic failure_of(Draw draw) {
  try {
    draw();
  } catch (const Failure& failure) {
    CHECK(failure.code() == thidua::ExitCode::io_or_internal);
    REQUIRE(failure.diagnostics().size() == 1);
    return failure.diagnostics()[0];
  }
  FAIL("no thidua::Failure was thrown");
  return {};
}

// The Failure of `draw` on the first (A4) page of a new PDF canvas with no fonts that writes `out`.
template <typename Draw>
thidua::Diagnostic failure_on_page(const std::string& out, Draw draw) {
  return failure_of([&] {
    PdfCanvas canvas(out, no_fonts);
    canvas.begin_document({});
    canvas.begin_page(595, 842);
    draw(canvas);
  });
}

}  // namespace

TEST_CASE("bad images fail with the image's name", "[pdf]") {
  const fs::path interlaced = write_bytes("interlaced.png", interlaced_png, sizeof interlaced_png);
  const fs::path not_image = write_bytes("not-image.png", reinterpret_cast<const unsigned char*>("hello"), 5);
  const fs::path missing = output_dir() / "missing.png";
  const fs::path out = output_dir() / "bad-image.pdf";
  auto draw = [&](const fs::path& image) {
    return failure_on_page(out.string(), [&](PdfCanvas& canvas) { canvas.image(image.string(), 0, 0, 10, 10); });
  };

  thidua::Diagnostic d = draw(interlaced);
  CHECK(d.where.file == interlaced.string());
  CHECK(d.message.find("interlaced PNG") != std::string::npos);
  d = draw(not_image);
  CHECK(d.where.file == not_image.string());
  CHECK(d.message == "not a PNG or JPEG image");
  d = draw(missing);
  CHECK(d.where.file == missing.string());
  CHECK(d.message == "cannot read it: No such file or directory");
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("a failed run leaves no file and keeps an existing one", "[pdf]") {
  const fs::path dir = output_dir() / "failed-run";
  fs::create_directories(dir);
  const fs::path out = dir / "kept.pdf";
  std::ofstream(out) << "old";

  // A page of 1×1 point is below libharu's 3-point minimum: it fails while building.
  thidua::Diagnostic d = failure_of([&] {
    PdfCanvas canvas(out.string(), no_fonts);
    canvas.begin_document({});
    canvas.begin_page(1, 1);
    canvas.line(0, 0, 1, 1, 0.5);
    canvas.end_page();
    canvas.end_document();
  });
  CHECK(d.where.file == out.string());
  CHECK(d.message == "cannot set the page width: page size out of range (3 to 14400 points) (libharu error 0x1054)");
  CHECK(read_file(out) == "old");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

  const fs::path nowhere = output_dir() / "no-such-dir" / "x.pdf";
  d = failure_on_page(nowhere.string(), [](PdfCanvas& canvas) {
    canvas.end_page();
    canvas.end_document();
  });
  CHECK(d.where.file == nowhere.string());
  CHECK(d.message == "cannot write file: the folder " + nowhere.parent_path().string() + " does not exist");
}

TEST_CASE("calls out of order and undrawable text are internal errors", "[pdf]") {
  const std::string out = (output_dir() / "misuse.pdf").string();
  thidua::Diagnostic d = failure_of([&] {
    PdfCanvas canvas(out, no_fonts);
    canvas.begin_document({});
    canvas.text(0, 0, FontStyle::regular, 12, "x");
  });
  CHECK(d.message == "internal error: text outside a page");
  d = failure_of([&] {
    PdfCanvas canvas(out, no_fonts);
    canvas.begin_page(595, 842);
  });
  CHECK(d.message == "internal error: begin_page called out of order");
  d = failure_of([&] {
    PdfCanvas canvas(out, no_fonts);
    canvas.begin_document({});
    canvas.end_document();
  });
  CHECK(d.message == "internal error: the document has no pages");
  d = failure_on_page(out, [](PdfCanvas& canvas) { canvas.text(0, 0, FontStyle::regular, 12, "\xF0\x9F\x98\x80"); });
  CHECK(d.message == "character U+1F600 cannot be drawn in a PDF (only U+0001 to U+FFFF)");
  // The layout declares every code point before the first page.
  d = failure_on_page(out, [](PdfCanvas& canvas) { canvas.text(0, 0, FontStyle::bold, 12, "x"); });
  CHECK(d.message == "internal error: character U+0078 was not declared for its face before the first page");
  d = failure_of([&] {
    PdfCanvas canvas(out, no_fonts);
    canvas.begin_document({"", "", "", "", "2022-02-30", {}});
    canvas.begin_page(595, 842);
    canvas.end_page();
    canvas.end_document();
  });
  CHECK(d.message == "internal error: invalid creation date \"2022-02-30\"");
  d = failure_on_page(out, [](PdfCanvas& canvas) { canvas.line(0, 0, std::nan(""), 10, 1); });
  CHECK(d.message == "internal error: a drawing call has a coordinate that is not a finite number");
  CHECK_FALSE(fs::exists(out));
}
