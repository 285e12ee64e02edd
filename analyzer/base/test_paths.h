#pragma once
// Which files are a project's tests, by their path: rules treat paths in tests as test data, and
// `check --suggest-targets` never proposes to declare tests Linux-only (the code base's tests are
// what a team wants to run elsewhere first).
#include <string_view>

namespace platlint {

// A test module: under a `tests`/`test`/`testing` directory, or named `test_*.py`, `*_test.py` or
// `conftest.py`. `/` and `\` both separate.
bool isTestPath(std::string_view path);

}  // namespace platlint
