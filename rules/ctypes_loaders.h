#pragma once
// The ctypes calls that load a shared library by name: PORT405 reads the name they are given,
// PORT418 the C library they load.
#include <string_view>

namespace platlint {

inline bool isCtypesLibraryLoader(std::string_view qualified) {
  return qualified == "ctypes.CDLL" || qualified == "ctypes.PyDLL" || qualified == "ctypes.cdll.LoadLibrary" ||
         qualified == "ctypes.pydll.LoadLibrary";
}

}  // namespace platlint
