#pragma once
// A rule's documentation, assembled from RuleMeta in Ruff's section order (What it does / Why is
// this bad? / Example / Use instead / Platforms). One source for `platlint rule PORTxxx`, SARIF
// help.text and help.markdown, and generated docs. Sections with no text are left out.
#include <string>

#include "analyzer/rule.h"

namespace platlint {

// Markdown: "## What it does\n...\n\n## Why is this bad?\n...\n\n## Example\n```python\n...\n```\n..."
std::string ruleHelpMarkdown(const RuleMeta& rule);

// The same sections for a terminal: plain headings, code indented by four spaces instead of fenced.
std::string ruleHelpText(const RuleMeta& rule);

}  // namespace platlint
