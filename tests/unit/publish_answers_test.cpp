// Unit tests of reading WordPress's REST answers: JSON bodies, error objects, PHP notices before the JSON.
#include <catch2/catch.hpp>

#include "publish/http.h"
#include "publish/wordpress.h"

using namespace thidua;

TEST_CASE("REST answers are parsed, with a byte-order mark or PHP notices before the JSON", "[publish]") {
  CHECK(publish::parse_answer(R"({"id":5})")->at("id") == 5);
  CHECK(publish::parse_answer("\xEF\xBB\xBF[1,2]")->size() == 2);
  const auto noisy = publish::parse_answer("<br />\n<b>Notice</b>: Undefined index in x.php<br />\n{\"id\":7}");
  REQUIRE(noisy);
  CHECK(noisy->at("id") == 7);
  CHECK_FALSE(publish::parse_answer("<!DOCTYPE html><html><body>Not found</body></html>"));
  CHECK_FALSE(publish::parse_answer(""));
  CHECK_FALSE(publish::parse_answer("{\"id\":"));
  CHECK_FALSE(publish::parse_answer(std::string("\0\xff{", 3)));
}

TEST_CASE("WordPress error objects become messages; anything else does not", "[publish]") {
  const auto error = publish::parse_answer(
      R"({"code":"incorrect_password","message":"The provided password is an invalid application password.","data":{"status":401}})");
  REQUIRE(error);
  CHECK(publish::wordpress_error(*error) ==
        "The provided password is an invalid application password. (incorrect_password)");
  // WordPress puts markup in some messages: only the words are kept.
  const auto marked = publish::parse_answer(R"({"code":"x","message":"<strong>Error:</strong> no &lt;b&gt;"})");
  CHECK(publish::wordpress_error(*marked) == "Error: no &lt;b&gt; (x)");
  CHECK(publish::wordpress_error(*publish::parse_answer(R"({"id":3,"title":"t"})")).empty());
  CHECK(publish::wordpress_error(*publish::parse_answer(R"({"code":5,"message":"m"})")).empty());
  CHECK(publish::wordpress_error(*publish::parse_answer("[]")).empty());
  CHECK(publish::wordpress_error(*publish::parse_answer("\"text\"")).empty());
}

TEST_CASE("an address where nothing listens is an HttpError, not a crash or a hang", "[publish]") {
  publish::HttpOptions options;
  options.connect_timeout = std::chrono::seconds(2);
  options.timeout = std::chrono::seconds(5);
  publish::HttpClient http(options);
  publish::HttpRequest request;
  request.url = "http://127.0.0.1:9/wp-json/";  // the discard port: nothing listens there
  CHECK_THROWS_AS(http.send(request), publish::HttpError);
}
