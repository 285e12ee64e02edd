#pragma once
// `--format html` of `platlint check` and `platlint inventory`: one self-contained page (inline CSS
// and script, no network) that draws the report. The page itself lives in analyzer/report/html/
// (report.html, report.css, report.js), embedded at build time; the report goes into it as one JSON
// document in a <script type="application/json" id="platlint-data">, with every `<` written as
// \u003c so that no text of the report can close the element. Format: docs/html-report.md.
#include <string>

#include "analyzer/report/inventory.h"
#include "analyzer/report/report.h"
#include "analyzer/report/reporter.h"

namespace platlint {

// The check report: summary, portability map, finding list (code frames and fix diffs read from
// the files, like the text output's, and left out when a file no longer holds what was analysed).
std::string renderHtml(const Report& report, const ReportOptions& options);

// The inventory (renderInventoryJson's document) as sortable tables.
std::string renderInventoryHtml(const Inventory& inventory);

// `--format html`: renderHtml.
const Reporter& htmlReporter();

}  // namespace platlint
