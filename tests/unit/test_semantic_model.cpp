#include <doctest/doctest.h>

#include "tests/unit/parse_helper.h"

using platlint::UseContext;
using platlint::testing::ParsedSnippet;

namespace {

// The qualified name of the function called on the last line of `code`.
std::string calleeOfLastCall(const std::string& code) {
  ParsedSnippet s(code);
  const platlint::Node last = s.findLast("call");
  REQUIRE(last);
  return std::string(s.model.qualifiedName(last.field("function")));
}

std::optional<platlint::FoldedString> valueOf(const std::string& code, std::string_view kind, std::string_view text) {
  ParsedSnippet s(code);
  auto node = s.find(kind, text);
  REQUIRE(node);
  return s.model.stringValue(node);
}

}  // namespace

TEST_CASE("qualified names follow imports and aliases") {
  CHECK(calleeOfLastCall("import os\nos.listdir(x)") == "os.listdir");
  CHECK(calleeOfLastCall("import os.path\nos.path.exists(x)") == "os.path.exists");
  CHECK(calleeOfLastCall("import os.path as osp\nosp.exists(x)") == "os.path.exists");
  CHECK(calleeOfLastCall("from os import environ as env\nenv.get('X')") == "os.environ.get");
  CHECK(calleeOfLastCall("from subprocess import check_output\ncheck_output(['ls'])") == "subprocess.check_output");
  CHECK(calleeOfLastCall("import subprocess as sp\nsp.run(['ls'])") == "subprocess.run");
  CHECK(calleeOfLastCall("def f():\n    import os\n    return os.getenv('HOME')") == "os.getenv");
}

TEST_CASE("builtins resolve unless the file redefines them") {
  CHECK(calleeOfLastCall("open('x')") == "builtins.open");
  CHECK(calleeOfLastCall("def open(p):\n    pass\nopen('x')").empty());
  CHECK(calleeOfLastCall("from io import open\nopen('x')") == "io.open");
  CHECK(calleeOfLastCall("frobnicate('x')").empty());
  CHECK(calleeOfLastCall("obj.method('x')").empty());
}

TEST_CASE("string folding: literals, escapes, prefixes") {
  CHECK(valueOf("x = 'a\\tb'", "string", "'a\\tb'")->value == "a\tb");
  CHECK(valueOf("x = r'a\\tb'", "string", "r'a\\tb'")->value == "a\\tb");
  CHECK(valueOf("x = b'/proc'", "string", "b'/proc'")->value == "/proc");
  CHECK(valueOf("x = '\\x2fproc'", "string", "'\\x2fproc'")->value == "/proc");
  CHECK(valueOf("x = '\\u00fc'", "string", "'\\u00fc'")->value == "\xC3\xBC");

}

TEST_CASE("string folding: concatenation and f-strings") {
  auto implicit = valueOf("x = ('/proc' '/mounts')", "concatenated_string", "");
  REQUIRE(implicit);
  CHECK(implicit->value == "/proc/mounts");
  CHECK(implicit->complete);

  auto plus = valueOf("x = '/proc' + '/' + 'mounts'", "binary_operator", "'/proc' + '/' + 'mounts'");
  CHECK(plus->value == "/proc/mounts");
  CHECK(plus->complete);

  auto partial = valueOf("x = '/proc/' + pid", "binary_operator", "");
  CHECK(partial->value == "/proc/");
  CHECK_FALSE(partial->complete);

  auto fstring = valueOf("x = f'/proc/{pid}/status'", "string", "");
  CHECK(fstring->value == "/proc/");
  CHECK_FALSE(fstring->complete);

  auto braces = valueOf("x = f'{{a}}/{b}'", "string", "");
  CHECK(braces->value == "{a}/");

  auto percent = valueOf("x = '/proc/%d/stat' % pid", "binary_operator", "");
  CHECK(percent->value == "/proc/");
  CHECK_FALSE(percent->complete);

  CHECK_FALSE(valueOf("x = base + '/mounts'", "binary_operator", "").has_value());
}

