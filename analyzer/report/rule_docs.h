#pragma once
// A rule's documentation, assembled from RuleMeta in Ruff's section order (What it does / Why is
// this bad? / Example / Use instead / Fix safety / Platforms). One source for `platlint rule
// PORTxxx`, SARIF help.text and help.markdown, and generated docs. Sections with no text are left
// out; "Fix safety" appears for rules that offer a fix and starts with fixAvailabilitySentence().
#include <span>
#include <string>

#include "analyzer/lint/rule.h"

namespace platlint {

// Markdown: "## What it does\n...\n\n## Why is this bad?\n...\n\n## Example\n```python\n...\n```\n..."
std::string ruleHelpMarkdown(const RuleMeta& rule);

// The same sections for a terminal: plain headings, code indented by four spaces instead of fenced.
std::string ruleHelpText(const RuleMeta& rule);

// "none", "sometimes", "always".
const char* fixAvailabilityName(FixAvailability fix);
// "Fix is sometimes available." / "Fix is always available." / "" for rules without a fix.
std::string_view fixAvailabilitySentence(FixAvailability fix);

// The rules' metadata as JSON (`platlint rule --format json`): an array of objects
//   {"id", "name", "level", "short", "fix": "none"|"sometimes"|"always", "breaks_on": [...],
//    "tags": [...], "help_uri", "docs": {"what_it_does", "why_bad", "example", "use_instead",
//    "fix_safety"}}
// with documentation sections as Markdown (code sections as plain Python). One object, not an
// array, when `single` is set.
std::string rulesJson(std::span<const RuleMeta* const> rules, bool single = false);

// Where SARIF helpUri points: the generated page of the rule.
std::string ruleHelpUri(const RuleMeta& rule);

}  // namespace platlint
