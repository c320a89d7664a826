// Decoding PNG and JPEG images row by row (one row in memory), only to prove they are whole.
#pragma once

#include <string>
#include <string_view>

namespace thidua::image {

// Decodes every row of the PNG in `bytes` with libpng; empty when it is whole, otherwise
// what is wrong ("the file is cut short", libpng's message).
std::string decode_png(std::string_view bytes);

// Decodes the JPEG in `bytes` with libjpeg; empty when it is whole, otherwise what is wrong.
std::string decode_jpeg(std::string_view bytes);

}  // namespace thidua::image
