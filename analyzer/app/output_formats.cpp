#include "analyzer/app/output_formats.h"

#include <algorithm>

#include "analyzer/ci/ci_reporters.h"
#include "analyzer/report/html_reporter.h"
#include "analyzer/report/json_reporter.h"
#include "analyzer/report/sarif_writer.h"
#include "analyzer/report/text_reporter.h"

namespace platlint {

std::span<const Reporter* const> outputFormats() {
  static const Reporter* const formats[] = {
      &textReporter(), &conciseReporter(), &jsonReporter(), &sarifReporter(), &htmlReporter(), &githubReporter(), &gerritReporter(),
  };
  return formats;
}

const Reporter* findOutputFormat(std::string_view name) {
  const std::span<const Reporter* const> formats = outputFormats();
  const auto found = std::ranges::find(formats, name, &Reporter::name);
  return found == formats.end() ? nullptr : *found;
}

}  // namespace platlint
