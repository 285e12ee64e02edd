// C++: the same rules in a C++ translation unit; members and namespaces named like glibc's are not glibc's.
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/epoll.h>  // expect: PORT410

namespace pool {
int sysinfo() { return 1; }
}  // namespace pool

struct Runner {
  int clone() const { return 2; }
};

int run() {
  std::ifstream mounts("/proc/mounts");  // expect: PORT101
  const char *home = std::getenv("HOME");  // expect: PORT310
  int ep = epoll_create1(0);  // expect: PORT412
  Runner r;
  return pool::sysinfo() + r.clone() + ep + (home != nullptr);  // ok: PORT412
}
