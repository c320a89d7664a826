// Replaces libharu 2.3.0's byte-at-a-time HPDF_MemCpy and HPDF_MemSet for the whole process.
//
// Why: libharu copies every byte of every stream through HPDF_MemCpy (a loop of single-byte
// moves) three or four times on its way to the output, and clears its 128 KB encoder tables
// with HPDF_MemSet (the same loop): a fifth of the instructions of writing an agreement.
// libhpdf.so calls both through its PLT, so definitions in the executable take the place of
// its own (ELF symbol interposition, as for malloc). Same results, byte for byte: the copy
// below keeps libharu's forward order for the one case where it differs from memcpy.
#include "pdf/hpdf_memory.h"

#include <dlfcn.h>
#include <hpdf_utils.h>

#include <cstring>

extern "C" {

HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
  if (out > in && out < in + n) {
    // Overlapping with the destination after the source: libharu's forward loop repeats
    // the first bytes, which memmove would not. Nothing in libharu does this; keep it exact.
    for (HPDF_UINT i = 0; i < n; ++i) out[i] = in[i];
  } else if (n > 0) {
    std::memmove(out, in, n);
  }
  return out + n;
}

void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
  std::memset(s, c, n);
  return static_cast<HPDF_BYTE*>(s) + n;
}

}  // extern "C"

namespace thidua::pdf {

bool libharu_uses_fast_memory() {
  // What the dynamic linker binds the names to for every library, libhpdf.so included.
  return dlsym(RTLD_DEFAULT, "HPDF_MemCpy") == reinterpret_cast<void*>(&HPDF_MemCpy) &&
         dlsym(RTLD_DEFAULT, "HPDF_MemSet") == reinterpret_cast<void*>(&HPDF_MemSet);
}

}  // namespace thidua::pdf
