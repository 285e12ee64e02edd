#pragma once
// Which of isort's sections an import belongs to: `from __future__`, the standard library, third
// party, the project's own packages (first party) or a relative import. New imports go into the
// standard-library section of a file (analyzer/lint/fix_placement.h).
#include <string>
#include <string_view>
#include <vector>

namespace platlint {

enum class ImportSection { Future, StandardLibrary, ThirdParty, FirstParty, LocalFolder };

// Whether `topLevel` (a module name without dots) is a standard-library module of Python 3.8-3.13.
bool isStandardLibraryModule(std::string_view topLevel);

// The section of dotted module `module` (as written after `import`/`from`; leading dots make it
// relative). `firstParty` lists the project's top-level packages and modules, as isort finds them.
// As in isort, the standard library wins over a first-party package of the same name.
ImportSection importSection(std::string_view module, const std::vector<std::string>& firstParty);

}  // namespace platlint
