// Rewrites the classic PDF file libharu writes as PDF 1.5 with an object stream and an xref stream.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace thidua::pdf {

// Compresses bytes into zlib format (what FlateDecode undoes).
using Deflate = std::function<std::string(std::string_view)>;

// The dictionary key that marks a stream whose bytes are compressed already (a page's
// content, compressed when the page is finished). Why a marker and not /Filter: libharu
// removes /Filter from a stream it does not compress itself. pack_objects replaces the
// marker with /Filter/FlateDecode, so it never reaches the output.
inline constexpr const char* deflated_marker_key = "ThiduaDeflated";

// `pdf` (one classic xref table, generation 0 only, no encryption: what libharu 2.3.0
// writes) rewritten with the same objects and numbers, where:
//  - every object that is not a stream goes, with its whitespace squeezed out, into one
//    object stream compressed with `deflate`;
//  - streams with no /Filter are compressed with `deflate` (kept as they are when that
//    does not make them smaller), others keep their bytes, and the deflated marker becomes
//    /Filter/FlateDecode; /Length is written directly and the objects libharu makes to
//    hold the lengths become free entries;
//  - the xref table and trailer become a compressed xref stream.
// Why: libharu writes every dictionary uncompressed (font W arrays, page dictionaries,
// UTF-16 hex metadata) with a 20-byte xref line and an indirect length object per
// stream: 6 KB of the 6-page Sóc Trăng agreement (40.8 KB to 34.8 KB). PDF 1.5 (2003)
// is read by every current viewer. Returns an empty string when `pdf` is not shaped as
// expected; the caller then keeps `pdf`, which is valid as it is.
std::string pack_objects(std::string_view pdf, const Deflate& deflate);

}  // namespace thidua::pdf
