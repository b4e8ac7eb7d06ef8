// Kiosque core: the elements of a JSON array found by byte range, so that a
// large feed can be parsed one item at a time instead of as one DOM.
//
// Index:
//   - json_string_end, json_array_elements
//
// This is a splitter, not a validator: it follows strings (escapes
// included) and counts bracket depth to find where each element ends, and
// checks only the commas and brackets of the top-level array. Whatever is
// inside an element is the JSON parser's business when the element is parsed.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace kiosque {

// Where the string literal opening at `open_quote` closes: the index of its
// closing quote (escapes followed), or text.size() when the text ends first.
std::size_t json_string_end(std::string_view text, std::size_t open_quote);

// The text of each element of the array that `text` is (white space around
// it allowed), in order. nullopt when `text` is not an array, is cut short,
// or its top level is malformed (missing comma, trailing data, ...).
//   json_array_elements(R"( [{"a":"]"}, 2] )") == {R"({"a":"]"})", "2"}
std::optional<std::vector<std::string_view>> json_array_elements(std::string_view text);

}  // namespace kiosque
