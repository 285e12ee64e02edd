#pragma once
// CHECK_CONTAINS(text, part): checks that a string contains `part`, printing the string when not.
#include <string>

#include <doctest/doctest.h>

#define CHECK_CONTAINS(text, part)                                     \
  do {                                                                 \
    const std::string checked_ = (text);                               \
    CHECK_MESSAGE(checked_.find(part) != std::string::npos, checked_); \
  } while (false)
