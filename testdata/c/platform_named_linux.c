// A file whose name says `linux` is one the build compiles on Linux only (psutil's
// _psutil_linux.c, arch/linux/*.c): its Linux-only code is silent, what breaks on Linux is not.
// allow: compile-errors
#include <mntent.h>     // ok: PORT410
#include <sys/epoll.h>  // ok: PORT410
#include <windows.h>    // expect: PORT411

int poller(void) { return epoll_create1(0); }  // ok: PORT412
