#pragma once
// SARIF 2.1.0 output for CI code scanning and IDEs: one run, every known rule with its help, one
// result per diagnostic, file problems as tool execution notifications.
//
// Paths are relative artifact URIs against the base id SRCROOT (the working directory), so a
// log stays valid when the checkout moves. fingerprints["platlint/v1"] identifies a finding
// across commits: it hashes rule id, path, the text of its start line without whitespace and its
// occurrence among equal (rule, line text) findings in the file, not the line number, so edits
// above a finding do not make it "new" (analyzer/lint/fingerprints.h). partialFingerprints holds
// GitHub's primaryLocationLineHash, computed as codeql-action computes it (analyzer/base/line_hash.h).
#include <ostream>
#include <string>
#include <string_view>

#include "analyzer/report/report.h"
#include "analyzer/report/reporter.h"
#include "analyzer/report/sarif_code_scanning.h"

namespace platlint {

// A result whose diagnostic has a placed fix (Fix::placed, see placeFixes) gets `fixes` (one
// artifactChange of replacements, the import insertion as an empty deletedRegion;
// properties.safety "safe" or "unsafe"). Unplaced fixes are left out.
// `options`: the code-scanning category and the result limit (see sarif_code_scanning.h).
// writeSarif writes the results as it goes (one at a time); renderSarif returns the log.
void writeSarif(const Report& report, const SarifOptions& options, std::ostream& out);
std::string renderSarif(const Report& report, const SarifOptions& options = {});

// `--format sarif`: renderSarif with ReportOptions::sarifCategory.
const Reporter& sarifReporter();

// RFC 3986 percent-encoding of a path: every byte except unreserved characters and '/' is
// encoded, so spaces, '%', '#', '?', ':' and non-ASCII bytes survive as URI path data.
std::string percentEncodePath(std::string_view path);

// "file:///abs/dir/" for an absolute directory (trailing slash, as SARIF base URIs need).
std::string fileUriForDirectory(std::string_view absoluteDirectory);

}  // namespace platlint
