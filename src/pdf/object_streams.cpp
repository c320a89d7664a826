// pack_objects: parse libharu's objects and xref table, write them back as PDF 1.5 streams.
#include "pdf/object_streams.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <vector>

namespace thidua::pdf {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }

bool is_delimiter(char c) {
  return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
         c == '/' || c == '%';
}

bool is_regular(char c) { return !is_space(c) && !is_delimiter(c); }

// The marker as a PDF name token.
const std::string kDeflatedMarker = std::string("/") + deflated_marker_key;

using Tokens = std::vector<std::string_view>;

// Splits PDF object syntax into tokens: "<<", ">>", "[", "]", names, numbers, keywords,
// whole literal and hex strings. Comments are skipped.
class Lexer {
 public:
  Lexer(std::string_view text, std::size_t at) : s_(text), at_(at) {}

  // The next token; empty at the end of the text or on malformed syntax (failed()).
  std::string_view next() {
    for (;;) {
      while (at_ < s_.size() && is_space(s_[at_])) ++at_;
      if (at_ >= s_.size()) return {};
      if (s_[at_] != '%') break;
      while (at_ < s_.size() && s_[at_] != '\n' && s_[at_] != '\r') ++at_;
    }
    const std::size_t start = at_;
    const char c = s_[at_];
    if (c == '(') {
      for (int depth = 0; at_ < s_.size(); ++at_) {
        if (s_[at_] == '\\') {
          ++at_;  // the escaped byte, whatever it is
        } else if (s_[at_] == '(') {
          ++depth;
        } else if (s_[at_] == ')' && --depth == 0) {
          return s_.substr(start, ++at_ - start);
        }
      }
      return fail();
    }
    if (c == '<' || c == '>') {
      if (at_ + 1 < s_.size() && s_[at_ + 1] == c) {
        at_ += 2;
        return s_.substr(start, 2);
      }
      const std::size_t end = c == '<' ? s_.find('>', at_) : std::string_view::npos;
      if (end == std::string_view::npos) return fail();
      at_ = end + 1;
      return s_.substr(start, at_ - start);
    }
    if (c == '[' || c == ']' || c == '{' || c == '}') return s_.substr(at_++, 1);
    if (c == ')') return fail();
    if (c == '/') ++at_;
    while (at_ < s_.size() && is_regular(s_[at_])) ++at_;
    return s_.substr(start, at_ - start);
  }

  bool failed() const { return failed_; }
  std::size_t position() const { return at_; }

 private:
  std::string_view fail() {
    failed_ = true;
    at_ = s_.size();
    return {};
  }

  std::string_view s_;
  std::size_t at_;
  bool failed_ = false;
};

bool parse_number(std::string_view token, std::uint64_t& value) {
  if (token.empty()) return false;
  const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
  return error == std::errc() && end == token.data() + token.size();
}

bool is_integer(std::string_view token) {
  std::uint64_t ignored = 0;
  return parse_number(token, ignored);
}

// The index just past the value starting at tokens[i]: a dictionary or array with what
// it holds, a reference "n g R", or one token. tokens.size() when it does not end.
std::size_t value_end(const Tokens& tokens, std::size_t i) {
  if (tokens[i] == "<<" || tokens[i] == "[") {
    int depth = 0;
    for (; i < tokens.size(); ++i) {
      if (tokens[i] == "<<" || tokens[i] == "[") ++depth;
      if ((tokens[i] == ">>" || tokens[i] == "]") && --depth == 0) return i + 1;
    }
    return tokens.size();
  }
  if (i + 2 < tokens.size() && is_integer(tokens[i]) && is_integer(tokens[i + 1]) && tokens[i + 2] == "R") {
    return i + 3;
  }
  return i + 1;
}

// Appends tokens with a space only where two would otherwise merge ("/DW 443", "0 R").
void append_tokens(std::string& out, const Tokens& tokens, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin && is_regular(out.back()) && is_regular(tokens[i].front())) out += ' ';
    out += tokens[i];
  }
}

