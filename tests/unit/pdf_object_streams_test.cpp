// Unit tests of pack_objects: a classic PDF becomes object and xref streams, or is left alone.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "pdf/deflater.h"
#include "pdf/object_streams.h"
#include "support.h"

namespace fs = std::filesystem;
using thidua::pdf::pack_objects;

namespace {

// A classic PDF in libharu's shape: objects "n 0 obj", a stream whose /Length is an
// indirect object written after it, one xref subsection, a trailer with /Root and /Info.
// `bodies[n - 1]` is object n; `generation` is written for every object.
std::string classic_pdf(const std::vector<std::string>& bodies, const std::string& trailer, int generation = 0) {
  std::string out = "%PDF-1.3\n%\xB7\xBE\xAD\xAA\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " " + std::to_string(generation) + " obj\n" + bodies[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(bodies.size() + 1) + "\n0000000000 65535 f\r\n";
  for (std::size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu %05d n\r\n", offset, generation);
    out += line;
  }
  out += "trailer\n" + trailer + "\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

const std::string content = "BT\n/F1 12 Tf\n72 700 Td\n(Hello) Tj\nET\n";

std::vector<std::string> sample_bodies() {
  return {
      "<<\n/Type /Catalog\n/Pages 2 0 R\n>>",
      "<<\n/Type /Pages\n/Kids [ 3 0 R ]\n/Count 1\n>>",
      "<<\n/Type /Page\n/MediaBox [ 0 0 595.27557 841.88977 ]\n/Contents 4 0 R\n/Parent 2 0 R\n"
      "/Resources << /Font << /F1 6 0 R >> >>\n>>",
      "<<\n/Length 5 0 R\n>>\nstream\r\n" + content + "\nendstream",
      std::to_string(content.size()),
      "<<\n/Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica\n>>",
      // Strings that look like syntax: a reference, brackets, an escaped parenthesis.
      "<<\n/Producer (Tricky \\) 5 0 R [ << (nested) >>)\n/Title <FEFF0041>\n>>",
  };
}

const std::string sample_trailer = "<<\n/Root 1 0 R\n/Info 7 0 R\n/Size 8\n>>";

std::string deflate(std::string_view data) {
  thidua::pdf::Deflater deflater;
  return deflater.compress(data);
}

fs::path output_dir() { return thidua::testing::kept_output_dir("pdf-test-output"); }

std::string run(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::string out;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) out.append(buffer.data(), n);
  return out;
}

bool have_qpdf() {
  if (std::system("command -v qpdf >/dev/null 2>&1") == 0) return true;
  WARN("qpdf is not installed: its checks are skipped");
  return false;
}

}  // namespace

TEST_CASE("pack_objects moves dictionaries into an object stream and frees the length objects", "[pdf]") {
  const std::string classic = classic_pdf(sample_bodies(), sample_trailer);
  const std::string packed = pack_objects(classic, deflate);
  REQUIRE_FALSE(packed.empty());
  CHECK(packed.rfind("%PDF-1.5\n", 0) == 0);
  CHECK(packed.ends_with("%%EOF\n"));
  CHECK(packed.find("/Type/ObjStm/N 5/First ") != std::string::npos);  // objects 1 2 3 6 7
  CHECK(packed.find("/Type/XRef/Size 10/W[1 ") != std::string::npos);
  CHECK(packed.find("/Root 1 0 R/Info 7 0 R") != std::string::npos);
  // The stream keeps its bytes (compressing 38 bytes does not make them smaller), with its
  // length written directly.
  CHECK(packed.find("4 0 obj\n<</Length " + std::to_string(content.size()) + ">>\nstream\n" + content +
                    "\nendstream\nendobj\n") != std::string::npos);
  CHECK(packed.find("Tricky") == std::string::npos);  // compressed with the other objects
  CHECK(pack_objects(classic, deflate) == packed);

  if (!have_qpdf()) return;
  const fs::path file = output_dir() / "packed.pdf";
  std::ofstream(file, std::ios::binary) << packed;
  const std::string check = run("qpdf --check '" + file.string() + "'");
  CHECK(check.find("PDF Version: 1.5") != std::string::npos);
  CHECK(check.find("No syntax or stream encoding errors found") != std::string::npos);
  CHECK(check.find("WARNING") == std::string::npos);
  const std::string xref = run("qpdf --show-xref '" + file.string() + "'");
  CHECK(xref.find("1/0: compressed; stream = 8, index = 0") != std::string::npos);
  CHECK(xref.find("7/0: compressed; stream = 8, index = 4") != std::string::npos);
  CHECK(xref.find("4/0: uncompressed") != std::string::npos);
  CHECK(xref.find("5/0: uncompressed") == std::string::npos);
  CHECK(xref.find("5/0: compressed") == std::string::npos);
  CHECK(run("qpdf --show-object=4 --filtered-stream-data '" + file.string() + "'") == content);
  CHECK(run("qpdf --show-object=7 '" + file.string() + "'") ==
        "<< /Producer (Tricky \\) 5 0 R [ << \\(nested\\) >>) /Title <feff0041> >>\n");  // qpdf's escapes
  CHECK(run("qpdf --show-object=3 '" + file.string() + "'") ==
        "<< /Contents 4 0 R /MediaBox [ 0 0 595.27557 841.88977 ] /Parent 2 0 R /Resources << /Font << /F1 6 0 R >> "
        ">> /Type /Page >>\n");
}

