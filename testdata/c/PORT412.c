// PORT412 linux-only-function: C library functions only Linux provides, and near misses.
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <unistd.h>
#ifdef __linux__
#include <mntent.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/sysinfo.h>
#endif

// The project's own function of a glibc name is not glibc's.
static int timerfd_create(void) { return 4; }

long cpus(void) {
  long n = get_nprocs();  // expect: PORT412
  n += timerfd_create();  // ok: PORT412
  n += sysconf(_SC_NPROCESSORS_ONLN);  // ok: PORT412
  return n;
}

int events(void) {
  int ep = epoll_create1(0);  // expect: PORT412
  int ev = eventfd(0, 0);  // expect: PORT412
  cpu_set_t set;
  CPU_ZERO(&set);
  sched_setaffinity(0, sizeof set, &set);  // expect: PORT412
  return ep + ev;
}

int mounts(void) {
  FILE *table = setmntent("/etc/fstab", "r");  // expect: PORT412, PORT204
  struct mntent *m = getmntent(table);  // expect: PORT412
  endmntent(table);  // expect: PORT412
  return m != NULL;
}

// Taking the address is a use too.
int (*create)(int) = epoll_create1;  // expect: PORT412

#ifdef __linux__
int linux_only(void) { return epoll_create(1); }  // ok: PORT412
#endif

// An undeclared name that looks like a glibc function is an error, not a use of that function
// (Clang's typo correction would otherwise resolve `zone` to `clone`).
// allow: compile-errors
int zones(void) {
  return zone != 0;  // ok: PORT412
}
