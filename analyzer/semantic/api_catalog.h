#pragma once
// Facts about well-known Python APIs that decide how an argument is used: as a file-system path,
// as a regular expression, as a message for humans. Keyed by qualified name ("os.listdir").
#include <string_view>

namespace platlint {

// Functions and classes whose arguments are file-system paths (open, os.listdir, shutil.copy, ...).
bool isFileSystemApi(std::string_view qualifiedName);
// Calls that build one path from segments: os.path.join, pathlib.Path and its relatives.
bool isPathJoin(std::string_view qualifiedName);
// Calls whose result is a pathlib path object (so `/` on it joins paths).
bool isPathConstructor(std::string_view qualifiedName);
// Pathlib methods that touch the file system through the path they are called on.
bool isPathMethod(std::string_view methodName);
// re.*, fnmatch.*: their string arguments are patterns, not paths.
bool isPatternApi(std::string_view qualifiedName);
// print, warnings.warn, gettext's _(): their string arguments are text for humans.
bool isMessageFunction(std::string_view qualifiedName);
// Method names of loggers (debug, info, warning, ...).
bool isLoggingMethod(std::string_view methodName);
// Keyword arguments that carry text for humans (help=, msg=, description=, ...).
bool isMessageKeyword(std::string_view keyword);
// str methods that compare or edit a string rather than use it as a path.
bool isStringInspectionMethod(std::string_view methodName);
// "builtins.<name>" for a name Python provides without an import, from a table built once;
// empty for any other name.
std::string_view qualifiedBuiltinName(std::string_view name);

}  // namespace platlint
