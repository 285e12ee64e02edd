#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/source_file.h"
#include "analyzer/syntax/syntax.h"
#include "rules/environment_access.h"

using platlint::EnvironmentAccess;
using platlint::EnvironmentAccessKind;

namespace {

// One access as plain data, so the tree can go away before the checks run.
struct Seen {
  std::string name;
  bool nameKnown;
  EnvironmentAccessKind kind;
  std::string node;          // text of the reported node
  std::string defaultValue;  // text of the default, or ""
  std::string newValue;      // text of the written value, or ""
  std::string api;
};

// Parses `code` the way the engine does and collects every access of every node, in document order.
std::vector<Seen> accesses(const std::string& code) {
  const platlint::SourceFile file("test.py", code);
  platlint::PythonParser parser;
  const platlint::TreePtr tree = parser.parse(file.text());
  REQUIRE(tree);
  const platlint::SyntaxTree syntax(tree.get(), file.text());
  const platlint::Node root = syntax.root();
  const platlint::SemanticModel model(file, root);
  std::vector<Seen> out;
  std::vector<platlint::Node> stack{root};
  while (!stack.empty()) {
    const platlint::Node n = stack.back();
    stack.pop_back();
    for (const EnvironmentAccess& a : platlint::environmentAccesses(n, model)) {
      out.push_back({a.name, a.nameKnown, a.kind, std::string(a.node.text()),
                     a.defaultValue ? std::string(a.defaultValue.text()) : std::string(),
                     a.newValue ? std::string(a.newValue.text()) : std::string(), std::string(a.api)});
    }
    for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
  }
  return out;
}

// The single access in `code`.
Seen only(const std::string& code) {
  const auto all = accesses(code);
  REQUIRE(all.size() == 1);
  return all.front();
}

}  // namespace

TEST_CASE("environment access: reads through os.environ, os.getenv and their aliases") {
  auto a = only("import os\nx = os.environ['SSL_CERT_FILE']\n");
  CHECK(a.name == "SSL_CERT_FILE");
  CHECK(a.nameKnown);
  CHECK(a.kind == EnvironmentAccessKind::Read);
  CHECK(a.node == "os.environ['SSL_CERT_FILE']");
  CHECK(a.defaultValue.empty());

  a = only("import os\nx = os.environ.get('REQUESTS_CA_BUNDLE', True)\n");
  CHECK(a.name == "REQUESTS_CA_BUNDLE");
  CHECK(a.kind == EnvironmentAccessKind::Read);
  CHECK(a.defaultValue == "True");
  CHECK(a.api == "os.environ.get");

  a = only("import os as _os\nx = _os.getenv('TZ', default='UTC')\n");
  CHECK(a.name == "TZ");
  CHECK(a.defaultValue == "'UTC'");
  CHECK(a.api == "os.getenv");

  a = only("from os import environ as env\nx = env.get('HOME')\n");
  CHECK(a.name == "HOME");
  CHECK(a.kind == EnvironmentAccessKind::Read);

  a = only("from os import getenv\nx = getenv('USER')\n");
  CHECK(a.name == "USER");

  a = only("import os\nx = os.environb[b'LANG']\n");
  CHECK(a.name == "LANG");
  CHECK(a.nameKnown);
}

TEST_CASE("environment access: names are folded through constants") {
  auto a = only("import os\nVAR = 'SSL_' + 'CERT_DIR'\nx = os.environ.get(VAR)\n");
  CHECK(a.name == "SSL_CERT_DIR");
  CHECK(a.nameKnown);

  a = only("import os\ndef f(name):\n    return os.environ[name]\n");
  CHECK_FALSE(a.nameKnown);

  a = only("import os\nx = os.environ.get(f'LC_{cat}')\n");
  CHECK_FALSE(a.nameKnown);
  CHECK(a.name == "LC_");
}

TEST_CASE("environment access: membership tests") {
  auto a = only("import os\nif 'HOME' in os.environ:\n    pass\n");
  CHECK(a.kind == EnvironmentAccessKind::Test);
  CHECK(a.name == "HOME");
  CHECK(a.node == "'HOME' in os.environ");

  a = only("import os\nok = 'LD_PRELOAD' not in os.environ.keys()\n");
  CHECK(a.kind == EnvironmentAccessKind::Test);
  CHECK(a.name == "LD_PRELOAD");

  CHECK(accesses("import os\nok = 'HOME' in config\n").empty());
  CHECK(accesses("import os\nok = 'HOME' == os.environ\n").empty());
}

