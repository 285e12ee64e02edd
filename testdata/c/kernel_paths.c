// PORT1xx in C: Linux kernel interfaces named by string literals, also through macros and format strings.
#include <stdio.h>
#include <sys/stat.h>
#include <string.h>

#define PROC_MOUNTS "/proc/mounts"
#define SYSFS_NET "/sys/class/net"

int read_all(int pid) {
  char path[64];
  struct stat st;
  FILE *m = fopen(PROC_MOUNTS, "r");  // expect: PORT101
  FILE *c = fopen("/proc/cpuinfo", "r");  // expect: PORT102
  snprintf(path, sizeof path, "/proc/%d/status", pid);  // expect: PORT103
  FILE *s = fopen("/proc/self/stat", "r");  // expect: PORT103
  int net = stat(SYSFS_NET, &st);  // expect: PORT104
  int disk = stat("/dev/disk/by-uuid", &st);  // expect: PORT105
  FILE *os = fopen("/etc/os-release", "r");  // expect: PORT106
  FILE *shm = fopen("/dev/shm/cache", "w");  // expect: PORT107
  int kvm = stat("/dev/kvm", &st);  // expect: PORT108
  int sda = stat("/dev/sda", &st);  // expect: PORT108
  const char *vm_disk = "/dev/sda";  // ok: PORT108
  FILE *pid_file = fopen("/run/app.pid", "w");  // expect: PORT109
  int proc = stat("/proc", &st);  // expect: PORT110
  // Comparisons and messages are not uses of the file.
  int is_proc = strcmp(path, "/proc") == 0;  // ok: PORT110
  puts("cannot read /proc/mounts");  // ok: PORT101
  return m && c && s && net && disk && os && shm && kvm && sda && vm_disk && pid_file && proc && is_proc;
}

#ifdef __linux__
static const char *kMeminfo = "/proc/meminfo";  // ok: PORT102
#endif
