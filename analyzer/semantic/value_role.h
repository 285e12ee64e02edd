#pragma once
// Where a value written in the code ends up. A fix that replaces a literal with a computed
// equivalent (`"/tmp"` -> `tempfile.gettempdir()`) is only safe where the value is used on the
// spot; once it is stored as data that others read (a setting's documented default, a public
// constant, a dictionary a test compares with), the change reaches places the fix cannot see.
#include <string_view>

#include "analyzer/syntax/syntax.h"

namespace platlint {

enum class ValueRole {
  Computation,       // used where it stands in a function body: an argument, a local, a return value
  OptionDefault,     // the default of a configuration option or command-line flag
  ParameterDefault,  // `def f(path="/tmp")`: part of a signature, evaluated once at definition
  DictionaryValue,   // `{"mountpoint": "/tmp"}`: data
  ClassAttribute,    // `class C: scratch = "/tmp"`: an attribute others read
  ModuleConstant,    // `SCRATCH = "/tmp"` at module level: evaluated at import, read by importers
};

// The role of `expr` (a literal, or an expression containing it): the first place, going out from
// it through the expressions that merely carry it (calls, containers, operators), where it is stored.
ValueRole valueRole(Node expr);

// `cfg.StrOpt(..., default=X)`, `parser.add_argument(..., default=X)`, `click.option(..., default=X)`:
// true when `keyword` (a keyword_argument) is the default of such a setting.
bool isSettingDefault(Node keyword);

std::string_view valueRoleName(ValueRole role);  // "the default of a setting", for messages and docs

}  // namespace platlint