TEST_CASE("environment access: writes and removals") {
  auto a = only("import os\nos.environ['TZ'] = 'UTC'\n");
  CHECK(a.kind == EnvironmentAccessKind::Write);
  CHECK(a.name == "TZ");
  CHECK(a.newValue == "'UTC'");

  a = only("import os\nos.environ['PATH'] += ':/opt/bin'\n");
  CHECK(a.kind == EnvironmentAccessKind::Write);

  a = only("import os\nos.environ.setdefault('TZ', 'UTC')\n");
  CHECK(a.kind == EnvironmentAccessKind::Write);
  CHECK(a.defaultValue == "'UTC'");
  CHECK(a.newValue == "'UTC'");

  a = only("import os\nos.putenv('LD_PRELOAD', lib)\n");
  CHECK(a.kind == EnvironmentAccessKind::Write);
  CHECK(a.newValue == "lib");

  a = only("import os\nx = os.environ.pop('http_proxy', None)\n");
  CHECK(a.kind == EnvironmentAccessKind::Delete);
  CHECK(a.defaultValue == "None");

  a = only("import os\nos.unsetenv('LC_ALL')\n");
  CHECK(a.kind == EnvironmentAccessKind::Delete);

  const auto deleted = accesses("import os\ndel os.environ['A'], os.environ['B']\n");
  REQUIRE(deleted.size() == 2);
  CHECK(deleted[0].kind == EnvironmentAccessKind::Delete);
  CHECK(deleted[1].kind == EnvironmentAccessKind::Delete);
  CHECK(deleted[1].name == "B");
}

TEST_CASE("environment access: update() yields one write per key") {
  const auto all = accesses("import os\nos.environ.update({'SSL_CERT_FILE': ca, 'NOVA': 1}, TZ='UTC', **extra)\n");
  REQUIRE(all.size() == 3);
  CHECK(all[0].name == "SSL_CERT_FILE");
  CHECK(all[0].node == "'SSL_CERT_FILE': ca");
  CHECK(all[0].newValue == "ca");
  CHECK(all[1].name == "NOVA");
  CHECK(all[2].name == "TZ");
  CHECK(all[2].nameKnown);
  CHECK(all[2].node == "TZ='UTC'");
  for (const Seen& s : all) CHECK(s.kind == EnvironmentAccessKind::Write);
}

TEST_CASE("environment access: test helpers count as writes") {
  auto a = only("def test(monkeypatch):\n    monkeypatch.setenv('HOME', '/x')\n");
  CHECK(a.kind == EnvironmentAccessKind::Write);
  CHECK(a.name == "HOME");
  CHECK(a.api == "monkeypatch.setenv");

  a = only("def test(monkeypatch):\n    monkeypatch.delenv('TZ', raising=False)\n");
  CHECK(a.kind == EnvironmentAccessKind::Delete);

  a = only("import pytest\nwith pytest.MonkeyPatch.context() as mp:\n    mp.setenv('TZ', 'UTC')\n");
  CHECK(a.kind == EnvironmentAccessKind::Write);

  a = only("import fixtures\nuse(fixtures.EnvironmentVariable('EVENTLET_NO_GREENDNS', 'yes'))\n");
  CHECK(a.kind == EnvironmentAccessKind::Write);
  CHECK(a.name == "EVENTLET_NO_GREENDNS");
  CHECK(a.newValue == "'yes'");

  a = only("from fixtures import EnvironmentVariable\nuse(EnvironmentVariable('OS_DEBUG'))\n");
  CHECK(a.kind == EnvironmentAccessKind::Delete);

  auto all = accesses("import os\nfrom unittest import mock\n@mock.patch.dict(os.environ, {'TZ': 'UTC'})\ndef f(): pass\n");
  REQUIRE(all.size() == 1);
  CHECK(all[0].name == "TZ");
  CHECK(all[0].kind == EnvironmentAccessKind::Write);

  all = accesses("from unittest.mock import patch\nwith patch.dict('os.environ', LANG='C', clear=True):\n    pass\n");
  REQUIRE(all.size() == 1);
  CHECK(all[0].name == "LANG");
}

TEST_CASE("environment access: near misses are not the process environment") {
  CHECK(accesses("config = {}\nx = config['HOME']\n").empty());
  CHECK(accesses("from werkzeug import environ\nx = environ['HOME']\n").empty());
  CHECK(accesses("def app(environ, start):\n    return environ['PATH_INFO']\n").empty());
  CHECK(accesses("import os\nx = request.environ.get('HOME')\n").empty());
  CHECK(accesses("import os\nenv = os.environ.copy()\nenv['TZ'] = 'UTC'\n").empty());
  CHECK(accesses("import os\nchild = dict(os.environ, TZ='UTC')\n").empty());
  CHECK(accesses("import os\nHOME = 'x'\nprint('HOME is', HOME)\n").empty());
  CHECK(accesses("import os\nx = os.environ\n").empty());
  CHECK(accesses("def f(patcher):\n    patcher.setenv('HOME', '/x')\n").empty());
  // `os` not imported: the name does not refer to the os module.
  CHECK(accesses("x = os.environ['HOME']\n").empty());
}

TEST_CASE("environment access: verbs") {
  CHECK(platlint::environmentAccessVerb(EnvironmentAccessKind::Read) == "reads");
  CHECK(platlint::environmentAccessVerb(EnvironmentAccessKind::Write) == "sets");
  CHECK(platlint::environmentAccessVerb(EnvironmentAccessKind::Delete) == "unsets");
  CHECK(platlint::environmentAccessVerb(EnvironmentAccessKind::Test) == "tests for");
}
