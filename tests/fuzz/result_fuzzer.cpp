// libFuzzer target: a result decoded from arbitrary bytes, as a result cache entry's payload and as
// a spilled result (analyzer/lint/result_encoding.h). Damaged bytes decode to nothing: never a
// crash, a sanitizer report, an exception or an allocation larger than the input; what does
// decode encodes to exactly the bytes it came from (the encoding is canonical); and an entry's
// payload spliced into a spilled result is the encoding of that result.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "analyzer/lint/result_encoding.h"
#include "rules/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::optional<platlint::FileResult> spilled = platlint::decodeResultBody(bytes, platlint::builtinRules(), true);
  if (spilled && platlint::encodeResultBody(*spilled, true) != bytes) __builtin_trap();
  platlint::FactsPlace facts;
  std::optional<platlint::FileResult> entry = platlint::decodeResultBody(bytes, platlint::builtinRules(), false, &facts);
  if (!entry) return 0;
  if (platlint::encodeResultBody(*entry, false) != bytes) __builtin_trap();
  entry->path = "pkg/spilled.py";
  entry->facts.clear();
  if (platlint::spilledFromEntry(bytes, facts, entry->path) != platlint::encodeResultBody(*entry, true)) __builtin_trap();
  return 0;
}
