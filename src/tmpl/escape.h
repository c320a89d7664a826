// Escaping of values for the contexts templates write into: HTML/XML text and attributes, JSON, URLs.
#pragma once

#include <string>
#include <string_view>

namespace thidua::tmpl {

// How a template's {{name}} values are escaped.
enum class Escape {
  html,  // & < > " ' as entities: HTML text and quoted attributes, and XML (PDF markup, Atom, WXR)
  json,  // the inside of a JSON string, safe inside <script> (see json_string_escape)
  none,  // verbatim: plain text outputs only
};

// HTML/XML escaping of & < > " and ' (the same set kainjow escapes by default).
std::string html_escape(std::string_view text);

// `text` with each character of `special` written as its XML entity: &amp; &lt; &gt; &quot; &#39;,
// and &#9; &#10; &#13; for a tab, a line feed and a carriage return (`special` holds only those).
std::string xml_escape(std::string_view text, std::string_view special);

// The inside of a JSON string literal (no quotes added): \" \\ and control characters escaped,
// and also < > & and U+2028/U+2029 as \uXXXX so the result can sit inside <script> and
// never closes it ("</script>") or breaks a JavaScript parser.
std::string json_string_escape(std::string_view utf8);

// `url` when it is an http(s) URL, a protocol-relative or a relative URL; "#" otherwise
// (javascript:, data:, vbscript:, any other scheme, or control characters). Spaces,
// quotes, angle brackets and non-ASCII bytes are percent-encoded.
std::string safe_url(std::string_view url);

// Percent-encodes one path segment (a file name): everything except A-Z a-z 0-9 - . _ ~.
std::string url_encode_segment(std::string_view segment);

// `text` as an XML CDATA section, "<![CDATA[…]]>", with any "]]>" inside split across two
// sections (the form WordPress exports use for post content).
std::string xml_cdata(std::string_view text);

}  // namespace thidua::tmpl
