#include "analyzer/base/line_safe.h"

namespace platlint {
namespace {

bool isControl(unsigned char c) { return c < 0x20 || c == 0x7F; }

void appendEscaped(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (c) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default:
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
  }
}

}  // namespace

std::string lineSafePath(std::string_view path) {
  bool plain = true;
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (isControl(c) || c == '"' || c == '\\') plain = false;
  }
  if (plain) return std::string(path);
  std::string out = "\"";
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (isControl(c)) {
      appendEscaped(out, c);
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::string lineSafeText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (isControl(c) && c != '\t') {
      appendEscaped(out, c);
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace platlint
