#pragma once
// The target platforms platlint reasons about, as a small bit set.
#include <cstdint>
#include <string>
#include <string_view>

namespace platlint {

enum class Platform : uint8_t { Linux = 1, MacOS = 2, Windows = 4 };

class PlatformSet {
 public:
  constexpr PlatformSet() = default;
  constexpr PlatformSet(Platform p) : bits_(static_cast<uint8_t>(p)) {}
  static constexpr PlatformSet all() { return PlatformSet(7); }
  static constexpr PlatformSet none() { return PlatformSet(0); }

  constexpr bool contains(Platform p) const { return (bits_ & static_cast<uint8_t>(p)) != 0; }
  constexpr bool empty() const { return bits_ == 0; }
  constexpr PlatformSet operator|(PlatformSet o) const { return PlatformSet(uint8_t(bits_ | o.bits_)); }
  constexpr PlatformSet operator&(PlatformSet o) const { return PlatformSet(uint8_t(bits_ & o.bits_)); }
  constexpr PlatformSet operator~() const { return PlatformSet(uint8_t(~bits_ & 7)); }
  constexpr bool operator==(const PlatformSet&) const = default;
  constexpr uint8_t bits() const { return bits_; }
  static constexpr PlatformSet fromBits(uint8_t bits) { return PlatformSet(uint8_t(bits & 7)); }

  // "macos, windows" in the fixed order linux, macos, windows.
  std::string describe() const;

 private:
  constexpr explicit PlatformSet(uint8_t bits) : bits_(bits) {}
  uint8_t bits_ = 0;
};

constexpr PlatformSet operator|(Platform a, Platform b) { return PlatformSet(a) | PlatformSet(b); }

// Sets the rules name often.
inline constexpr PlatformSet kNotLinux = Platform::MacOS | Platform::Windows;  // where Linux-only things are missing
inline constexpr PlatformSet kNotWindows = Platform::Linux | Platform::MacOS;  // POSIX
inline constexpr PlatformSet kWindowsOnly = Platform::Windows;

const char* platformName(Platform p);  // "linux", "macos", "windows"

}  // namespace platlint
