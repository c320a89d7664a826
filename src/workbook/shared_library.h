// A shared library opened only when a command needs it (libzip, libxlsxwriter), with typed symbols.
#pragma once

#include <string>

namespace thidua::workbook {

// A library loaded with dlopen on first use. Why not linked: libzip and libxlsxwriter pull in
// libcrypto, whose relocation at every start would cost each short thidua process ~1 ms even
// when no workbook is read; only the commands that read or write one pay for them.
class SharedLibrary {
 public:
  // Opens `soname` ("libzip.so.4"); `package` names the Debian package that ships it, for messages.
  SharedLibrary(const char* soname, const char* package);
  ~SharedLibrary();
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;

  // True when the library and every symbol asked for so far were found.
  bool ok() const { return handle_ != nullptr && missing_.empty(); }
  // Why it is not usable: "libzip.so.4 is not installed (Debian package libzip4)", or a missing symbol.
  std::string error() const;
  // The function `name`, typed as `Function` (use decltype(&name) with the library's header); nullptr if absent.
  template <typename Function>
  Function symbol(const char* name) {
    return reinterpret_cast<Function>(raw_symbol(name));
  }

 private:
  void* raw_symbol(const char* name);

  void* handle_ = nullptr;
  std::string soname_;
  std::string package_;
  std::string missing_;
};

}  // namespace thidua::workbook
