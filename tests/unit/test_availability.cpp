// Spot checks of the typeshed-generated stdlib availability table (analyzer/semantic/stdlib_availability.inc).
// Each expectation was checked against the stubs of the pinned typeshed (pyright 1.1.414); the comment
// names the condition typeshed puts around the definition.
#include <doctest/doctest.h>

#include "analyzer/semantic/availability.h"

using platlint::AvailabilityKind;
using platlint::Platform;
using platlint::PlatformSet;
using platlint::stdlibAvailability;

namespace {

constexpr PlatformSet kLinux = Platform::Linux;
constexpr PlatformSet kMacOS = Platform::MacOS;
constexpr PlatformSet kWindows = Platform::Windows;
constexpr PlatformSet kPosix = Platform::Linux | Platform::MacOS;
constexpr PlatformSet kAll = PlatformSet::all();

PlatformSet platformsOf(std::string_view name) {
  const auto a = stdlibAvailability(name);
  REQUIRE_MESSAGE(a.has_value(), name);
  return a->platforms;
}

}  // namespace

TEST_CASE("availability: POSIX-only functions of os") {
  CHECK(platformsOf("os.fork") == kPosix);            // if sys.platform != "win32"
  CHECK(platformsOf("os.getuid") == kPosix);          // if sys.platform != "win32"
  CHECK(platformsOf("os.geteuid") == kPosix);
  CHECK(platformsOf("os.statvfs") == kPosix);         // if sys.platform != "win32"
  CHECK(platformsOf("os.uname") == kPosix);           // if sys.platform != "win32"
  CHECK(platformsOf("os.getpgid") == kPosix);
  CHECK(platformsOf("os.killpg") == kPosix);
  CHECK(platformsOf("os.setsid") == kPosix);
  CHECK(platformsOf("os.getloadavg") == kPosix);
  CHECK(platformsOf("os.nice") == kPosix);
  CHECK(platformsOf("os.chown") == kPosix);
  CHECK(platformsOf("os.sync") == kPosix);
  CHECK(stdlibAvailability("os.fork")->kind == AvailabilityKind::Function);
}

TEST_CASE("availability: Linux-only names") {
  CHECK(platformsOf("os.sched_setaffinity") == kLinux);  // != "win32", then != "darwin"
  CHECK(platformsOf("os.sched_getaffinity") == kLinux);
  CHECK(platformsOf("os.pipe2") == kLinux);              // != "win32", then != "darwin"
  CHECK(platformsOf("os.posix_fadvise") == kLinux);
  CHECK(platformsOf("os.memfd_create") == kLinux);       // if sys.platform == "linux"
  CHECK(platformsOf("os.O_DIRECT") == kLinux);           // if sys.platform == "linux"
  CHECK(platformsOf("select.epoll") == kLinux);          // if sys.platform == "linux": class epoll
  CHECK(platformsOf("socket.AF_PACKET") == kLinux);      // re-exported from _socket under == "linux"
  CHECK(platformsOf("_socket.AF_PACKET") == kLinux);
  CHECK(platformsOf("mmap.MAP_POPULATE") == kLinux);     // if sys.platform == "linux"
  CHECK(stdlibAvailability("select.epoll")->kind == AvailabilityKind::Class);
  CHECK(stdlibAvailability("os.O_DIRECT")->kind == AvailabilityKind::Constant);
}

TEST_CASE("availability: macOS-only and Windows-only names") {
  CHECK(platformsOf("select.kqueue") == kMacOS);         // != "linux" and != "win32" (macOS and the BSDs)
  CHECK(platformsOf("fcntl.F_FULLFSYNC") == kMacOS);     // inside != "win32": == "darwin"
  CHECK(platformsOf("os.startfile") == kWindows);        // if sys.platform == "win32"
  CHECK(platformsOf("os.add_dll_directory") == kWindows);
  CHECK(platformsOf("os.O_BINARY") == kWindows);
  CHECK(platformsOf("signal.CTRL_C_EVENT") == kWindows);
  CHECK(platformsOf("signal.SIGBREAK") == kWindows);
}

