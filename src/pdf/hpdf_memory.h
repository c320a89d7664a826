// libharu's HPDF_MemCpy and HPDF_MemSet replaced by the C library's memcpy and memset.
#pragma once

namespace thidua::pdf {

// True when libharu's own calls to HPDF_MemCpy and HPDF_MemSet reach thidua's versions
// (hpdf_memory.cpp). HpdfDocument calls it, which also makes the linker keep that file.
bool libharu_uses_fast_memory();

}  // namespace thidua::pdf
