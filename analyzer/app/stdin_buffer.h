#pragma once
// `check -` / `inventory -` with --stdin-filename PATH: the text on standard input analysed as the file
// PATH (Ruff's and flake8's convention, which editor plugins such as ALE, none-ls and efm rely on).
#include <optional>
#include <string>
#include <vector>

#include "analyzer/app/file_analysis.h"

namespace platlint {

// The buffer to analyse when the command reads standard input: `paths` is just "-", or empty with a
// `stdinFilename` (PATH; without it the buffer is named "-"). Nullopt when the command reads paths.
// Throws std::invalid_argument for "-" among other paths, or --stdin-filename with paths.
std::optional<UnsavedBuffer> stdinBuffer(const std::vector<std::string>& paths, const std::string& stdinFilename);

}  // namespace platlint
