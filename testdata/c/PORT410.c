// PORT410 linux-only-header: headers only Linux (or glibc) provides.
#include <sys/epoll.h>     // expect: PORT410
#include <sys/inotify.h>   // expect: PORT410
#include <mntent.h>        // expect: PORT410
#include <linux/fs.h>      // expect: PORT410
#include <sys/sysinfo.h>   // expect: PORT410
#include <malloc.h>        // expect: PORT410
#include <poll.h>          // ok: PORT410
#include <sys/statvfs.h>   // ok: PORT410
#include <stdlib.h>        // ok: PORT410

#ifdef __linux__
#include <sys/prctl.h>     // ok: PORT410
#endif

#if defined(__linux__) && !defined(NO_SENDFILE)
#include <sys/sendfile.h>  // ok: PORT410
#endif

int wait_readable(int fd) {
  struct pollfd p = {.fd = fd, .events = POLLIN};
  return poll(&p, 1, -1);
}
