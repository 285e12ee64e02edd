#pragma once
// `platlint server`: the language server (analyzer/server/) on stdin and stdout, analysing each
// buffer with the pipeline of `check --stdin-filename` (a Session over an UnsavedBuffer).
#include "analyzer/lint/rule_catalog.h"

namespace platlint {

int runServer(const RuleCatalog& catalog);

}  // namespace platlint
