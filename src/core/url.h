// Kiosque core: URL resolution and the link policy.
#pragma once

#include <string>
#include <string_view>

namespace kiosque {

// Resolves `reference` against `base` (RFC 3986, section 5.2): absolute
// references are returned as they are, "//host/x", "/x", "x", "../x", "?q"
// and "#f" are resolved. An empty or unparsable base returns the reference.
std::string resolve_url(std::string_view base, std::string_view reference);

// True for an absolute http:// or https:// URL with a host.
bool is_http_url(std::string_view url);

// The link policy for untrusted content: resolves `href` against `base` and
// returns it when its scheme is http, https or mailto; returns "" for
// anything else (javascript:, data:, vbscript:, file:, ...), so that the
// caller keeps the text and drops the link.
std::string safe_link(std::string_view base, std::string_view href);

}  // namespace kiosque
