// Build macros that choose a platform (platform_macros.toml maps them, as psutil's setup.py
// defines PSUTIL_LINUX on Linux only): code under them is platform-guarded like code under
// __linux__. Without the mapping no pass defines them, and none of this code would be seen.
#include <stdio.h>

#if defined(PSUTIL_LINUX)
#include <sys/epoll.h>  // ok: PORT410
FILE *cpuinfo(void) { return fopen("/proc/cpuinfo", "r"); }  // ok: PORT102
#elif defined(PSUTIL_OSX)
// Code for the wrong platform: the macOS pass compiles it, and it breaks there.
FILE *status(void) { return fopen("/proc/self/status", "r"); }  // expect: PORT103
#endif

#ifdef PSUTIL_WINDOWS
#include <windows.h>  // ok: PORT411
#endif

#ifdef PSUTIL_BSD
// A system that is none of the targets: no pass defines its macro.
#include <sys/inotify.h>  // ok: PORT410
#endif

#ifndef PSUTIL_WINDOWS
FILE *mounts(void) { return fopen("/proc/mounts", "r"); }  // expect: PORT101
#endif