void append_bytes(std::string& out, std::uint64_t value, int width) {
  for (int shift = 8 * (width - 1); shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

int bytes_for(std::uint64_t value) {
  int n = 1;
  while (value >> (8 * n) != 0) ++n;
  return n;
}

struct Object {
  enum Kind : std::uint8_t { free, packed, stream, length } kind = free;
  Tokens tokens;  // the value, or the stream's dictionary
  std::size_t data = 0;  // stream: where its bytes start
  std::uint64_t data_size = 0;
  std::uint64_t offset = 0;  // in the output
  std::uint64_t index = 0;  // packed: its place in the object stream
};

// Reads object `number` at `offset`: its tokens up to "endobj", or up to "stream".
bool read_object(std::string_view pdf, std::uint64_t number, std::uint64_t offset, Object& object) {
  if (offset >= pdf.size()) return false;
  Lexer lexer(pdf, offset);
  std::uint64_t found = 0;
  if (!parse_number(lexer.next(), found) || found != number || lexer.next() != "0" || lexer.next() != "obj") {
    return false;
  }
  for (;;) {
    const std::string_view token = lexer.next();
    if (token.empty()) return false;
    if (token == "endobj") {
      object.kind = Object::packed;
      return !object.tokens.empty();
    }
    if (token == "stream") {
      std::size_t data = lexer.position();
      if (pdf.substr(data, 2) == "\r\n") {
        data += 2;
      } else if (pdf.substr(data, 1) == "\n") {
        data += 1;
      } else {
        return false;
      }
      object.kind = Object::stream;
      object.data = data;
      return !object.tokens.empty() && object.tokens.front() == "<<";
    }
    object.tokens.push_back(token);
  }
}

// Resolves the stream's /Length (direct or through a length object) and marks the
// length object; checks "endstream" follows the bytes.
bool resolve_length(std::string_view pdf, Object& stream, std::vector<Object>& objects) {
  const Tokens& tokens = stream.tokens;
  for (std::size_t i = 1; i + 1 < tokens.size() && tokens[i] != ">>"; i = value_end(tokens, i + 1)) {
    if (tokens[i] != "/Length") continue;
    const std::size_t end = value_end(tokens, i + 1);
    std::uint64_t value = 0;
    if (end == i + 2) {
      if (!parse_number(tokens[i + 1], value)) return false;
    } else if (end == i + 4) {
      std::uint64_t ref = 0;
      if (!parse_number(tokens[i + 1], ref) || tokens[i + 2] != "0" || ref >= objects.size()) return false;
      Object& length = objects[ref];
      if ((length.kind != Object::packed && length.kind != Object::length) || length.tokens.size() != 1 ||
          !parse_number(length.tokens[0], value)) {
        return false;
      }
      length.kind = Object::length;
    } else {
      return false;
    }
    if (stream.data + value > pdf.size()) return false;
    const std::string_view after = pdf.substr(stream.data + value);
    if (!after.starts_with("\nendstream") && !after.starts_with("\r\nendstream")) return false;
    stream.data_size = value;
    return true;
  }
  return false;
}

// True when the stream's dictionary has the key `key`.
bool has_key(const Object& stream, std::string_view key) {
  const Tokens& tokens = stream.tokens;
  for (std::size_t i = 1; i + 1 < tokens.size() && tokens[i] != ">>"; i = value_end(tokens, i + 1)) {
    if (tokens[i] == key) return true;
  }
  return false;
}

// The stream's dictionary with /Length `length` as a number, and /Filter/FlateDecode added
// when `deflated`.
void append_stream_dictionary(std::string& out, const Object& stream, std::uint64_t length, bool deflated) {
  const Tokens& tokens = stream.tokens;
  const std::size_t start = out.size();
  out += "<<";
  for (std::size_t i = 1; i < tokens.size() && tokens[i] != ">>";) {
    const std::size_t end = value_end(tokens, i + 1);
    if (tokens[i] == "/Length") {
      out += "/Length ";
      out += std::to_string(length);
    } else if (tokens[i] == kDeflatedMarker) {
      // Dropped: the /Filter it stands for is added below.
    } else {
      if (out.size() > start + 2 && is_regular(out.back()) && is_regular(tokens[i].front())) out += ' ';
      append_tokens(out, tokens, i, end);
    }
    i = end;
  }
  if (deflated) out += "/Filter/FlateDecode";
  out += ">>";
}

}  // namespace

std::string pack_objects(std::string_view pdf, const Deflate& deflate) {
  // The classic trailer: "startxref\n<offset>\n%%EOF".
  const std::size_t startxref = pdf.rfind("startxref");
  if (startxref == std::string_view::npos) return {};
  Lexer tail(pdf, startxref + 9);
  std::uint64_t xref_offset = 0;
  if (!parse_number(tail.next(), xref_offset) || xref_offset >= startxref) return {};

  // One xref subsection from object 0.
  Lexer xref(pdf, xref_offset);
  std::uint64_t first = 1;
  std::uint64_t count = 0;
  if (xref.next() != "xref" || !parse_number(xref.next(), first) || first != 0 ||
      !parse_number(xref.next(), count) || count < 2 || count > 8'000'000) {
    return {};
  }
  std::vector<Object> objects(count);
  std::vector<std::uint64_t> offsets(count);
  for (std::uint64_t n = 0; n < count; ++n) {
    std::uint64_t generation = 0;
    if (!parse_number(xref.next(), offsets[n]) || !parse_number(xref.next(), generation)) return {};
    const std::string_view type = xref.next();
    // Only object 0 is free, and every object is of generation 0.
    if (n == 0 ? type != "f" : type != "n" || generation != 0) return {};
  }
  if (xref.next() != "trailer") return {};
  Tokens trailer;
  for (std::string_view token = xref.next(); !token.empty() && token != "startxref"; token = xref.next()) {
    trailer.push_back(token);
  }
  if (xref.failed() || trailer.empty() || trailer.front() != "<<" || value_end(trailer, 0) != trailer.size()) {
    return {};
  }

  for (std::uint64_t n = 1; n < count; ++n) {
    if (!read_object(pdf, n, offsets[n], objects[n])) return {};
  }
  for (std::uint64_t n = 1; n < count; ++n) {
    if (objects[n].kind == Object::stream && !resolve_length(pdf, objects[n], objects)) return {};
  }

  // The trailer entries the xref stream keeps: /Root, /Info, /ID. Anything else (an
  // /Encrypt, a /Prev) is beyond this rewrite.
  std::string trailer_entries;
  bool has_root = false;
  for (std::size_t i = 1; i + 1 < trailer.size(); i = value_end(trailer, i + 1)) {
    const std::string_view key = trailer[i];
    if (key == "/Size") continue;
    if (key != "/Root" && key != "/Info" && key != "/ID") return {};
    has_root = has_root || key == "/Root";
    append_tokens(trailer_entries, trailer, i, value_end(trailer, i + 1));
  }
  if (!has_root) return {};

  const std::uint64_t objstm_number = count;
  const std::uint64_t xref_number = count + 1;
  const std::uint64_t size = count + 2;

  // Streams first, at the top level, in their order.
  std::string out = "%PDF-1.5\n%\xB7\xBE\xAD\xAA\n";
  for (std::uint64_t n = 1; n < count; ++n) {
    Object& object = objects[n];
    if (object.kind != Object::stream) continue;
    object.offset = out.size();
    out += std::to_string(n);
    out += " 0 obj\n";
    const std::string_view data = pdf.substr(object.data, object.data_size);
    std::string deflated;
    const bool already_deflated = has_key(object, kDeflatedMarker);
    if (!already_deflated && !has_key(object, "/Filter")) deflated = deflate(data);
    const bool use_deflated = !deflated.empty() && deflated.size() < data.size();
    append_stream_dictionary(out, object, use_deflated ? deflated.size() : data.size(),
                             use_deflated || already_deflated);
    out += "\nstream\n";
    out.append(use_deflated ? std::string_view(deflated) : data);
    out += "\nendstream\nendobj\n";
  }

  // Every other object into one object stream: "n offset …" pairs, then the objects.
  std::string header;
  std::string body;
  std::uint64_t packed = 0;
  for (std::uint64_t n = 1; n < count; ++n) {
    Object& object = objects[n];
    if (object.kind != Object::packed) continue;
    object.index = packed++;
    header += std::to_string(n);
    header += ' ';
    header += std::to_string(body.size());
    header += ' ';
    append_tokens(body, object.tokens, 0, object.tokens.size());
    body += '\n';
  }
  if (packed == 0 || packed > 0xFFFF) return {};  // indexes are written in 2 bytes
  const std::string objstm = deflate(header + body);
  objects.resize(size);
  objects[objstm_number].kind = Object::stream;
  objects[objstm_number].offset = out.size();
  out += std::to_string(objstm_number);
  out += " 0 obj\n<</Type/ObjStm/N " + std::to_string(packed) + "/First " + std::to_string(header.size()) +
         "/Filter/FlateDecode/Length " + std::to_string(objstm.size()) + ">>\nstream\n";
  out += objstm;
  out += "\nendstream\nendobj\n";

  // The xref stream, its own entry included. Free entries (object 0 and the length
  // objects) chain into the free list; a freed object's next generation is 1.
  objects[xref_number].kind = Object::stream;
  objects[xref_number].offset = out.size();
  std::vector<std::uint64_t> free_list;
  for (std::uint64_t n = 1; n < size; ++n) {
    if (objects[n].kind == Object::length) free_list.push_back(n);
  }
  const int field2 = bytes_for(std::max<std::uint64_t>(out.size(), size));
  std::string entries;
  std::size_t next_free = 0;
  for (std::uint64_t n = 0; n < size; ++n) {
    const Object& object = objects[n];
    if (n == 0 || object.kind == Object::length) {
      const std::uint64_t next = next_free < free_list.size() ? free_list[next_free++] : 0;
      entries += '\0';
      append_bytes(entries, next, field2);
      append_bytes(entries, n == 0 ? 65535 : 1, 2);
    } else if (object.kind == Object::packed) {
      entries += '\2';
      append_bytes(entries, objstm_number, field2);
      append_bytes(entries, object.index, 2);
    } else {
      entries += '\1';
      append_bytes(entries, object.offset, field2);
      append_bytes(entries, 0, 2);
    }
  }
  const std::string xref_stream = deflate(entries);
  const std::uint64_t xref_stream_offset = out.size();
  out += std::to_string(xref_number);
  out += " 0 obj\n<</Type/XRef/Size " + std::to_string(size) + "/W[1 " + std::to_string(field2) + " 2]" +
         trailer_entries + "/Filter/FlateDecode/Length " + std::to_string(xref_stream.size()) + ">>\nstream\n";
  out += xref_stream;
  out += "\nendstream\nendobj\nstartxref\n" + std::to_string(xref_stream_offset) + "\n%%EOF\n";
  return out;
}

}  // namespace thidua::pdf
