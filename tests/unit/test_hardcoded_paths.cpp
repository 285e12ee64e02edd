// PORT2xx: what the fixtures cannot say well — exact messages (the basename in shutil.which, the
// subprocess.DEVNULL advice), per-finding platforms, and that one literal never gets two families.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer/lint/engine.h"
#include "analyzer/lint/rule_selection.h"
#include "rules/registry.h"

namespace {

struct Finding {
  std::string id;
  std::string message;
  std::string breaksOn;
};

std::vector<Finding> findings(const std::string& code, const std::vector<std::string>& select = {"PORT1", "PORT2"}) {
  platlint::Engine engine(platlint::RuleSelection(platlint::builtinRules(), select, {}));
  const platlint::FileResult result = engine.analyze("snippet.py", code);
  std::vector<Finding> out;
  for (const platlint::Diagnostic& d : result.diagnostics) {
    out.push_back({std::string(d.rule->id), d.message, d.breaksOn.describe()});
  }
  return out;
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("PORT203 names the program in shutil.which and narrows the platforms for tools macOS ships") {
  auto f = findings("import subprocess\nsubprocess.call(['/usr/bin/qemu-img', 'info', p])\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].id == "PORT203");
  CHECK(contains(f[0].message, "shutil.which(\"qemu-img\")"));
  CHECK(f[0].breaksOn == "macos, windows");

  f = findings("import subprocess\nsubprocess.call(['/bin/sh', '-c', cmd])\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].breaksOn == "windows");

  f = findings("import subprocess\nsubprocess.call(['/usr/bin/env', 'python3', script])\n");
  REQUIRE(f.size() == 1);
  CHECK(contains(f[0].message, "sys.executable"));

  f = findings("for d in ('/sbin', '/usr/sbin'):\n    pass\n");
  REQUIRE(f.size() == 2);
  CHECK(contains(f[0].message, "executable directory"));
  CHECK_FALSE(contains(f[0].message, "which(\"sbin\")"));
}

TEST_CASE("PORT202 advises subprocess.DEVNULL for a redirection and os.devnull elsewhere") {
  auto f = findings("import subprocess\nsubprocess.call(cmd, stdout=open('/dev/null', 'w'))\n");
  REQUIRE(f.size() == 1);
  CHECK(contains(f[0].message, "`subprocess.DEVNULL`"));
  f = findings("NULL = '/dev/null'\n");
  REQUIRE(f.size() == 1);
  CHECK(contains(f[0].message, "`os.devnull`"));
}

TEST_CASE("kernel paths stay with PORT1xx and never get a PORT2xx finding too") {
  for (const char* path : {"/etc/mtab", "/etc/os-release", "/etc/debian_version", "/usr/lib/os-release", "/dev/shm/x",
                           "/dev/disk/by-uuid", "/run/nova.pid", "/proc/self/status"}) {
    const auto f = findings(std::string("P = '") + path + "'\n");
    REQUIRE_MESSAGE(f.size() == 1, path);
    CHECK_MESSAGE(f[0].id.starts_with("PORT1"), path);
  }
}

TEST_CASE("PORT2xx per-path platforms") {
  CHECK(findings("P = '/Users/jdoe/src'\n").at(0).breaksOn == "linux, windows");
  CHECK(findings("P = '/home/jdoe/src'\n").at(0).breaksOn == "macos, windows");
  CHECK(findings("P = '/var/log/nova'\n").at(0).breaksOn == "windows");
  CHECK(findings("P = '/var/lib/nova'\n").at(0).breaksOn == "macos, windows");
  CHECK(findings("P = '/var/folders/xy/T'\n").at(0).breaksOn == "linux, windows");
}

TEST_CASE("PORT2xx near misses: suffixes of unknown bases, URLs, templates, bare web routes, device prefixes") {
  CHECK(findings("open(root_dir + '/etc/nova/nova.conf')\n", {"PORT2"}).at(0).id == "PORT211");
  CHECK(findings("MEDIA_URL = '/media/'\n").empty());
  CHECK(findings("mapper.connect('/media/{id}', controller='media')\n").empty());
  CHECK(findings("redirect('/home')\n").empty());
  CHECK(findings("name = '/dev/tty' + x + y\n").empty());
  CHECK(findings("parser.add_argument('--dir', help='defaults to /tmp')\n").empty());
  CHECK(findings("ok = path.startswith('/usr/')\n").empty());
}

TEST_CASE("PORT210 follows names bound to PATH and ignores other colons") {
  auto f = findings("import os\ndef f():\n    p = os.environ.get('PATH', os.defpath)\n    return p.split(':')\n", {"PORT210"});
  REQUIRE(f.size() == 1);
  CHECK(contains(f[0].message, "`PATH`"));
  CHECK(findings("hostport = ':'.join([host, str(port)])\n", {"PORT210"}).empty());
  CHECK(findings("k = key.split(':')\n", {"PORT210"}).empty());
  CHECK(findings("raise KeyError(':'.join(path))\n", {"PORT210"}).empty());
  CHECK(findings("import sys\npp = ':'.join(sys.path)\n", {"PORT210"}).size() == 1);
}

TEST_CASE("PORT211 reports the outermost concatenation once and skips URLs and archives") {
  auto f = findings("import os\nos.listdir(self.base_dir + '/' + a + '/' + b)\n", {"PORT211"});
  CHECK(f.size() == 1);
  // Only a value that reaches a file-system API counts: here it is merely stored.
  CHECK(findings("p = self.base_dir + '/' + a + '/' + b\n", {"PORT211"}).empty());
  CHECK(findings("u = self.base_url + '/' + image_id\n", {"PORT211"}).empty());
  CHECK(findings("u = 'http://' + host + '/' + path_dir\n", {"PORT211"}).empty());
  CHECK(findings("import zipfile\nm = info_dir + '/RECORD'\n", {"PORT211"}).empty());
  CHECK(findings("m = f'{info_dir}/'\n", {"PORT211"}).empty());
}
