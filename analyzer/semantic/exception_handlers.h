#pragma once
// What the `try` statements around code catch: the one place rules and the guard analysis ask
// whether a failure is handled. A construct that fails where it is unsupported (a file or program
// that is missing, an API that does not exist) is guarded by a `try` whose handler catches what it
// raises there.
#include <span>
#include <string_view>

#include "analyzer/syntax/syntax.h"

namespace platlint {

// The exceptions the guard analysis and the rules name.
inline constexpr std::string_view kOsErrors[] = {"OSError", "FileNotFoundError", "PermissionError",
                                                 "NotADirectoryError", "IsADirectoryError"};
inline constexpr std::string_view kImportErrors[] = {"ImportError", "ModuleNotFoundError"};
inline constexpr std::string_view kMissingApiErrors[] = {"ImportError", "ModuleNotFoundError", "AttributeError",
                                                         "NameError"};

// True when the `except` clause catches one of `exceptions`: a handler naming one of them (by its
// last dotted component, alone or in a tuple, with or without `as`), `OSError`'s other names
// (`IOError`, `EnvironmentError`, `os.error`, `socket.error`, `select.error`) when `OSError` is
// one of them, `Exception`/`BaseException`, or a bare `except:`.
bool handlerCatches(Node exceptClause, std::span<const std::string_view> exceptions);

// True when `node` is in the body of a `try`, within the same function, class or lambda, that
// has a handler catching one of `exceptions` (handlerCatches).
bool insideTryCatching(Node node, std::span<const std::string_view> exceptions);

}  // namespace platlint
