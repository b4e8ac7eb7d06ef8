// Kiosque core: where a JSON string literal ends, found without parsing it,
// for the scans that measure and split feed documents before (or instead
// of) a JSON parser: depth and string-length limits (feed_parser.cpp).
//
//   json_string_end(R"("a\"b" x)", 0) == 5
#pragma once

#include <cstddef>
#include <string_view>

namespace kiosque {

// Where the string literal opening at `open_quote` closes: the index of its
// closing quote (escapes followed), or text.size() when the text ends first.
std::size_t json_string_end(std::string_view text, std::size_t open_quote);

}  // namespace kiosque
