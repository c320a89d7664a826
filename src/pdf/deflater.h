// Deflater: zlib-format compression (what PDF's FlateDecode undoes) with libdeflate.
#pragma once

#include <string>
#include <string_view>

struct libdeflate_compressor;

namespace thidua::pdf {

// One compressor, reused for every stream of a document (not thread-safe; one per document).
//
// Why libdeflate and not libharu's zlib: libharu starts a zlib stream (deflateInit, 256 KB
// of tables to clear) for each of the ~20 streams of a short document, and zlib compresses
// at about half libdeflate's speed for the same ratio. Compression was a fifth of the
// agreement command's time.
class Deflater {
 public:
  // A compressor at libdeflate level `level` (1 fastest … 12 smallest).
  explicit Deflater(int level = kDefaultLevel);
  ~Deflater();
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  // `data` compressed in zlib format; throws Failure (exit 3) when out of memory.
  std::string compress(std::string_view data);

  // The level documents are written at: libdeflate's fastest. Measured on the Sóc Trăng
  // agreement and the 10,000-row attendance list, level 6 makes files 3.7% smaller and
  // takes 8% more of the agreement's instructions and 30% more of the list's time; the
  // agreement stays well under its 40 KB budget at level 1 (35.7 KB).
  static constexpr int kDefaultLevel = 1;

 private:
  libdeflate_compressor* compressor_ = nullptr;
};

}  // namespace thidua::pdf
