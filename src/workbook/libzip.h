// Internal to the workbook stage: libzip's functions, loaded once per process through SharedLibrary (the reader and the zip writer share them).
#pragma once

#include <zip.h>

#include "workbook/shared_library.h"

namespace thidua::workbook::detail {

// The libzip functions thidua uses, looked up once per process.
struct Libzip {
  SharedLibrary library{"libzip.so.4", "libzip4"};
#define THIDUA_ZIP_FUNCTION(member, name) decltype(&::name) member = library.symbol<decltype(&::name)>(#name)
  // reading (the workbook reader)
  THIDUA_ZIP_FUNCTION(source_buffer_create, zip_source_buffer_create);
  THIDUA_ZIP_FUNCTION(source_free, zip_source_free);
  THIDUA_ZIP_FUNCTION(open_from_source, zip_open_from_source);
  THIDUA_ZIP_FUNCTION(discard, zip_discard);
  THIDUA_ZIP_FUNCTION(get_num_entries, zip_get_num_entries);
  THIDUA_ZIP_FUNCTION(name_locate, zip_name_locate);
  THIDUA_ZIP_FUNCTION(stat_index, zip_stat_index);
  THIDUA_ZIP_FUNCTION(fopen_index, zip_fopen_index);
  THIDUA_ZIP_FUNCTION(fread, zip_fread);
  THIDUA_ZIP_FUNCTION(fclose, zip_fclose);
  THIDUA_ZIP_FUNCTION(error_init, zip_error_init);
  THIDUA_ZIP_FUNCTION(error_fini, zip_error_fini);
  THIDUA_ZIP_FUNCTION(error_strerror, zip_error_strerror);
  // writing (the zip writer)
  THIDUA_ZIP_FUNCTION(source_keep, zip_source_keep);
  THIDUA_ZIP_FUNCTION(file_add, zip_file_add);
  THIDUA_ZIP_FUNCTION(set_file_compression, zip_set_file_compression);
  THIDUA_ZIP_FUNCTION(file_set_dostime, zip_file_set_dostime);
  THIDUA_ZIP_FUNCTION(close, zip_close);
  THIDUA_ZIP_FUNCTION(strerror, zip_strerror);
  THIDUA_ZIP_FUNCTION(source_open, zip_source_open);
  THIDUA_ZIP_FUNCTION(source_seek, zip_source_seek);
  THIDUA_ZIP_FUNCTION(source_tell, zip_source_tell);
  THIDUA_ZIP_FUNCTION(source_read, zip_source_read);
  THIDUA_ZIP_FUNCTION(source_close, zip_source_close);
#undef THIDUA_ZIP_FUNCTION
};

// The process's one Libzip (loaded on first use; check library.ok()).
Libzip& libzip();

}  // namespace thidua::workbook::detail