TEST_CASE("pack_objects compresses the streams that have no filter, and only those", "[pdf]") {
  std::string long_content;
  for (int i = 0; i < 50; ++i) long_content += content;
  const std::string encoded = "x\x9c\x03\x00\x00\x00\x00\x01";  // already FlateDecode: kept as it is
  std::vector<std::string> bodies = sample_bodies();
  bodies[3] = "<<\n/Length 5 0 R\n>>\nstream\r\n" + long_content + "\nendstream";
  bodies[4] = std::to_string(long_content.size());
  bodies.push_back("<<\n/Length " + std::to_string(encoded.size()) + "\n/Filter /FlateDecode\n>>\nstream\n" +
                   encoded + "\nendstream");
  const std::string packed = pack_objects(classic_pdf(bodies, sample_trailer), deflate);
  REQUIRE_FALSE(packed.empty());
  const std::string compressed = deflate(long_content);
  CHECK(compressed.size() < long_content.size() / 10);
  CHECK(packed.find("4 0 obj\n<</Length " + std::to_string(compressed.size()) + "/Filter/FlateDecode>>\nstream\n" +
                    compressed + "\nendstream\nendobj\n") != std::string::npos);
  CHECK(packed.find("8 0 obj\n<</Length " + std::to_string(encoded.size()) + "/Filter/FlateDecode>>\nstream\n" +
                    encoded + "\nendstream\nendobj\n") != std::string::npos);
  CHECK(packed.find("/FlateDecode/Filter") == std::string::npos);  // never a second filter

  if (!have_qpdf()) return;
  const fs::path file = output_dir() / "packed-compressed.pdf";
  std::ofstream(file, std::ios::binary) << packed;
  CHECK(run("qpdf --show-object=4 --filtered-stream-data '" + file.string() + "'") == long_content);
}

TEST_CASE("pack_objects leaves alone what it does not recognise", "[pdf]") {
  const std::vector<std::string> bodies = sample_bodies();
  CHECK(pack_objects("", deflate).empty());
  CHECK(pack_objects("%PDF-1.3\nnot a pdf\n", deflate).empty());
  // Encrypted, or an update of an earlier file.
  CHECK(pack_objects(classic_pdf(bodies, "<<\n/Root 1 0 R\n/Encrypt 7 0 R\n/Size 8\n>>"), deflate).empty());
  CHECK(pack_objects(classic_pdf(bodies, "<<\n/Root 1 0 R\n/Prev 10\n/Size 8\n>>"), deflate).empty());
  CHECK(pack_objects(classic_pdf(bodies, "<<\n/Info 7 0 R\n/Size 8\n>>"), deflate).empty());  // no /Root
  // Generation 1 objects.
  CHECK(pack_objects(classic_pdf(bodies, sample_trailer, 1), deflate).empty());
  // A stream whose length is wrong: "endstream" does not follow its bytes.
  std::vector<std::string> wrong = bodies;
  wrong[4] = std::to_string(content.size() - 1);
  CHECK(pack_objects(classic_pdf(wrong, sample_trailer), deflate).empty());
  // An xref offset that does not point at its object.
  std::string moved = classic_pdf(bodies, sample_trailer);
  moved[moved.find("2 0 obj")] = '9';
  CHECK(pack_objects(moved, deflate).empty());
  // An unterminated string.
  std::vector<std::string> broken = bodies;
  broken[6] = "<<\n/Producer (open\n>>";
  CHECK(pack_objects(classic_pdf(broken, sample_trailer), deflate).empty());
}
