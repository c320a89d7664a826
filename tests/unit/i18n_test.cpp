// Unit tests of the messages module: positional formatting, language choice, the Vietnamese catalogue.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "exec/parallel.h"
#include "i18n/i18n.h"

using thidua::i18n::Language;
using thidua::i18n::ScopedLanguage;

namespace {

// Sets the locale variables for one test and restores the previous values.
class Environment {
 public:
  Environment(const char* language, const char* lc_all, const char* lc_messages, const char* lang) {
    for (const char* name : names_) {
      const char* value = std::getenv(name);
      saved_.push_back(value ? std::optional<std::string>(value) : std::nullopt);
    }
    set("LANGUAGE", language);
    set("LC_ALL", lc_all);
    set("LC_MESSAGES", lc_messages);
    set("LANG", lang);
  }
  ~Environment() {
    for (std::size_t i = 0; i < 4; ++i) set(names_[i], saved_[i] ? saved_[i]->c_str() : nullptr);
  }

 private:
  static void set(const char* name, const char* value) {
    if (value) setenv(name, value, 1);
    else unsetenv(name);
  }
  const char* names_[4] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
  std::vector<std::optional<std::string>> saved_;
};

}  // namespace

TEST_CASE("placeholders are positional and may move", "[i18n]") {
  using thidua::i18n::format;
  CHECK(format("unit '%1$s' at line %2$d", "cdvc", 12) == "unit 'cdvc' at line 12");
  CHECK(format("dòng %2$d: đơn vị '%1$s'", "cdvc", 12) == "dòng 12: đơn vị 'cdvc'");
  CHECK(format("%1$s and %1$s", std::string("a")) == "a and a");
  CHECK(format("100%% done") == "100% done");
  // A placeholder without its argument stays visible instead of reading past the arguments.
  CHECK(format("%2$s", "only one") == "%2$s");
  CHECK(format("50% off") == "50% off");
}

TEST_CASE("numbers with a fraction use the language's decimal separator", "[i18n]") {
  {
    ScopedLanguage english(Language::english);
    CHECK(thidua::i18n::format("%1$s", thidua::i18n::Arg(98.5)) == "98.5");
  }
  ScopedLanguage vietnamese(Language::vietnamese);
  CHECK(thidua::i18n::format("%1$s", thidua::i18n::Arg(98.5)) == "98,5");
}

TEST_CASE("the values of --lang and the locale choose the language", "[i18n]") {
  Language language = Language::english;
  CHECK(thidua::i18n::parse_language("vi", language));
  CHECK(language == Language::vietnamese);
  CHECK(thidua::i18n::parse_language("en_US.UTF-8", language));
  CHECK(language == Language::english);
  CHECK_FALSE(thidua::i18n::parse_language("fr", language));
  CHECK_FALSE(thidua::i18n::parse_language("english", language));
  {
    Environment env(nullptr, nullptr, nullptr, nullptr);
    CHECK(thidua::i18n::language_from_environment() == Language::vietnamese);
  }
  for (const char* locale : {"C", "POSIX", "C.UTF-8", "vi_VN.UTF-8", "fr_FR.UTF-8"}) {
    Environment env(nullptr, nullptr, nullptr, locale);
    CHECK(thidua::i18n::language_from_environment() == Language::vietnamese);
  }
  {
    Environment env(nullptr, nullptr, nullptr, "en_GB.UTF-8");
    CHECK(thidua::i18n::language_from_environment() == Language::english);
  }
  {
    Environment env(nullptr, "C.UTF-8", nullptr, "en_US.UTF-8");  // LC_ALL wins over LANG
    CHECK(thidua::i18n::language_from_environment() == Language::vietnamese);
  }
  {
    Environment env(nullptr, nullptr, "en_US.UTF-8", "vi_VN.UTF-8");  // LC_MESSAGES over LANG
    CHECK(thidua::i18n::language_from_environment() == Language::english);
  }
  {
    Environment env("fr:en", nullptr, nullptr, "vi_VN.UTF-8");  // LANGUAGE's first known entry
    CHECK(thidua::i18n::language_from_environment() == Language::english);
  }
  {
    Environment env("vi:en", "en_US.UTF-8", nullptr, nullptr);
    CHECK(thidua::i18n::language_from_environment() == Language::vietnamese);
  }
}

TEST_CASE("Vietnamese messages come from the compiled catalogue", "[i18n]") {
  thidua::Diagnostics diags(2);
  {
    ScopedLanguage vietnamese(Language::vietnamese);
    diags.error({"a.xml", 3, 7}, "x");
    diags.error({"a.xml", 4, 1}, "y");
    CHECK(diags.all()[0].format() == "a.xml:3:7: lỗi: x");
    CHECK(diags.all()[2].format() == "a.xml:4:1: ghi chú: quá nhiều lỗi; dừng lại sau 2 lỗi");
    CHECK(std::string(_("warning")) == "cảnh báo");
  }
  ScopedLanguage english(Language::english);
  CHECK(diags.all()[0].format() == "a.xml:3:7: error: x");
  CHECK(thidua::trn("%1$d error", "%1$d errors", 1, 1) == "1 error");
  CHECK(thidua::trn("%1$d error", "%1$d errors", 3, 3) == "3 errors");
}

TEST_CASE("i18n: parallel_for's workers make messages in the caller's language", "[i18n]") {
  // The process speaks English in the tests; the caller (a web request) asks for Vietnamese.
  const ScopedLanguage vietnamese(Language::vietnamese);
  std::vector<int> seen(16, -1);
  thidua::exec::parallel_for(seen.size(), 4, [&](std::size_t i) { seen[i] = static_cast<int>(thidua::i18n::language()); });
  for (int language : seen) CHECK(language == static_cast<int>(Language::vietnamese));
}
