#pragma once
// Which front end reads a file, by its name: discovery (workspace/) picks C and C++ files with it
// without depending on the C/C++ front end itself.
#include <string_view>

namespace platlint {

// .c .h .cc .cpp .cxx .hpp (and .hh, .hxx, .c++, .h++).
bool isCFamilyPath(std::string_view path);

}  // namespace platlint