TEST_CASE("string folding: os.path.join and pathlib") {
  auto join = valueOf("import os\nx = os.path.join('/proc', 'self', 'mounts')", "call", "");
  CHECK(join->value == "/proc/self/mounts");
  CHECK(join->complete);

  auto joinVar = valueOf("import os\nx = os.path.join('/proc', pid, 'status')", "call", "");
  CHECK(joinVar->value == "/proc/");
  CHECK_FALSE(joinVar->complete);

  auto restart = valueOf("import os.path\nx = os.path.join('/a', '/b')", "call", "");
  CHECK(restart->value == "/b");

  auto path = valueOf("from pathlib import Path\nx = Path('/proc') / 'mounts'", "binary_operator", "");
  REQUIRE(path);
  CHECK(path->value == "/proc/mounts");

  auto joinpath = valueOf("import pathlib\nx = pathlib.Path('/sys').joinpath('class')", "call", "pathlib.Path('/sys').joinpath('class')");
  CHECK(joinpath->value == "/sys/class");

  // `/` on a string is division, not a path join.
  CHECK_FALSE(valueOf("x = '/proc' / 'mounts'", "binary_operator", "").has_value());
  // An unresolved join() is not folded.
  CHECK_FALSE(valueOf("x = join('/proc', 'mounts')", "call", "").has_value());
}

TEST_CASE("string folding: names assigned once are constants") {
  auto c = valueOf("MOUNTS = '/proc/mounts'\nopen(MOUNTS)", "identifier", "MOUNTS");
  REQUIRE(c);
  CHECK(c->value == "/proc/mounts");
  ParsedSnippet twice("P = '/proc'\nP = '/sys'\nopen(P)");
  CHECK_FALSE(twice.model.stringValue(twice.find("identifier", "P")).has_value());
}

TEST_CASE("string folding terminates on cycles and deep nesting") {
  CHECK_FALSE(valueOf("a = b\nb = a\nopen(a)", "call", "").has_value());
  std::string deep = "x = " + std::string(3000, '(') + "'/tmp'" + std::string(3000, ')');
  ParsedSnippet s(deep);
  CHECK_NOTHROW((void)s.model.stringValue(s.root));
}

TEST_CASE("valueRoot reports each value once, from its first literal") {
  ParsedSnippet s("import os\nx = os.path.join('/proc', 'self', 'mounts')");
  auto first = s.find("string", "'/proc'");
  auto second = s.find("string", "'self'");
  CHECK(s.model.valueRoot(first).is("call"));
  CHECK_FALSE(s.model.valueRoot(second));
}

TEST_CASE("use contexts") {
  auto contextOf = [](const std::string& code, std::string_view literal) {
    ParsedSnippet s(code);
    auto node = s.find("string", literal);
    REQUIRE(node);
    return s.model.useContext(s.model.valueRoot(node));
  };
  CHECK(contextOf("open('/x')", "'/x'") == UseContext::PathArgument);
  CHECK(contextOf("import os\nos.listdir('/x')", "'/x'") == UseContext::PathArgument);
  CHECK(contextOf("X = '/x'", "'/x'") == UseContext::Value);
  CHECK(contextOf("def f():\n    '''/x'''", "'''/x'''") == UseContext::Docstring);
  CHECK(contextOf("LOG.debug('/x')", "'/x'") == UseContext::Message);
  CHECK(contextOf("print('/x')", "'/x'") == UseContext::Message);
  CHECK(contextOf("raise ValueError('/x')", "'/x'") == UseContext::Message);
  CHECK(contextOf("p.add_argument('--d', help='/x')", "'/x'") == UseContext::Message);
  CHECK(contextOf("import re\nre.compile('/x')", "'/x'") == UseContext::Pattern);
  CHECK(contextOf("if p == '/x': pass", "'/x'") == UseContext::Comparison);
  CHECK(contextOf("p.startswith('/x')", "'/x'") == UseContext::Comparison);
  CHECK(contextOf("@app.route('/x')\ndef f(): pass", "'/x'") == UseContext::Decorator);
  CHECK(contextOf("d = {'/x': 1}", "'/x'") == UseContext::Key);
  CHECK(contextOf("import subprocess\nsubprocess.run(['/x', 'a'])", "'/x'") == UseContext::PathArgument);
}
