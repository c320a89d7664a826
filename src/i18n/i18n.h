// Translated messages: the marking macros, positional formatting and the language of a run.
//
// How to mark a user-facing string (see docs/translating.md):
//   _("the file is empty")                        a fixed message, translated
//   tr("date '%1$s' does not exist", text)         translated, then %1$s, %2$d... filled in
//   trn("%1$d error", "%1$d errors", n, n)         a count: the form chosen by n, then filled in
//   N_("a name in a table")                        marked for extraction only; translate with _()
// Placeholders are always positional (%1$s, %2$d) so translators can move them; `%%` is a
// percent sign. English is the msgid itself; Vietnamese comes from po/vi.po through GNU gettext.
#pragma once

#include <concepts>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace thidua::i18n {

// The languages thidua speaks: Vietnamese (the default) and English (the msgids).
enum class Language { vietnamese, english };

// Sets the language of every message made from now on (the thread's override aside).
void set_language(Language language);
// The language messages are made in on this thread.
Language language();

// Makes messages on the current thread in `language` until destroyed (the web app's
// per-request language); the previous choice comes back afterwards.
class ScopedLanguage {
 public:
  explicit ScopedLanguage(Language language);
  ~ScopedLanguage();
  ScopedLanguage(const ScopedLanguage&) = delete;
  ScopedLanguage& operator=(const ScopedLanguage&) = delete;

 private:
  int previous_;
};

// "vi" or "en": the current language as an HTML lang attribute or a cookie value.
const char* language_code();
// Parses a --lang value ("vi", "en", also "vi_VN", "en-US"); false when it is neither.
bool parse_language(std::string_view text, Language& out);
// The language the environment asks for: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG
// that is set decides; English only when it starts with "en", Vietnamese otherwise (C, POSIX,
// C.UTF-8, vi_VN, anything else). LANGUAGE's list is read up to its first en or vi entry.
Language language_from_environment();

// The translation of `msgid` in the current language (msgid itself in English).
const char* translate(const char* msgid);
// The translation of a message with a count: `singular`/`plural` chosen by `n` in English.
const char* translate_plural(const char* singular, const char* plural, unsigned long n);

// The reason a system call failed (errno), in the current language: the msgids are glibc's own
// English texts, so English output reads as strerror's would. Never the C library's own
// translation, which LANGUAGE=vi would bring in a charset the terminal may not show.
std::string system_error_text(int errnum);
// The same for a std::error_code of the system or generic category (others: its message()).
std::string system_error_text(const std::error_code& error);

// A message argument converted to text: strings as they are, integers in decimal.
class Arg {
 public:
  Arg(const std::string& text) : text_(text) {}
  Arg(std::string_view text) : text_(text) {}
  Arg(const char* text) : text_(text) {}
  Arg(char c) : text_(1, c) {}
  template <std::integral T>
    requires(!std::same_as<T, char> && !std::same_as<T, bool>)
  Arg(T number) : text_(std::to_string(number)) {}
  // Numbers with a fraction use the language's decimal separator (98,5 in Vietnamese).
  Arg(double number);
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

// Fills `%1$s`, `%2$d`, ... of `format` with the arguments (1-based); `%%` is a percent sign.
// A placeholder without an argument stays as written, so a bad translation shows, not crashes.
std::string format_args(std::string_view format, const Arg* args, std::size_t count);

// Fills the positional placeholders of an already translated `format`.
template <typename... Args>
std::string format(std::string_view format_text, const Args&... args) {
  const Arg converted[] = {Arg(args)..., Arg("")};
  return format_args(format_text, converted, sizeof...(Args));
}

}  // namespace thidua::i18n

namespace thidua {

// Translates `msgid` and fills its positional placeholders: tr("unknown unit '%1$s'", id).
template <typename... Args>
std::string tr(const char* msgid, const Args&... args) {
  return i18n::format(i18n::translate(msgid), args...);
}

// Chooses the form for count `n`, translates it and fills it: trn("%1$d error", "%1$d errors", n, n).
template <typename... Args>
std::string trn(const char* singular, const char* plural, unsigned long n, const Args&... args) {
  return i18n::format(i18n::translate_plural(singular, plural, n), args...);
}

}  // namespace thidua

// Marks a message for translation and translates it (a const char*).
#define _(msgid) ::thidua::i18n::translate(msgid)
// Marks a message for extraction only (tables of strings); translate it later with _().
#define N_(msgid) msgid
