#pragma once
// `--statistics`: how many findings each rule has, most frequent first, as Ruff prints them
// (count right-aligned, tab, rule id, tab, name):
//
//     12  PORT101  [*] proc-mounts
//      3  PORT403      platform-only-module
//
// ("[*]" when at least one of the rule's findings is fixable with --fix), or as JSON:
//   [{"code": "PORT101", "name": "proc-mounts", "count": 12, "fixable": true}, ...]
#include <string>

#include "analyzer/report/report.h"

namespace platlint {

std::string renderStatisticsText(const Report& report, bool unsafeFixes);
std::string renderStatisticsJson(const Report& report, bool unsafeFixes);

}  // namespace platlint
