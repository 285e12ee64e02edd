// Preprocessor guards: code only Linux compiles is silent; code other platforms compile is seen
// by parsing again under their macros (here on a Linux host), and breaks only where compiled.
#include <stdio.h>
#include <fcntl.h>

#ifdef __linux__
#include <sys/epoll.h>  // ok: PORT410
static const char *kMounts = "/proc/mounts";  // ok: PORT101
#elif defined(__APPLE__)
// Code for the wrong platform: only the macOS pass compiles it, and it breaks there.
static const char *kMounts = "/proc/self/mounts";  // expect: PORT101
#else
static const char *kMounts = "/etc/mtab";  // expect: PORT101
#endif

#ifdef _WIN32
#include <windows.h>  // ok: PORT411
static const char *kNull = "NUL";
#else
#include <sys/inotify.h>  // expect: PORT410
static const char *kNull = "/dev/null";  // ok: PORT202
#endif

#if !defined(_WIN32)
int urandom(void) { return open("/dev/urandom", O_RDONLY); }  // ok: PORT207
#endif

#if defined(_WIN32)
// Windows compiles this: /tmp is missing there.
static const char *kScratch = "/tmp";  // expect: PORT201
#endif

const char *names(void) { return kMounts[0] ? kMounts : kNull; }
