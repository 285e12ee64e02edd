#pragma once
// Decodes one Python string literal node (any prefix: r, b, u, f and their combinations).
#include <string>
#include <string_view>

#include "analyzer/syntax/syntax.h"

namespace platlint {

// The value of a string expression as far as it is known statically.
struct FoldedString {
  std::string value;
  bool complete = true;     // false: only `value` as a prefix is known (f-string, join with a variable)
  bool pathObject = false;  // a pathlib path, so `/` on it joins segments
};

// The literal's value with escape sequences decoded (kept verbatim in raw strings). For an
// f-string only the text before the first replacement field is known: `complete` is false then.
FoldedString decodeStringLiteral(Node string);

// Decodes backslash escapes of a non-raw literal body; unknown escapes stay as written, as in Python.
std::string decodeEscapes(std::string_view body, bool bytesLiteral);

}  // namespace platlint
