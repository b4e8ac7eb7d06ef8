// Test helpers for the feed tests: the bytes of a file under
// tests/fixtures, and a feed parsed from text.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "core/feed_parser.h"

inline std::string read_fixture(const std::string& name) {
  std::ifstream file(std::string(KIOSQUE_FIXTURES_DIR) + "/" + name, std::ios::binary);
  REQUIRE_MESSAGE(file.good(), "missing fixture ", name);
  return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

inline kiosque::ParseResult parse_text(std::string_view document,
                                       const kiosque::FeedLimits& limits = {}) {
  kiosque::FeedInput input;
  input.document = document;
  return kiosque::parse_feed(input, limits);
}
