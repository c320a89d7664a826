// Tests of the context escapers: HTML, JSON inside <script>, and URL filtering.
#include <catch2/catch.hpp>

#include "tmpl/escape.h"

using thidua::tmpl::html_escape;
using thidua::tmpl::json_string_escape;
using thidua::tmpl::safe_url;
using thidua::tmpl::url_encode_segment;
using thidua::tmpl::xml_escape;
using thidua::tmpl::xml_cdata;

TEST_CASE("html_escape escapes the five markup characters and nothing else", "[tmpl]") {
  CHECK(html_escape("<script>alert('x')</script> & \"Đ\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Đ&quot;");
  CHECK(html_escape("Khối thi đua") == "Khối thi đua");
}

TEST_CASE("xml_escape writes only the characters it is given as entities", "[tmpl]") {
  const std::string mixed = "a&b<c>d\"e'f\tg\nh\ri Đ";
  // The editor's element text and attribute values (serve/xml_tree.cpp).
  CHECK(xml_escape(mixed, "&<>\r") == "a&amp;b&lt;c&gt;d\"e'f\tg\nh&#13;i Đ");
  CHECK(xml_escape(mixed, "&<\"\n\r\t") == "a&amp;b&lt;c>d&quot;e'f&#9;g&#10;h&#13;i Đ");
  CHECK(xml_escape(mixed, "'") == "a&b<c>d\"e&#39;f\tg\nh\ri Đ");
  // A character asked for that has no entity is kept as it is, never dropped.
  CHECK(xml_escape("x;y", ";") == "x;y");
  CHECK(xml_escape("", "&<") == "");
}

TEST_CASE("json_string_escape cannot close a script element or a string", "[tmpl]") {
  CHECK(json_string_escape("</script><script>alert(1)</script>") ==
        "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
  CHECK(json_string_escape("a\"b\\c\nd\te\x01") == "a\\\"b\\\\c\\nd\\te\\u0001");
  CHECK(json_string_escape("x\xE2\x80\xA8y\xE2\x80\xA9z") == "x\\u2028y\\u2029z");
  CHECK(json_string_escape("A & B <!--") == "A \\u0026 B \\u003c!--");
  CHECK(json_string_escape("Sáng 16/02/2022 – “ký kết”") == "Sáng 16/02/2022 – “ký kết”");
}

TEST_CASE("safe_url keeps http(s) and relative URLs", "[tmpl]") {
  for (const char* url : {"https://congdoan.vn/tin?id=1&x=2#a", "HTTP://example.org/", "photos/ky-ket.jpg", "../2022/02/tin/",
                          "//cdn.example.org/a.png", "#top",
                          "dir/a:b"}) {  // a colon after a slash is part of the path
    CHECK(safe_url(url) == url);
  }
  CHECK(safe_url("a:b/c") == "#");  // "a" would be a scheme
}

TEST_CASE("safe_url refuses every other scheme, however disguised", "[tmpl]") {
  for (const char* url : {"javascript:alert(1)", "  JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
                          "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "mailto:a@b.vn", ":x"}) {
    INFO('"' << url << '"');
    CHECK(safe_url(url) == "#");
  }
}

TEST_CASE("safe_url percent-encodes what would break an attribute", "[tmpl]") {
  CHECK(safe_url("ảnh/a b\"<>'.jpg") == "%E1%BA%A3nh/a%20b%22%3C%3E%27.jpg");
  CHECK(url_encode_segment("Ảnh 1/2.jpg") == "%E1%BA%A2nh%201%2F2.jpg");
}

TEST_CASE("xml_cdata splits a CDATA terminator", "[tmpl]") {
  CHECK(xml_cdata("<p>a & b</p>") == "<![CDATA[<p>a & b</p>]]>");
  CHECK(xml_cdata("x]]>y]]>") == "<![CDATA[x]]]]><![CDATA[>y]]]]><![CDATA[>]]>");
  CHECK(xml_cdata("") == "<![CDATA[]]>");
}
