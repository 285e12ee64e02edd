#pragma once
// Text for line-oriented output (the text report, stderr, editors' "file:line:col" parsers). A file
// name may hold any byte but '/' and NUL: a newline in it must not start a forged line, and an escape
// sequence must not reach the terminal. Like git's quoted paths, such a name is shown in double
// quotes with C escapes; every ordinary name is shown as it is.
#include <string>
#include <string_view>

namespace platlint {

// `path` unchanged when it has no control character, '"' or '\'; else "\"a\\nb.py\"".
std::string lineSafePath(std::string_view path);

// Control characters in free text (a message quoting the code) replaced by C escapes; '"' and
// '\' are kept, since messages quote code.
std::string lineSafeText(std::string_view text);

}  // namespace platlint
