#include "analyzer/semantic/string_literal.h"

#include <cctype>

namespace platlint {
namespace {

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Parses up to `maxDigits` digits in `base` starting at body[i]; returns digits consumed.
size_t parseDigits(std::string_view body, size_t i, size_t maxDigits, int base, uint32_t& value) {
  size_t n = 0;
  value = 0;
  while (n < maxDigits && i + n < body.size()) {
    const char c = body[i + n];
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (base == 16 && c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (base == 16 && c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else break;
    if (d >= base) break;
    value = value * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
    ++n;
  }
  return n;
}

}  // namespace

std::string decodeEscapes(std::string_view body, bool bytesLiteral) {
  std::string out;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size(); ++i) {
    // The text up to the next backslash in one piece: most literals have none.
    const size_t backslash = body.find('\\', i);
    if (backslash == std::string_view::npos || backslash + 1 >= body.size()) {
      out.append(body.substr(i));
      break;
    }
    out.append(body.substr(i, backslash - i));
    i = backslash;
    const char e = body[++i];
    uint32_t v = 0;
    switch (e) {
      case '\n': break;  // line continuation
      case '\r': if (i + 1 < body.size() && body[i + 1] == '\n') ++i; break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case 'x': {
        const size_t n = parseDigits(body, i + 1, 2, 16, v);
        if (n != 2) { out += "\\x"; break; }
        if (bytesLiteral) out.push_back(static_cast<char>(v)); else appendUtf8(out, v);
        i += n;
        break;
      }
      case 'u':
      case 'U': {
        const size_t want = e == 'u' ? 4 : 8;
        const size_t n = bytesLiteral ? 0 : parseDigits(body, i + 1, want, 16, v);
        if (n != want || v > 0x10FFFF) { out.push_back('\\'); out.push_back(e); break; }
        appendUtf8(out, v);
        i += n;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          const size_t n = parseDigits(body, i, 3, 8, v);
          if (bytesLiteral) out.push_back(static_cast<char>(v & 0xFF)); else appendUtf8(out, v);
          i += n - 1;
        } else {
          // Unknown escapes (and \N{...}) stay as written, as Python keeps them.
          out.push_back('\\');
          out.push_back(e);
        }
    }
  }
  return out;
}

FoldedString decodeStringLiteral(Node string) {
  FoldedString out;
  bool raw = false;
  bool bytesLiteral = false;
  bool formatted = false;
  for (uint32_t i = 0; i < string.childCount(); ++i) {
    const Node part = string.child(i);
    const std::string_view k = part.kind();
    if (k == "string_start") {
      for (char c : part.text()) {
        const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (l == 'r') raw = true;
        else if (l == 'b') bytesLiteral = true;
        else if (l == 'f' || l == 't') formatted = true;
      }
    } else if (k == "string_content") {
      std::string body = raw ? std::string(part.text()) : decodeEscapes(part.text(), bytesLiteral);
      if (formatted) {
        // `{{` and `}}` are literal braces in f-strings.
        std::string unescaped;
        for (size_t j = 0; j < body.size(); ++j) {
          unescaped.push_back(body[j]);
          if ((body[j] == '{' || body[j] == '}') && j + 1 < body.size() && body[j + 1] == body[j]) ++j;
        }
        body = std::move(unescaped);
      }
      out.value += body;
    } else if (k == "interpolation") {
      out.complete = false;
      break;
    }
  }
  return out;
}

}  // namespace platlint
