// libFuzzer target: a result decoded from arbitrary bytes, as a result cache entry's payload and as
// a spilled result (analyzer/lint/result_encoding.h). Damaged bytes decode to nothing: never a
// crash, a sanitizer report, an exception or an allocation larger than the input; and what does
// decode encodes to exactly the bytes it came from (the encoding is canonical).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "analyzer/lint/result_encoding.h"
#include "rules/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const bool withPath : {false, true}) {
    const std::optional<platlint::FileResult> result = platlint::decodeResultBody(bytes, platlint::builtinRules(), withPath);
    if (result && platlint::encodeResultBody(*result, withPath) != bytes) __builtin_trap();
  }
  return 0;
}
