// Tests of model::field_name: the event's field names in English (as the loader writes them) and Vietnamese.
#include <catch2/catch.hpp>

#include <filesystem>
#include <cctype>
#include <sstream>
#include <string>

#include "i18n/i18n.h"
#include "load/load_event.h"
#include "model/field_names.h"

using thidua::i18n::Language;
using thidua::i18n::ScopedLanguage;
using thidua::model::field_name;

TEST_CASE("field names: English is the field as the loader wrote it", "[i18n][model]") {
  const ScopedLanguage english(Language::english);
  CHECK(field_name("unit 'cdvc' signatory name") == "unit 'cdvc' signatory name");
}

TEST_CASE("field names: Vietnamese names the part first, then what it belongs to", "[i18n][model]") {
  const ScopedLanguage vietnamese(Language::vietnamese);
  CHECK(field_name("unit 'cdvc' signatory name") == "tên của người ký của đơn vị 'cdvc'");
  CHECK(field_name("unit 3 short") == "tên ngắn của đơn vị 3");
  CHECK(field_name("guest 'bt' title") == "chức vụ của khách mời 'bt'");  // a person's title: a position
  CHECK(field_name("agreement section 2 title") == "tiêu đề của phần 2 của giao ước");
  CHECK(field_name("agreement section 1 item 3 point 2") == "điểm 2 của nội dung 3 của phần 1 của giao ước");
  CHECK(field_name("news photo 1 caption") == "chú thích ảnh của ảnh 1 của bài viết");
  CHECK(field_name("place") == "địa điểm");
}

TEST_CASE("field names: every field of the samples and real events has Vietnamese words", "[i18n][model]") {
  namespace fs = std::filesystem;
  const ScopedLanguage vietnamese(Language::vietnamese);
  std::size_t fields = 0;
  for (const char* folder : {"/samples", "/tests/events"}) {
    for (const fs::directory_entry& entry : fs::directory_iterator(std::string(THIDUA_SOURCE_DIR) + folder)) {
      if (entry.path().extension() != ".xml") continue;
      thidua::Diagnostics diags(1000);
      const auto event = thidua::load::load_event(entry.path().string(), diags);
      REQUIRE(event.has_value());
      for (const auto& origin : event->origins) {
        const std::string name = " " + field_name(origin.field) + " ";
        INFO(entry.path().filename().string() << ": " << origin.field << " -> " << name);
        // No English word of the field is left (ids in quotes and numbers stay as written).
        std::istringstream words(origin.field);
        for (std::string word; words >> word;) {
          if (word.front() == '\'' || std::isdigit(static_cast<unsigned char>(word.front()))) continue;
          CHECK(name.find(" " + word + " ") == std::string::npos);
        }
        ++fields;
      }
    }
  }
  CHECK(fields > 500);
}
