// The language of a run, the lookup of Vietnamese messages in the gettext catalogue, and formatting.
#include "i18n/i18n.h"

#include <libintl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace thidua::i18n {

namespace {

constexpr const char* kDomain = "thidua";
constexpr int kNoOverride = -1;

std::atomic<int> process_language{static_cast<int>(Language::english)};
thread_local int thread_language = kNoOverride;

// The folder holding vi/LC_MESSAGES/thidua.mo: THIDUA_LOCALEDIR if set, else beside the
// binary (build tree: build/locale) or ../share/locale from it (after `cmake --install`).
std::string find_catalogue_folder() {
  if (const char* forced = std::getenv("THIDUA_LOCALEDIR"); forced != nullptr && forced[0] != '\0') return forced;
  char path[4096];
  const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
  if (length <= 0) return {};
  std::string binary(path, static_cast<std::size_t>(length));
  const std::string folder = binary.substr(0, binary.rfind('/') + 1);
  for (const char* relative : {"locale", "../share/locale", "../locale"}) {
    const std::string candidate = folder + relative;
    if (access((candidate + "/vi/LC_MESSAGES/thidua.mo").c_str(), R_OK) == 0) return candidate;
  }
  return {};
}

// Why the locale and LANGUAGE are set here: glibc's gettext translates nothing while the
// LC_MESSAGES locale is "C" (the default of every program, and of C/POSIX users), and picks
// the catalogue from LANGUAGE. Only LC_MESSAGES changes, so numbers and collation stay "C".
// Done once, the first time a Vietnamese message is needed, so runs that print nothing pay nothing.
bool prepare_gettext() {
  const std::string folder = find_catalogue_folder();
  if (folder.empty()) return false;
  if (std::setlocale(LC_MESSAGES, "C.UTF-8") == nullptr && std::setlocale(LC_MESSAGES, "C.utf8") == nullptr &&
      std::setlocale(LC_MESSAGES, "") == nullptr) {
    return false;
  }
  setenv("LANGUAGE", "vi", 1);
  bindtextdomain(kDomain, folder.c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");
  return true;
}

bool gettext_ready() {
  static std::once_flag once;
  static bool ready = false;
  std::call_once(once, [] { ready = prepare_gettext(); });
  return ready;
}

bool starts_with_word(std::string_view text, std::string_view word) {
  if (text.substr(0, word.size()) != word) return false;
  return text.size() == word.size() || text[word.size()] == '_' || text[word.size()] == '-' ||
         text[word.size()] == '.' || text[word.size()] == '@';
}

}  // namespace

void set_language(Language chosen) { process_language.store(static_cast<int>(chosen)); }

Language language() {
  if (thread_language != kNoOverride) return static_cast<Language>(thread_language);
  return static_cast<Language>(process_language.load(std::memory_order_relaxed));
}

ScopedLanguage::ScopedLanguage(Language chosen) : previous_(thread_language) {
  thread_language = static_cast<int>(chosen);
}

ScopedLanguage::~ScopedLanguage() { thread_language = previous_; }

const char* language_code() { return language() == Language::english ? "en" : "vi"; }

bool parse_language(std::string_view text, Language& out) {
  if (starts_with_word(text, "vi")) {
    out = Language::vietnamese;
    return true;
  }
  if (starts_with_word(text, "en")) {
    out = Language::english;
    return true;
  }
  return false;
}

Language language_from_environment() {
  if (const char* list = std::getenv("LANGUAGE"); list != nullptr && list[0] != '\0') {
    std::string_view rest(list);
    while (!rest.empty()) {
      const std::size_t colon = rest.find(':');
      Language found;
      if (parse_language(rest.substr(0, colon), found)) return found;
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || value[0] == '\0') continue;
    return starts_with_word(value, "en") ? Language::english : Language::vietnamese;
  }
  return Language::vietnamese;
}

const char* translate(const char* msgid) {
  // gettext("") is the catalogue's header, never a translation of the empty string.
  if (msgid[0] == '\0' || language() == Language::english || !gettext_ready()) return msgid;
  return dgettext(kDomain, msgid);
}

const char* translate_plural(const char* singular, const char* plural, unsigned long n) {
  if (language() == Language::english || !gettext_ready()) return n == 1 ? singular : plural;
  return dngettext(kDomain, singular, plural, n);
}

std::string system_error_text(int errnum) {
  switch (errnum) {
    case ENOENT: return _("No such file or directory");
    case EACCES: return _("Permission denied");
    case EPERM: return _("Operation not permitted");
    case ENOSPC: return _("No space left on device");
    case EDQUOT: return _("Disk quota exceeded");
    case EISDIR: return _("Is a directory");
    case ENOTDIR: return _("Not a directory");
    case EEXIST: return _("File exists");
    case ENOTEMPTY: return _("Directory not empty");
    case EROFS: return _("Read-only file system");
    case ENAMETOOLONG: return _("File name too long");
    case EFBIG: return _("File too large");
    case EIO: return _("Input/output error");
    case ENOMEM: return _("Cannot allocate memory");
    case EMFILE: return _("Too many open files");
    case ELOOP: return _("Too many levels of symbolic links");
    case EBUSY: return _("Device or resource busy");
    case EXDEV: return _("Invalid cross-device link");
    case EINVAL: return _("Invalid argument");
    default: break;
  }
  if (const char* english = strerrordesc_np(errnum); english != nullptr) return english;
  return tr("system error %1$d", errnum);
}

std::string system_error_text(const std::error_code& error) {
  if (error.category() == std::generic_category() || error.category() == std::system_category()) {
    return system_error_text(error.value());
  }
  return error.message();
}

Arg::Arg(double number) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15g", number);
  text_ = buffer;
  if (language() == Language::vietnamese) {
    for (char& c : text_) {
      if (c == '.') c = ',';
    }
  }
}

std::string format_args(std::string_view format_text, const Arg* args, std::size_t count) {
  std::string out;
  out.reserve(format_text.size() + 32);
  std::size_t i = 0;
  while (i < format_text.size()) {
    const char c = format_text[i];
    if (c != '%') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 < format_text.size() && format_text[i + 1] == '%') {
      out += '%';
      i += 2;
      continue;
    }
    // %N$s or %N$d: digits, '$', one conversion letter.
    std::size_t j = i + 1;
    std::size_t number = 0;
    while (j < format_text.size() && format_text[j] >= '0' && format_text[j] <= '9') {
      number = number * 10 + static_cast<std::size_t>(format_text[j] - '0');
      ++j;
    }
    const bool positional = j > i + 1 && j + 1 < format_text.size() && format_text[j] == '$' &&
                            (format_text[j + 1] == 's' || format_text[j + 1] == 'd');
    if (positional && number >= 1 && number <= count) {
      out += args[number - 1].text();
      i = j + 2;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace thidua::i18n
