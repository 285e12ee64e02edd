#pragma once
// What the C/C++ front end needs for one file: the file's settings (rules, targets, guards, levels)
// and what is prepared once per run and then only read (by any number of threads): the
// compilation database, fixed flags from --c-args and the Python include directory.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/base/platform.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/syntax/languages.h"

namespace platlint {

class CompileCommands;  // compile_commands.h; only exists when built with Clang

struct CFamilyOptions {
  FileSettings settings;  // of the file being analysed
  bool namedOnCommandLine = false;  // analysed whatever a compilation database lists
  std::shared_ptr<const CompileCommands> compileCommands;  // null: no compilation database
  std::vector<std::string> extraArgs;                      // --c-args, split like a shell does
  std::vector<std::string> pythonIncludeDirs;              // searched after everything else (-idirafter)
  std::string resourceDir;                                 // Clang's own headers (stddef.h, ...); empty: unknown
};

// What the front end made of one file. Some outcomes are said once per run for all files like it
// (CFamilyRun::notices) instead of by a notice of each file: psutil has 80 files for other
// platforms, and 80 notices that Clang did not find `windows.h` hide everything else.
struct CFamilyResult {
  enum class Grouped {
    No,
    NotInDatabase,   // skipped: a compilation database is given and does not list this source file
    OtherPlatform,   // skipped: its path names a platform that is not a target (`_psutil_bsd.c`)
    ForeignHeaders,  // analysed, but the headers of its platform are not on this machine
  };
  FileResult file;
  Grouped grouped = Grouped::No;
  std::string platform;    // OtherPlatform, ForeignHeaders: "windows", "macos", "freebsd", ...
  std::string firstError;  // ForeignHeaders: Clang's first error ("'windows.h' file not found")
};

// Splits a command line the way a POSIX shell splits words: blanks separate, '...' and "..."
// quote, backslash escapes. Throws std::invalid_argument for an unterminated quote.
std::vector<std::string> splitCommandLine(std::string_view text);

// The directory holding the compilation database: `explicitDir` when given (it must contain
// compile_commands.json), else the first of ./ and ./build/ (only when no path or some path is
// inside the working directory), and for each directory argument DIR/ and DIR/build/, that has
// one. Empty when there is none.
std::string findCompilationDatabaseDir(const std::string& explicitDir, const std::vector<std::string>& paths);

// The include directories `python3-config --includes` names (for <Python.h>), existing ones
// only; empty when python3-config is not installed.
std::vector<std::string> pythonIncludeDirectories();

}  // namespace platlint
