// Kiosque core (internal): HTML character references, for text.cpp and
// html_blocks.cpp. Not part of the public API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kiosque {

// Reads the character reference at the start of `text`, which starts with '&':
// "&eacute;", "&#233;", "&#xE9;" (the ';' is optional after a number, as in
// browsers, and required after a name; names are case-sensitive, and only
// those in the table in html_entities.cpp are known). Returns how many bytes
// it spans and sets `code_point`; returns 0 when `text` does not start with a
// reference the decoder knows, so that the caller keeps the '&' as text.
// Numbers follow HTML5: 0, surrogates and values past U+10FFFF give U+FFFD,
// and 128-159 are read as windows-1252 (&#146; is U+2019), like browsers do.
std::size_t read_character_reference(std::string_view text, std::uint32_t& code_point);

}  // namespace kiosque
