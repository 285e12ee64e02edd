// GitHub's primaryLocationLineHash: the expected values are the vectors of codeql-action's
// fingerprints.test.ts, plus one non-ASCII case derived by running the action's algorithm under
// Node (BOM, CRLF, an astral character as a surrogate pair, invalid UTF-8 becoming U+FFFD).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer/lint/fingerprints.h"
#include "analyzer/base/line_hash.h"

using platlint::githubLineHashes;
using Hashes = std::vector<std::string>;

TEST_CASE("github line hash: an empty file has one line") {
  CHECK(githubLineHashes("") == Hashes{"c129715d7a2bc9a3:1"});
}

TEST_CASE("github line hash: spaces and tabs are skipped") {
  CHECK(githubLineHashes(" a\nb\n  \t\tc\n d") ==
        Hashes{"271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"});
  CHECK(githubLineHashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End") ==
        Hashes{"8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1",
               "b86d3392aea1be30:1", "e6ceba753e1a442:1"});
}

TEST_CASE("github line hash: LF, CR and CRLF line endings hash alike") {
  const Hashes expected{"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
                        "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"};
  CHECK(githubLineHashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n") == expected);
  CHECK(githubLineHashes(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r") == expected);
  CHECK(githubLineHashes(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n") == expected);
  CHECK(githubLineHashes(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n") == expected);
}

TEST_CASE("github line hash: equal windows are numbered") {
  std::string lorem;
  for (int i = 0; i < 10; ++i) lorem += "Lorem ipsum dolor sit amet.\n";
  CHECK(githubLineHashes(lorem) ==
        Hashes{"a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4",
               "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1",
               "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"});
  CHECK(githubLineHashes("x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n") ==
        Hashes{"e54938cc54b302f1:1", "bb609acbe9138d60:1", "1131fd5871777f34:1", "5c482a0f8b35ea28:1",
               "54517377da7028d2:1", "2c644846cb18d53e:1", "f1b89f20de0d133:1", "c129715d7a2bc9a3:1"});
}

TEST_CASE("github line hash: only the wanted lines are formatted, with the occurrences of all") {
  std::string lorem;
  for (int i = 0; i < 10; ++i) lorem += "Lorem ipsum dolor sit amet.\n";
  const std::vector<bool> wanted = {false, false, false, false, true, false, false, true};
  const Hashes some = githubLineHashes(lorem, &wanted);
  REQUIRE(some.size() == 11);
  CHECK(some[4] == "a7f2ff13bc495cf2:5");
  CHECK(some[7] == "a9cf91f7bbf1862b:1");
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 10}) CHECK(some[i].empty());
}

TEST_CASE("github line hash: hashes UTF-16 code units of the UTF-8 decoded text") {
  CHECK(githubLineHashes("\xEF\xBB\xBFimport os\r\nx = \"\xC3\xA9\xF0\x9F\x98\x80\"\n\xFF\xE2\x82 bad\n") ==
        Hashes{"a892c0f5f6479245:1", "f598bef4b48e30ef:1", "38ab0077ce42e422:1", "c129715d7a2bc9a3:1"});
}

TEST_CASE("normalized line hash ignores whitespace, not content") {
  using platlint::normalizedLineHash;
  CHECK(normalizedLineHash("    x = open('/proc/mounts')") == normalizedLineHash("x=open( '/proc/mounts' )\t"));
  CHECK(normalizedLineHash("x = open('/proc/mounts')") != normalizedLineHash("x = open('/proc/cpuinfo')"));
  CHECK(normalizedLineHash("").size() == 16);
}