TEST_CASE("availability: signal, time, select, socket") {
  CHECK(platformsOf("signal.SIGKILL") == kPosix);        // else branch of if sys.platform == "win32"
  CHECK(platformsOf("signal.SIGALRM") == kPosix);
  CHECK(platformsOf("signal.SIGHUP") == kPosix);
  CHECK(platformsOf("signal.alarm") == kPosix);
  CHECK(platformsOf("signal.Signals.SIGKILL") == kPosix);  // the enum member, same condition
  CHECK(platformsOf("signal.SIGTERM") == kAll);
  CHECK(platformsOf("signal.signal") == kAll);
  CHECK(platformsOf("time.tzset") == kPosix);            // if sys.platform != "win32"
  CHECK(platformsOf("time.clock_gettime") == kPosix);
  CHECK(platformsOf("select.poll") == kPosix);           // if sys.platform != "win32"
  CHECK(platformsOf("select.select") == kAll);
  CHECK(platformsOf("socket.SO_REUSEPORT") == kPosix);   // from _socket import ... under != "win32"
  CHECK(platformsOf("socket.AF_UNIX") == kPosix);
  CHECK(platformsOf("socket.AF_INET") == kAll);
  CHECK(platformsOf("_socket.socket.ioctl") == kWindows);  // class member under == "win32"
}

TEST_CASE("availability: whole modules gated by the platform") {
  CHECK(platformsOf("fcntl") == kPosix);     // whole body under if sys.platform != "win32"
  CHECK(platformsOf("fcntl.flock") == kPosix);  // no row of its own: as available as fcntl
  CHECK(stdlibAvailability("fcntl.flock")->name == "fcntl");
  CHECK(platformsOf("pwd") == kPosix);
  CHECK(platformsOf("grp") == kPosix);
  CHECK(platformsOf("termios") == kPosix);
  CHECK(platformsOf("resource") == kPosix);
  CHECK(platformsOf("posix") == kPosix);
  CHECK(platformsOf("msvcrt") == kWindows);  // whole body under if sys.platform == "win32"
  CHECK(platformsOf("winreg") == kWindows);
  CHECK(platformsOf("_winapi") == kWindows);
  CHECK(platformsOf("winsound") == kWindows);
  CHECK(platformsOf("nt") == kWindows);
  CHECK(platformsOf("multiprocessing.popen_fork") == kPosix);
  CHECK(platformsOf("ossaudiodev") == kLinux);
  CHECK(platformsOf("curses") == kPosix);    // curated: typeshed declares it everywhere
  CHECK(platformsOf("curses.ascii") == kPosix);  // a submodule needs its package
  CHECK(stdlibAvailability("fcntl")->kind == AvailabilityKind::Module);
}

TEST_CASE("availability: portable names and os.path") {
  CHECK(platformsOf("os") == kAll);
  CHECK(platformsOf("os.listdir") == kAll);   // defined unconditionally: falls back to os
  CHECK(stdlibAvailability("os.listdir")->name == "os");
  CHECK(platformsOf("os.getpid") == kAll);
  CHECK(platformsOf("os.kill") == kAll);
  CHECK(platformsOf("os.path") == kAll);
  CHECK(platformsOf("os.path.exists") == kAll);  // posixpath on POSIX, ntpath on Windows: both
  CHECK(platformsOf("os.path.join") == kAll);
  CHECK(platformsOf("errno.ENOENT") == kAll);
  CHECK(platformsOf("subprocess.run") == kAll);
  CHECK(platformsOf("select.epoll.register") == kLinux);  // a member falls back to its class
}

TEST_CASE("availability: version bounds") {
  const auto crypt = stdlibAvailability("crypt");  // VERSIONS: crypt: 3.0-3.12, and != "win32"
  REQUIRE(crypt);
  CHECK(crypt->platforms == kPosix);
  CHECK(crypt->maxMinor == 12);
  const auto birth = stdlibAvailability("os.stat_result.st_birthtime_ns");  // win32 and >= (3, 12)
  REQUIRE(birth);
  CHECK(birth->platforms == kWindows);
  CHECK(birth->minMinor == 12);
  CHECK(stdlibAvailability("os.fork")->minMinor == 0);
  CHECK(stdlibAvailability("os.fork")->maxMinor == 0);
}

TEST_CASE("availability: unknown names") {
  CHECK_FALSE(stdlibAvailability("requests.get").has_value());
  CHECK_FALSE(stdlibAvailability("psutil").has_value());
  CHECK_FALSE(stdlibAvailability("").has_value());
  CHECK(platlint::isStdlibModule("os.path"));
  CHECK_FALSE(platlint::isStdlibModule("os.fork"));
  CHECK(platlint::stdlibAvailabilityRows() > 1000);
}
