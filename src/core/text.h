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

// Words in plain text, for reading time: runs of characters that are not
// white space (ASCII or Unicode spaces; no-break spaces separate words too).
int count_words(std::string_view text);

// ASCII helpers for markup and URLs, whose names and spaces are ASCII only.
inline bool is_ascii_space(char c) {  // HTML's white space: space, tab, LF, CR, FF
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
inline bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
inline char to_lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}
// True when `text` equals `lower_case` (given in lower case) ignoring ASCII case.
bool equals_ignoring_ascii_case(std::string_view text, std::string_view lower_case);

}  // namespace kiosque
