#include <doctest/doctest.h>

#include "analyzer/semantic/value_role.h"
#include "tests/unit/parse_helper.h"

using platlint::ValueRole;
using platlint::testing::ParsedSnippet;

namespace {

// The role of the first string literal `"V"` in `code`.
ValueRole roleOfV(const std::string& code) {
  ParsedSnippet s(code);
  const platlint::Node v = s.find("string", "\"V\"");
  REQUIRE(v);
  return platlint::valueRole(v);
}

}  // namespace

TEST_CASE("valueRole: used on the spot in a function body") {
  CHECK(roleOfV("def f():\n    return os.path.join(\"V\", x)\n") == ValueRole::Computation);
  CHECK(roleOfV("def f():\n    d = \"V\"\n    use(d)\n") == ValueRole::Computation);
  CHECK(roleOfV("def f(self):\n    self.d = \"V\"\n") == ValueRole::Computation);
  CHECK(roleOfV("open(\"V\")\n") == ValueRole::Computation);  // a statement at module level runs there
  CHECK(roleOfV("def f():\n    g(path=\"V\")\n") == ValueRole::Computation);
  CHECK(roleOfV("x = {\"V\": 1}\n") == ValueRole::Computation);  // a key is looked up, not stored
}

TEST_CASE("valueRole: stored for others to read") {
  CHECK(roleOfV("SCRATCH = \"V\"\n") == ValueRole::ModuleConstant);
  CHECK(roleOfV("A = B = [\"V\", \"W\"]\n") == ValueRole::ModuleConstant);
  CHECK(roleOfV("A = os.path.join(\"V\", \"x\")\n") == ValueRole::ModuleConstant);
  CHECK(roleOfV("class C:\n    tmp = \"V\"\n") == ValueRole::ClassAttribute);
  CHECK(roleOfV("def f(d=\"V\"):\n    pass\n") == ValueRole::ParameterDefault);
  CHECK(roleOfV("def f(d: str = \"V\"):\n    pass\n") == ValueRole::ParameterDefault);
  CHECK(roleOfV("def f():\n    return {\"mountpoint\": \"V\"}\n") == ValueRole::DictionaryValue);
  CHECK(roleOfV("def f():\n    return {\"k\": os.path.join(\"V\", x)}\n") == ValueRole::DictionaryValue);
}

TEST_CASE("valueRole: the default of a setting") {
  CHECK(roleOfV("opts = [cfg.StrOpt(\"tempdir\", default=\"V\")]\n") == ValueRole::OptionDefault);
  CHECK(roleOfV("def f(p):\n    p.add_argument(\"--d\", default=\"V\")\n") == ValueRole::OptionDefault);
  CHECK(roleOfV("@click.option(\"--d\", default=\"V\")\ndef f(d):\n    pass\n") == ValueRole::OptionDefault);
  // `default=` of any other call is an ordinary argument.
  CHECK(roleOfV("def f():\n    d.get(\"k\", default=\"V\")\n") == ValueRole::Computation);
}
