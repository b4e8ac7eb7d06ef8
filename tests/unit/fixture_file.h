// Test helper: the bytes of a file under tests/fixtures, for the feed tests.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

inline std::string read_fixture(const std::string& name) {
  std::ifstream file(std::string(KIOSQUE_FIXTURES_DIR) + "/" + name, std::ios::binary);
  REQUIRE_MESSAGE(file.good(), "missing fixture ", name);
  return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}
