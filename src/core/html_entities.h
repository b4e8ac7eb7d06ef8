// Kiosque core (internal): HTML character references, for text.cpp and
// html_blocks.cpp. Not part of the public API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kiosque {

// The code point of a named character reference, given without '&' and ';'
// ("eacute" -> U+00E9). Names are case-sensitive. Returns 0 for a name the
// table does not hold.
std::uint32_t find_named_entity(std::string_view name);

// Reads the character reference at the start of `text`, which starts with '&':
// "&eacute;", "&#233;", "&#xE9;" (the ';' is optional after a number, as in
// browsers, and required after a name). Returns how many bytes it spans and
// sets `code_point`; returns 0 when `text` does not start with a reference
// the decoder knows, so that the caller keeps the '&' as text.
// Numbers follow HTML5: 0, surrogates and values past U+10FFFF give U+FFFD,
// and 128-159 are read as windows-1252 (&#146; is U+2019), like browsers do.
std::size_t read_character_reference(std::string_view text, std::uint32_t& code_point);

}  // namespace kiosque
