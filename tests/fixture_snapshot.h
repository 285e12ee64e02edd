#pragma once
// Snapshots of everything a fixture's findings tell a user, in the manner of Ruff's per-fixture
// snapshots: rule, level, message, start and end line/column, the platforms it breaks on, fix
// description, safety and placed edits, suppression, and the file's notices, in a stable text
// form compared byte for byte. The fixture's `# expect:` lines say which rule fires where; the
// snapshot says what it then tells the user, so a wrong message, range, level, platform set or
// fix safety fails the suite.
#include <filesystem>
#include <string>

#include "analyzer/lint/diagnostic.h"

namespace platlint::testing {

// The snapshot text of `result`, the analysis of the fixture `fixtureName` (shown in the header).
std::string renderSnapshot(const FileResult& result, const std::string& fixtureName);

// Where the snapshot of `fixture` lives: `snapshots/<file name>.snap` beside it.
std::filesystem::path snapshotPath(const std::filesystem::path& fixture);

}  // namespace platlint::testing
