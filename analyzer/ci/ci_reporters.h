#pragma once
// Output for CI systems that annotate code reviews.
//
// GitHub Actions workflow commands, one per finding and file notice:
//   ::error file=nova/virt/disk.py,line=3,col=5,endLine=3,endColumn=19,title=PORT101 (proc-mounts)::reads ...
// Levels map error→error, warning→warning, note→notice. Values are escaped as the Actions
// runner unescapes them (data: % CR LF; properties also ':' and ','), so no file name or message
// can end the command early or inject another one.
//
// Gerrit / Zuul: a JSON object keyed by file path (relative to the working directory: run
// platlint from the repository root), each a list of comments in the shape Zuul's
// `zuul_return: {zuul: {file_comments: ...}}` accepts and Gerrit's ReviewInput `comments`
// (CommentInput: line, range, message) takes:
//   {"nova/virt/disk.py": [{"line": 3, "range": {"start_line": 3, "start_character": 4,
//                                               "end_line": 3, "end_character": 18},
//                           "message": "PORT101 (proc-mounts): reads ...\n\nhttps://..."}]}
// `line` is the range's end line, as Gerrit requires; characters are 0-based.
#include <string>
#include <string_view>

#include "analyzer/report/report.h"
#include "analyzer/report/reporter.h"

namespace platlint {

std::string renderGithubCommands(const Report& report);
std::string renderGerritComments(const Report& report);

// `--format github` and `--format gerrit`.
const Reporter& githubReporter();
const Reporter& gerritReporter();

// Escaping of workflow-command values (exposed for tests).
std::string escapeGithubData(std::string_view text);
std::string escapeGithubProperty(std::string_view text);

}  // namespace platlint
