// PORT2xx in C: hard-coded absolute paths, with the Python rules' catalog.
#include <fcntl.h>
#include <paths.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int paths(void) {
  FILE *t = fopen("/tmp/app.lock", "w");  // expect: PORT201
  int null = open("/dev/null", O_WRONLY);  // expect: PORT202
  execl("/usr/bin/qemu-img", "qemu-img", "info", (char *)NULL);  // expect: PORT203
  FILE *conf = fopen("/etc/app/app.conf", "r");  // expect: PORT204
  FILE *log = fopen("/var/log/app.log", "a");  // expect: PORT205
  FILE *key = fopen("/home/stack/.ssh/id_rsa", "r");  // expect: PORT206
  int rnd = open("/dev/urandom", O_RDONLY);  // expect: PORT207
  FILE *data = fopen("/usr/share/app/schema.json", "r");  // expect: PORT208
  const char *url_path = "/api/v1/servers";  // ok: PORT208, PORT204
  const char *mnt = "/mnt";  // ok: PORT208
  // The system's own name for its null device and mount table comes from its headers.
  int sys_null = open(_PATH_DEVNULL, O_RDONLY);  // ok: PORT202
  FILE *fstab = fopen(_PATH_MNTTAB, "r");  // ok: PORT204
  return t && null && conf && log && key && rnd && data && url_path && mnt && sys_null && fstab;
}

#ifndef _WIN32
// POSIX-only paths under a guard that keeps them off Windows, where they break.
int posix_only(void) { return open("/dev/null", O_RDONLY); }  // ok: PORT202
#endif
