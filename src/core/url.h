// Kiosque core: URL resolution and the link policy.
#pragma once

#include <string>
#include <string_view>

namespace kiosque {

// Resolves `reference` against `base` (RFC 3986, section 5.2): absolute
// references are returned as they are, "//host/x", "/x", "x", "../x", "?q"
// and "#f" are resolved. An empty or unparsable base returns the reference.
// Dot segments are removed and the scheme is written in lower case; nothing
// else is normalised (no percent-decoding, host case kept).
std::string resolve_url(std::string_view base, std::string_view reference);

// True for an absolute http:// or https:// URL with a host.
bool is_http_url(std::string_view url);

// The link policy for untrusted content: resolves `href` against `base` and
// returns it when its scheme is http, https or mailto; returns "" for
// anything else (javascript:, data:, vbscript:, file:, ...), so that the
// caller keeps the text and drops the link. `href` is read as browsers read
// it: leading and trailing spaces and controls stripped, tabs and newlines
// removed anywhere ("java\tscript:" is javascript:), then spaces, controls and
// " < > ` percent-encoded. Character references are the caller's to decode.
// A relative href with no usable base gives "".
std::string safe_link(std::string_view base, std::string_view href);

}  // namespace kiosque
