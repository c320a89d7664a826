// Unit tests of the PDF writer: determinism, file checks with qpdf/poppler, and failures.
#include <catch2/catch.hpp>
#include <hpdf_utils.h>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "io/files.h"
#include "diag/diagnostic.h"
#include "layout/fonts.h"
#include "pdf/hpdf_memory.h"
#include "pdf/pdf_canvas.h"
#include "support.h"

namespace fs = std::filesystem;
using thidua::Failure;
using thidua::layout::DocumentInfo;
using thidua::layout::FontStyle;
using thidua::pdf::PdfCanvas;

namespace {

// A 4×4 RGB PNG, made once with Python's zlib.
const unsigned char plain_png[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x04, 0x08, 0x02, 0x00, 0x00, 0x00, 0x26, 0x93, 0x09,
    0x29, 0x00, 0x00, 0x00, 0x17, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x90, 0x63, 0x60, 0x38,
    0xc1, 0xc0, 0x00, 0x21, 0x11, 0x2c, 0x20, 0xc9, 0x80, 0x53, 0x06, 0x00, 0xc2, 0x44, 0x07, 0x31,
    0x5e, 0xb4, 0x6a, 0x4c, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

// A 2×2 baseline JPEG (made once with pdftoppm), the one the image fuzzer starts from.
const fs::path tiny_jpeg = fs::path(THIDUA_SOURCE_DIR) / "fuzz/corpus/image/tiny.jpg";

// The four Liberation Serif faces read from disk. The PDF writer uses only path() and
// data(); the metrics are fixed values because nothing here lays text out.
class TestFontSet final : public thidua::layout::FontSet {
 public:
  TestFontSet() {
    const char* env = std::getenv("THIDUA_FONTS");
    const std::string dir = env != nullptr && *env != '\0' ? env : "/usr/share/fonts/truetype/liberation2";
    const char* names[] = {"Regular", "Bold", "Italic", "BoldItalic"};
    for (std::size_t i = 0; i < 4; ++i) {
      paths_[i] = dir + "/LiberationSerif-" + names[i] + ".ttf";
      std::ifstream in(paths_[i], std::ios::binary);
      REQUIRE(in);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      data_[i] = bytes.str();
    }
  }
  const std::string& path(FontStyle style) const override { return paths_[index(style)]; }
  std::string_view data(FontStyle style) const override { return data_[index(style)]; }
  bool has_glyph(FontStyle, char32_t) const override { return true; }
  double advance(FontStyle, char32_t) const override { return 500; }
  double ascender(FontStyle) const override { return 891; }
  double descender(FontStyle) const override { return -216; }

 private:
  static std::size_t index(FontStyle style) { return static_cast<std::size_t>(style); }
  std::array<std::string, 4> paths_;
  std::array<std::string, 4> data_;
};

const TestFontSet& test_fonts() {
  static const TestFontSet fonts;
  return fonts;
}

// This test's files, kept in the build tree to look at after the run.
fs::path output_dir() { return thidua::testing::kept_output_dir("pdf-test-output"); }

fs::path write_bytes(const std::string& name, const unsigned char* data, std::size_t size) {
  return thidua::testing::write_kept_file("pdf-test-output", name, data, size);
}

std::string read_file(const fs::path& path) { return thidua::io::read_file(path.string()); }

// The text lines of the sample document, page by page, as a reader should extract them.
const std::vector<std::string> sample_lines = {
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Sóc Trăng, ngày 09 tháng 6 năm 2020",
    "Nơi nhận:",
    "ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ đ Đ",
    "Trang 2: “Khối thi đua” – 100%",
};

// A Canvas that only collects the code points its text calls use, per face: what
// layout::render declares to the PDF canvas before the first page.
class CodePointCollector final : public thidua::layout::Canvas {
 public:
  DocumentInfo info;
  void begin_document(const DocumentInfo&) override {}
  void begin_page(double, double) override {}
  void text(double, double, FontStyle style, double, std::string_view text) override {
    thidua::layout::add_code_points(info, style, text);
  }
  void line(double, double, double, double, double) override {}
  void rect(double, double, double, double, double) override {}
  void fill_rect(double, double, double, double, double) override {}
  void image(const std::string&, double, double, double, double) override {}
  void end_page() override {}
  void end_document() override {}
};

// Writes the PDF at `path` that `pages` (the begin_page … end_page calls) draw, with `info`
// and the code points the pages use declared, as layout::render does.
template <typename Pages>
void draw_pdf(const fs::path& path, DocumentInfo info, Pages pages) {
  CodePointCollector collector;
  pages(static_cast<thidua::layout::Canvas&>(collector));
  info.code_points = collector.info.code_points;
  PdfCanvas canvas(path.string(), test_fonts());
  canvas.begin_document(info);
  pages(static_cast<thidua::layout::Canvas&>(canvas));
  canvas.end_document();
}

// Draws a two-page sample with every kind of call into `path`.
void draw_sample(const fs::path& path) {
  // Images named after the PDF: ctest may run test cases in parallel processes.
  const std::string stem = path.stem().string();
  const fs::path png = write_bytes(stem + ".png", plain_png, sizeof plain_png);
  draw_pdf(path, {"Giao ước thi đua năm 2022", "Giao ước", "Khối thi đua số 3", "thi đua, giao ước", "2022-02-16", {}},
           [&](thidua::layout::Canvas& canvas) {
             canvas.begin_page(595.28, 841.89);
             canvas.text(85, 780, FontStyle::regular, 12, sample_lines[0]);
             canvas.text(85, 740, FontStyle::bold, 13, sample_lines[1]);
             canvas.line(85, 735, 260, 735, 0.5);
             canvas.text(85, 700, FontStyle::italic, 14, sample_lines[2]);
             canvas.text(85, 660, FontStyle::bold_italic, 12, sample_lines[3]);
             canvas.text(85, 620, FontStyle::regular, 13, sample_lines[4]);
             canvas.rect(80, 600, 400, 200, 1);
             canvas.image(png.string(), 85, 400, 100, 100);
             canvas.end_page();
             canvas.begin_page(841.89, 595.28);
             canvas.text(85, 500, FontStyle::regular, 13, sample_lines[5]);
             canvas.image(png.string(), 85, 300, 50, 50);  // the same file again: embedded once
             canvas.image(tiny_jpeg.string(), 200, 300, 50, 50);
             canvas.end_page();
           });
}

// Output and exit status of a shell command; stderr goes to a file read back here.
struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

Run run(const std::string& command) {
  const fs::path err_file = output_dir() / ("stderr-" + std::to_string(::getpid()) + ".txt");
  Run result;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>" + err_file.string()).c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) result.out.append(buffer.data(), n);
  result.status = pclose(pipe.release());
  result.err = read_file(err_file);
  fs::remove(err_file);
  return result;
}

bool have_tool(const char* name) {
  if (std::system((std::string("command -v ") + name + " >/dev/null 2>&1").c_str()) == 0) return true;
  WARN(name << " is not installed: its checks are skipped");
  return false;
}

std::vector<std::string> non_empty_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    line.erase(0, line.find_first_not_of(" \f"));
    line.erase(line.find_last_not_of(' ') + 1);
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("libharu's byte-loop HPDF_MemCpy and HPDF_MemSet are replaced, with the same results", "[pdf]") {
  CHECK(thidua::pdf::libharu_uses_fast_memory());
  // libharu's semantics: the end of the destination is returned; an overlapping copy goes forward.
  unsigned char bytes[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  CHECK(HPDF_MemCpy(bytes + 4, bytes, 4) == bytes + 8);
  CHECK(std::vector<unsigned char>(bytes, bytes + 8) == std::vector<unsigned char>{1, 2, 3, 4, 1, 2, 3, 4});
  CHECK(HPDF_MemCpy(bytes + 1, bytes, 3) == bytes + 4);  // forward byte by byte: repeats the first
  CHECK(std::vector<unsigned char>(bytes, bytes + 4) == std::vector<unsigned char>{1, 1, 1, 1});
  CHECK(static_cast<unsigned char*>(HPDF_MemSet(bytes, 9, 3)) == bytes + 3);
  CHECK(std::vector<unsigned char>(bytes, bytes + 5) == std::vector<unsigned char>{9, 9, 9, 1, 1});
}

TEST_CASE("the same drawing calls give a byte-identical PDF", "[pdf]") {
  const fs::path a = output_dir() / "sample-a.pdf";
  const fs::path b = output_dir() / "sample-b.pdf";
  draw_sample(a);
  draw_sample(b);
  const std::string first = read_file(a);
  REQUIRE(first.size() > 1000);
  CHECK(first.rfind("%PDF-1.", 0) == 0);
  CHECK(first.find("%%EOF") != std::string::npos);
  CHECK(first == read_file(b));
  for (const auto& entry : fs::directory_iterator(output_dir())) {
    CHECK(entry.path().filename().string().rfind(".sample-", 0) == std::string::npos);  // temporaries
  }
}

TEST_CASE("the sample PDF passes qpdf and poppler's checks", "[pdf]") {
  const fs::path pdf = output_dir() / "sample.pdf";
  draw_sample(pdf);

  if (have_tool("qpdf")) {
    Run check = run("qpdf --check '" + pdf.string() + "'");
    CHECK(check.status == 0);
    CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
    CHECK(check.out.find("PDF Version: 1.5") != std::string::npos);
    // Dictionaries in an object stream (pack_objects); no per-page ProcSet, no DW2.
    CHECK(run("qpdf --show-xref '" + pdf.string() + "'").out.find(": compressed; stream = ") != std::string::npos);
    // Look inside: a valid ToUnicode, Adobe-Identity ordering, each image once.
    const fs::path qdf = output_dir() / "sample.qdf";
    REQUIRE(run("qpdf --qdf --object-streams=disable '" + pdf.string() + "' '" + qdf.string() + "'").status == 0);
    const std::string body = read_file(qdf);
    CHECK(body.find("beginbfchar") != std::string::npos);
    CHECK(body.find("beginbfrange") == std::string::npos);  // Ghostscript misreads bfranges
    CHECK(body.find("begincidrange") == std::string::npos);
    CHECK(body.find("/Ordering (Identity)") != std::string::npos);
    CHECK(body.find("(Identity-H)") == std::string::npos);
    CHECK(body.find("/ProcSet [") == std::string::npos);
    CHECK(body.find("/DW2") == std::string::npos);
    CHECK(body.find("/DW ") != std::string::npos);
    std::size_t images = 0;
    for (std::size_t at = body.find("/Subtype /Image"); at != std::string::npos;
         at = body.find("/Subtype /Image", at + 1)) {
      ++images;
    }
    CHECK(images == 2);  // the PNG drawn twice is embedded once, plus the JPEG
  }

  if (have_tool("pdffonts")) {
    Run fonts = run("pdffonts '" + pdf.string() + "'");
    CHECK(fonts.status == 0);
    CHECK(fonts.err.empty());
    const std::regex row(R"(^[A-Z]{6}\+LiberationSerif\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s)");
    std::size_t embedded = 0;
    for (const std::string& line : non_empty_lines(fonts.out)) {
      if (std::regex_search(line, row)) ++embedded;
    }
    CHECK(embedded == 4);
  }

  if (have_tool("pdftotext")) {
    Run text = run("pdftotext -raw -enc UTF-8 '" + pdf.string() + "' -");
    CHECK(text.status == 0);
    CHECK(text.err == "");  // poppler warned about libharu's own ToUnicode CMap
    CHECK(non_empty_lines(text.out) == sample_lines);
  }

  if (have_tool("pdfinfo")) {
    Run info = run("pdfinfo '" + pdf.string() + "'");
    CHECK(info.err == "");
    CHECK(info.out.find("Title:           Giao ước thi đua năm 2022\n") != std::string::npos);
    CHECK(info.out.find("Author:          Khối thi đua số 3\n") != std::string::npos);
    CHECK(info.out.find("Creator:         thidua\n") != std::string::npos);
    CHECK(info.out.find("Pages:           2\n") != std::string::npos);
  }
}


namespace {

// Draws an agreement-like document: `pages` A4 pages in the Decree 30 layout, 16
// signing units, body text in all four faces, rules and a signature table grid.
void draw_agreement(const fs::path& path, int pages) {
  const std::vector<std::string> units = {
      "Công đoàn Sở Giáo dục và Đào tạo", "Công đoàn ngành Y tế", "Công đoàn Viên chức tỉnh",
      "Công đoàn ngành Giao thông vận tải", "Công đoàn ngành Nông nghiệp và Phát triển nông thôn",
      "Công đoàn các Khu công nghiệp", "Công đoàn Công thương", "Công đoàn ngành Xây dựng",
      "Liên đoàn Lao động thành phố Sóc Trăng", "Liên đoàn Lao động thị xã Vĩnh Châu",
      "Liên đoàn Lao động thị xã Ngã Năm", "Liên đoàn Lao động huyện Mỹ Xuyên",
      "Liên đoàn Lao động huyện Châu Thành", "Liên đoàn Lao động huyện Kế Sách",
      "Liên đoàn Lao động huyện Long Phú", "Liên đoàn Lao động huyện Trần Đề"};
  const std::vector<std::string> body = {
      "Thực hiện Kế hoạch số 15/KH-LĐLĐ ngày 09 tháng 01 năm 2020 của Liên đoàn Lao động tỉnh",
      "về việc tổ chức phong trào thi đua yêu nước trong công nhân, viên chức, lao động năm 2020;",
      "các đơn vị thành viên Cụm thi đua số 3 thống nhất ký kết giao ước thi đua với các nội dung",
      "chủ yếu sau đây: đẩy mạnh tuyên truyền, vận động đoàn viên, người lao động thực hiện tốt",
      "chủ trương của Đảng, chính sách, pháp luật của Nhà nước; chăm lo đời sống, bảo vệ quyền,",
      "lợi ích hợp pháp, chính đáng của đoàn viên; phát triển đoàn viên, xây dựng tổ chức công",
      "đoàn vững mạnh; hưởng ứng cuộc vận động “Mỗi đoàn viên, người lao động góp phần xây dựng",
      "nông thôn mới và đô thị văn minh” – hoàn thành xuất sắc nhiệm vụ được giao (100%).",
  };
  draw_pdf(path, {"Giao ước thi đua năm 2020", "Cụm thi đua số 3", "Liên đoàn Lao động tỉnh Sóc Trăng",
                  "giao ước, thi đua", "2020-06-09", {}},
           [&](thidua::layout::Canvas& canvas) {
  std::size_t unit = 0;
  for (int page = 1; page <= pages; ++page) {
    canvas.begin_page(595.28, 841.89);
    double y = 780;
    if (page == 1) {
      canvas.text(85, y, FontStyle::regular, 12, "LIÊN ĐOÀN LAO ĐỘNG TỈNH SÓC TRĂNG");
      canvas.text(320, y, FontStyle::bold, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      canvas.text(350, y - 16, FontStyle::bold, 13, "Độc lập - Tự do - Hạnh phúc");
      canvas.line(350, y - 20, 520, y - 20, 0.5);
      canvas.text(330, y - 44, FontStyle::italic, 13, "Sóc Trăng, ngày 09 tháng 6 năm 2020");
      canvas.text(230, y - 80, FontStyle::bold, 14, "GIAO ƯỚC THI ĐUA");
      y -= 110;
    } else {
      canvas.text(290, 810, FontStyle::regular, 13, std::to_string(page));
    }
    for (int line = 0; line < 26; ++line, y -= 19) {
      canvas.text(85, y, line % 9 == 0 ? FontStyle::bold : FontStyle::regular, 13,
                  body[static_cast<std::size_t>(line) % body.size()]);
    }
    for (int row = 0; row < 4 && unit < units.size(); ++row, ++unit, y -= 22) {
      canvas.rect(85, y - 6, 440, 22, 0.5);
      canvas.text(90, y, FontStyle::bold, 12, "TM. BAN CHẤP HÀNH " + std::to_string(unit + 1));
      canvas.text(260, y, FontStyle::regular, 12, units[unit]);
    }
    if (page == pages) {
      canvas.text(85, y - 20, FontStyle::bold_italic, 12, "Nơi nhận:");
      canvas.text(85, y - 34, FontStyle::regular, 11, "- Thường trực LĐLĐ tỉnh;");
      canvas.text(85, y - 48, FontStyle::regular, 11, "- Lưu: VT, Cụm 3.");
    }
    canvas.end_page();
  }
           });
}

}  // namespace

TEST_CASE("a four-page agreement is under 40 KB and a one-page letter under 30 KB", "[pdf]") {
  const fs::path agreement = output_dir() / "agreement.pdf";
  const fs::path letter = output_dir() / "letter.pdf";
  draw_agreement(agreement, 4);
  draw_agreement(letter, 1);
  INFO("agreement " << fs::file_size(agreement) << " bytes, letter " << fs::file_size(letter) << " bytes");
  CHECK(fs::file_size(agreement) < 40 * 1024);
  CHECK(fs::file_size(letter) < 30 * 1024);
}

namespace {

struct Placed {
  double x;
  std::string word;
};

// A justified line drawn as a layout draws it, one word per call, and a ragged line of
// two faces. Words are spaced by 7.5 pt a character, wider than these words' glyphs at
// 12 pt, plus a gap that is not a whole number of hundredths.
std::vector<Placed> draw_justified(const fs::path& path) {
  const std::vector<std::string> words = {"Căn", "cứ", "Luật", "Thi", "đua,", "Khen", "thưởng", "ngày", "26/11/2003"};
  std::vector<Placed> placed;
  draw_pdf(path, {"Dòng căn đều", "", "", "", "2020-06-09", {}}, [&](thidua::layout::Canvas& canvas) {
  placed.clear();
  canvas.begin_page(595.28, 841.89);
  double x = 121.04;
  for (const std::string& word : words) {
    placed.push_back({x, word});
    canvas.text(x, 629.33, FontStyle::italic, 12, word);
    std::size_t characters = 0;
    for (char byte : word) characters += (static_cast<unsigned char>(byte) & 0xC0) != 0x80 ? 1 : 0;
    x += static_cast<double>(characters) * 7.5 + 4.123456789;
  }
  canvas.text(85.04, 613.23, FontStyle::regular, 14, "Số:");
  canvas.text(110.5, 613.23, FontStyle::bold, 14, "01/GU-CTĐ3");
  canvas.end_page();
  });
  return placed;
}

}  // namespace

TEST_CASE("a justified line drawn word by word reads as one line with single spaces", "[pdf]") {
  const fs::path pdf = output_dir() / "justified.pdf";
  const std::vector<Placed> placed = draw_justified(pdf);
  if (have_tool("qpdf")) {
    // One TJ shows the whole line: no BT/Tf/Td per word.
    const fs::path qdf = output_dir() / "justified.qdf";
    REQUIRE(run("qpdf --qdf --object-streams=disable '" + pdf.string() + "' '" + qdf.string() + "'").status == 0);
    const std::string body = read_file(qdf);
    auto count = [&body](const std::string& what) {
      std::size_t n = 0;
      for (std::size_t at = body.find(what); at != std::string::npos; at = body.find(what, at + 1)) ++n;
      return n;
    };
    CHECK(count("]TJ\n") == 1);
    CHECK(count("BT\n") == 1);
    CHECK(count(" Td\n") == 3);  // the line, then "Số:" and "01/GU-CTĐ3" after it
    CHECK(run("qpdf --check '" + pdf.string() + "'").status == 0);
  }
  if (!have_tool("pdftotext")) return;
  Run text = run("pdftotext -raw -enc UTF-8 '" + pdf.string() + "' -");
  CHECK(text.err == "");
  CHECK(non_empty_lines(text.out) ==
        std::vector<std::string>{"Căn cứ Luật Thi đua, Khen thưởng ngày 26/11/2003", "Số: 01/GU-CTĐ3"});

  // Each word starts where it was drawn, to 0.01 pt (pdftotext -bbox gives the origin of
  // a word's first glyph as xMin).
  Run boxes = run("pdftotext -bbox '" + pdf.string() + "' -");
  const std::regex word_box(R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="[0-9.]+" yMax="[0-9.]+">([^<]*)</word>)re");
  std::vector<Placed> found;
  for (auto it = std::sregex_iterator(boxes.out.begin(), boxes.out.end(), word_box); it != std::sregex_iterator(); ++it) {
    found.push_back({std::stod((*it)[1].str()), (*it)[2].str()});
  }
  REQUIRE(found.size() == placed.size() + 2);
  for (const Placed& drawn : placed) {
    INFO(drawn.word);
    auto it = std::find_if(found.begin(), found.end(), [&](const Placed& f) { return f.word == drawn.word; });
    REQUIRE(it != found.end());
    CHECK(std::abs(it->x - drawn.x) < 0.01);
  }
}
