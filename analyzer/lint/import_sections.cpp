#include "analyzer/lint/import_sections.h"

#include <algorithm>
#include <iterator>

namespace platlint {
namespace {

constexpr std::string_view kStandardLibrary[] = {
#include "analyzer/lint/stdlib_modules.inc"
};

}  // namespace

bool isStandardLibraryModule(std::string_view topLevel) {
  return std::binary_search(std::begin(kStandardLibrary), std::end(kStandardLibrary), topLevel);
}

ImportSection importSection(std::string_view module, const std::vector<std::string>& firstParty) {
  if (module.starts_with('.')) return ImportSection::LocalFolder;
  const std::string_view top = module.substr(0, module.find('.'));
  if (top == "__future__") return ImportSection::Future;
  if (isStandardLibraryModule(top)) return ImportSection::StandardLibrary;
  if (std::find(firstParty.begin(), firstParty.end(), top) != firstParty.end()) return ImportSection::FirstParty;
  return ImportSection::ThirdParty;
}

}  // namespace platlint
