// The libcurl client behind HttpClient, with libcurl loaded at run time by `publish` alone.
#include "publish/http.h"

#include <curl/curl.h>
#include <dlfcn.h>

#include "i18n/i18n.h"

#include <memory>
#include <mutex>
#include <thread>

namespace thidua::publish {

namespace {

// Why dlopen: libcurl and the libraries it links (TLS, HTTP/2, SSH, LDAP, Kerberos: 32 shared
// objects) would be mapped and relocated at the start of every thidua process, which is mostly
// one short document job; only `publish` talks HTTP. The headers and the API are libcurl's own.
struct CurlApi {
  decltype(&curl_global_init) global_init = nullptr;
  decltype(&curl_easy_init) easy_init = nullptr;
  CURLcode (*easy_setopt)(CURL*, CURLoption, ...) = nullptr;
  decltype(&curl_easy_perform) easy_perform = nullptr;
  CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...) = nullptr;
  decltype(&curl_easy_reset) easy_reset = nullptr;
  decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&curl_easy_strerror) easy_strerror = nullptr;
  decltype(&curl_slist_append) slist_append = nullptr;
  decltype(&curl_slist_free_all) slist_free_all = nullptr;
};

template <typename Function>
void bind(void* library, const char* name, Function& function) {
  void* symbol = dlsym(library, name);
  if (symbol == nullptr) throw HttpError(tr("libcurl lacks %1$s", name));
  function = reinterpret_cast<Function>(symbol);
}

const CurlApi& curl() {
  static CurlApi api;
  static std::string failure;
  static std::once_flag once;
  std::call_once(once, [] {
    void* library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
      failure = tr("cannot load libcurl (libcurl.so.4; Debian package libcurl4): %1$s", dlerror());
      return;
    }
    try {
      bind(library, "curl_global_init", api.global_init);
      bind(library, "curl_easy_init", api.easy_init);
      bind(library, "curl_easy_setopt", api.easy_setopt);
      bind(library, "curl_easy_perform", api.easy_perform);
      bind(library, "curl_easy_getinfo", api.easy_getinfo);
      bind(library, "curl_easy_reset", api.easy_reset);
      bind(library, "curl_easy_cleanup", api.easy_cleanup);
      bind(library, "curl_easy_strerror", api.easy_strerror);
      bind(library, "curl_slist_append", api.slist_append);
      bind(library, "curl_slist_free_all", api.slist_free_all);
    } catch (const HttpError& error) {
      failure = error.what();
      return;
    }
    if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) failure = _("libcurl failed to initialise");
  });
  if (!failure.empty()) throw HttpError(failure);
  return api;
}

size_t append_body(char* data, size_t size, size_t count, void* target) {
  static_cast<std::string*>(target)->append(data, size * count);
  return size * count;
}

struct SlistDeleter {
  void operator()(curl_slist* list) const { curl().slist_free_all(list); }
};

bool worth_retrying(const std::string& method, long status) {
  if (status == 502 || status == 503 || status == 504) return true;  // a gateway or an overloaded server
  // Other 5xx answers may come after a change was made: only a read is repeated.
  return status >= 500 && method == "GET";
}

}  // namespace

HttpClient::HttpClient(HttpOptions options) : options_(std::move(options)) {}

HttpClient::~HttpClient() {
  if (handle_ != nullptr) curl().easy_cleanup(static_cast<CURL*>(handle_));
}

HttpResponse HttpClient::send(const HttpRequest& request) {
  const CurlApi& api = curl();
  if (handle_ == nullptr) {
    handle_ = api.easy_init();
    if (handle_ == nullptr) throw HttpError(_("libcurl could not make a connection handle"));
  }
  CURL* handle = static_cast<CURL*>(handle_);
  std::unique_ptr<curl_slist, SlistDeleter> headers;
  // No "Expect: 100-continue" round trip before uploads.
  for (const std::string& header : request.headers) headers.reset(api.slist_append(headers.release(), header.c_str()));
  headers.reset(api.slist_append(headers.release(), "Expect:"));

  std::chrono::milliseconds delay = options_.retry_delay;
  for (int attempt = 1;; ++attempt) {
    HttpResponse response;
    char error_text[CURL_ERROR_SIZE] = {};
    api.easy_reset(handle);
    api.easy_setopt(handle, CURLOPT_URL, request.url.c_str());
    api.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    api.easy_setopt(handle, CURLOPT_ERRORBUFFER, error_text);
    api.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    api.easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    api.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    api.easy_setopt(handle, CURLOPT_MAXREDIRS, 5L);
    api.easy_setopt(handle, CURLOPT_POSTREDIR, static_cast<long>(CURL_REDIR_POST_ALL));
    api.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(options_.connect_timeout.count()));
    api.easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(options_.timeout.count()));
    api.easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, options_.verify_tls ? 1L : 0L);
    api.easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, options_.verify_tls ? 2L : 0L);
    api.easy_setopt(handle, CURLOPT_USERAGENT, "thidua/" THIDUA_VERSION);
    api.easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
    if (!options_.user.empty()) {
      api.easy_setopt(handle, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
      api.easy_setopt(handle, CURLOPT_USERNAME, options_.user.c_str());
      api.easy_setopt(handle, CURLOPT_PASSWORD, options_.password.c_str());
    }
    api.easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    if (request.method == "POST" || request.method == "PUT") {
      api.easy_setopt(handle, CURLOPT_POST, 1L);
      api.easy_setopt(handle, CURLOPT_POSTFIELDS, request.body.data());
      api.easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    }
    if (request.method != "GET" && request.method != "POST") {
      api.easy_setopt(handle, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }
    api.easy_setopt(handle, CURLOPT_WRITEFUNCTION, append_body);
    api.easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);

    const CURLcode result = api.easy_perform(handle);
    if (result == CURLE_OK) {
      api.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
      char* type = nullptr;
      api.easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &type);
      if (type != nullptr) response.content_type = type;
      if (!worth_retrying(request.method, response.status) || attempt >= options_.attempts) return response;
    } else {
      const bool timed_out = result == CURLE_OPERATION_TIMEDOUT;
      if (!timed_out || attempt >= options_.attempts) {
        std::string message = error_text[0] != '\0' ? error_text : api.easy_strerror(result);
        if (timed_out && attempt > 1) message = tr("%1$s (%2$d tries)", message, attempt);
        throw HttpError(message);
      }
    }
    std::this_thread::sleep_for(delay);
    delay *= 2;
  }
}

}  // namespace thidua::publish
