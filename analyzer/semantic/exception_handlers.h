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

// True when the `except` clause names one of `exceptions` (by its last dotted component, alone or
// in a tuple, with or without `as`), or `OSError`'s other names (`IOError`, `EnvironmentError`,
// `os.error`, `socket.error`, `select.error`) when `OSError` is one of them.
//
// A catch-all (`except Exception`, `except BaseException`, a bare `except:`) is not a guard: it
// shows no sign that the author expected the construct to be unsupported somewhere, and code
// such as `try: subprocess.check_call(["lsblk"]) except Exception: LOG.exception(...)` only
// "works" off Linux by failing every time. The one exception is a `try` whose body only
// imports (guardingHandler): there the import is all that can fail.
bool handlerCatches(Node exceptClause, std::span<const std::string_view> exceptions);

// True for `except:`, `except Exception` and `except BaseException` (alone or in a tuple).
bool catchesEverything(Node exceptClause);

// True when `exceptClause` of `tryStatement` guards its body against `exceptions`: it names one
// of them (handlerCatches), or it catches everything and the body holds nothing but imports.
bool guardingHandler(Node tryStatement, Node exceptClause, std::span<const std::string_view> exceptions);

// True when `node` is in the body of a `try`, within the same function, class or lambda, that
// has a guarding handler for one of `exceptions` (guardingHandler).
bool insideTryCatching(Node node, std::span<const std::string_view> exceptions);

// Like insideTryCatching, but the handler must also recover: one that ends by raising
// (`except OSError as e: raise MyError(e)`) only passes the failure of a missing file or program
// on, one that only logs it at warning level or above (`LOG.warning("Cannot get route: %s", e)`,
// then at most `return`) fails every time with a message, one that keeps the exception for later
// (`failure_reason = exc`, beside logging) fails later, and one that goes on only for errno
// values no absence has (`if e.errno == errno.EEXIST: return` / `else: raise`) does one of those
// where the file, program or privilege is missing. (Raising is how a module says that an API is
// unsupported on a platform, so it counts for imports and missing APIs.)
bool insideTryRecovering(Node node, std::span<const std::string_view> exceptions);

}  // namespace platlint
