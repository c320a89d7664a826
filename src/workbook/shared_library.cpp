// dlopen/dlsym behind SharedLibrary.
#include "workbook/shared_library.h"

#include <dlfcn.h>

#include "i18n/i18n.h"

namespace thidua::workbook {

SharedLibrary::SharedLibrary(const char* soname, const char* package)
    : handle_(dlopen(soname, RTLD_NOW | RTLD_LOCAL)), soname_(soname), package_(package) {}

SharedLibrary::~SharedLibrary() {
  if (handle_ != nullptr) dlclose(handle_);
}

void* SharedLibrary::raw_symbol(const char* name) {
  if (handle_ == nullptr) return nullptr;
  void* found = dlsym(handle_, name);
  if (found == nullptr && missing_.empty()) missing_ = name;
  return found;
}

std::string SharedLibrary::error() const {
  if (handle_ == nullptr) return tr("%1$s is not installed (Debian package %2$s)", soname_, package_);
  if (!missing_.empty()) return tr("%1$s has no function %2$s (an unexpected version)", soname_, missing_);
  return "";
}

}  // namespace thidua::workbook
