// Kiosque core: UTF-8 text helpers shared by the parsers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kiosque {

// Appends the UTF-8 encoding of a code point (invalid ones become U+FFFD).
void append_utf8(std::string& out, std::uint32_t code_point);

// Decodes HTML character references: every HTML5 named entity a French
// publisher uses (&laquo; &eacute; &hellip; &nbsp; ...) and all numeric ones
// (&#8217; &#x2019;). &nbsp; becomes U+00A0. Unknown or malformed references
// are kept as written.
std::string decode_entities(std::string_view text);

// Collapses runs of ASCII white space (space, tab, CR, LF, FF) into one space
// and trims both ends. No-break spaces (U+00A0, U+202F) are kept: they bind
// « and » to their words.
std::string collapse_whitespace(std::string_view text);

// Replaces invalid UTF-8 sequences with U+FFFD so that every string in the
// model is valid UTF-8, whatever the feed sent.
std::string sanitize_utf8(std::string_view text);

// True when `text` is valid UTF-8 (no overlongs, surrogates, truncated or
// stray bytes): sanitize_utf8 would return it unchanged.
bool is_valid_utf8(std::string_view text);

// Words in plain text, for reading time: runs of non-space characters.
int count_words(std::string_view text);

}  // namespace kiosque
