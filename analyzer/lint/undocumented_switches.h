#pragma once
// PORT390 for a whole project: after every file was analysed, each `env-switch` fact whose
// variable no documentation mentions becomes a finding in its file's result.
#include <functional>
#include <string>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/documentation_index.h"
#include "analyzer/lint/file_settings.h"

namespace platlint {

// The settings of files[i].
using SettingsOfFile = std::function<const FileSettings&(size_t)>;

// Adds the PORT390 findings to `files` (kept sorted like the engine's), in each file where its
// settings enable PORT390, on the platforms where the code runs (unless guards are off) and that
// are targets, at the level the settings give. Suppressions are applied afterwards by the caller.
void addUndocumentedSwitchFindings(std::vector<FileResult>& files, const SettingsOfFile& settings,
                                   const DocumentationIndex& docs);

// The same for `platlint check`: builds the documentation index of the project the `paths` belong
// to (projectRoot()) plus `extraDocPaths`, only when some file has a switch to judge.
void addUndocumentedSwitchFindings(std::vector<FileResult>& files, const SettingsOfFile& settings,
                                   const std::vector<std::string>& paths, const std::vector<std::string>& extraDocPaths);

}  // namespace platlint
