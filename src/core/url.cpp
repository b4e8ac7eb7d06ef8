// Kiosque core: URL resolution (RFC 3986) and the link policy (see url.h).
//
// Index of this file:
// [SECTION] Splitting a URL into its parts (RFC 3986 appendix B)
// [SECTION] Reference resolution (RFC 3986 section 5.2)
// [SECTION] Link policy

#include "url.h"

#include <algorithm>

#include "text.h"

namespace kiosque {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Splitting a URL into its parts (RFC 3986 appendix B)
//-----------------------------------------------------------------------------

// scheme ":" "//" authority path "?" query "#" fragment. The has_* flags tell
// "absent" from "present but empty" ("http://a/b?" has an empty query).
struct UrlParts {
  std::string_view scheme;     // without ':'; empty for a relative reference
  std::string_view authority;  // without "//"
  std::string_view path;
  std::string_view query;     // without '?'
  std::string_view fragment;  // without '#'
  bool has_authority = false;
  bool has_query = false;
  bool has_fragment = false;
};

// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ). Anything else before a
// ':' ("java script:", "&#106;avascript:") is the start of a relative path.
bool is_scheme(std::string_view text) {
  if (text.empty() || !is_ascii_alpha(text[0])) return false;
  for (const char c : text)
    if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '+' && c != '-' && c != '.') return false;
  return true;
}

UrlParts split_url(std::string_view url) {
  UrlParts parts;
  const std::size_t scheme_end = url.find_first_of(":/?#");
  if (scheme_end != std::string_view::npos && url[scheme_end] == ':' &&
      is_scheme(url.substr(0, scheme_end))) {
    parts.scheme = url.substr(0, scheme_end);
    url.remove_prefix(scheme_end + 1);
  }
  if (const std::size_t hash = url.find('#'); hash != std::string_view::npos) {
    parts.has_fragment = true;
    parts.fragment = url.substr(hash + 1);
    url = url.substr(0, hash);
  }
  if (const std::size_t question = url.find('?'); question != std::string_view::npos) {
    parts.has_query = true;
    parts.query = url.substr(question + 1);
    url = url.substr(0, question);
  }
  if (url.substr(0, 2) == "//") {
    parts.has_authority = true;
    const std::size_t path_begin = std::min(url.find('/', 2), url.size());
    parts.authority = url.substr(2, path_begin - 2);
    url.remove_prefix(path_begin);
  }
  parts.path = url;
  return parts;
}

//-----------------------------------------------------------------------------
// [SECTION] Reference resolution (RFC 3986 section 5.2)
//-----------------------------------------------------------------------------

// Drops the last segment of `out` and the '/' before it.
void pop_last_segment(std::string& out) {
  const std::size_t slash = out.rfind('/');
  out.resize(slash == std::string::npos ? 0 : slash);
}

// RFC 3986 5.2.4, with an output buffer instead of rewriting the input, so
// that it runs in linear time: each popped segment is scanned once.
std::string remove_dot_segments(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  while (!path.empty()) {
    if (path.substr(0, 3) == "../") {  // A
      path.remove_prefix(3);
    } else if (path.substr(0, 2) == "./") {  // A
      path.remove_prefix(2);
    } else if (path.substr(0, 3) == "/./") {  // B: "/./x" -> "/x"
      path.remove_prefix(2);
    } else if (path == "/.") {  // B: "/." -> "/"
      out += '/';
      break;
    } else if (path.substr(0, 4) == "/../") {  // C: "/../x" -> "/x", one segment up
      path.remove_prefix(3);
      pop_last_segment(out);
    } else if (path == "/..") {  // C: "/.." -> "/", one segment up
      pop_last_segment(out);
      out += '/';
      break;
    } else if (path == "." || path == "..") {  // D
      break;
    } else {  // E: move the first segment, with its leading '/', to the output
      const std::size_t segment_end = std::min(path.find('/', 1), path.size());
      out.append(path.substr(0, segment_end));
      path.remove_prefix(segment_end);
    }
  }
  return out;
}

// RFC 3986 5.2.3: a relative path is relative to the base's directory.
std::string merge_paths(const UrlParts& base, std::string_view reference_path) {
  std::string merged;
  if (base.has_authority && base.path.empty()) {
    merged = "/";
  } else if (const std::size_t slash = base.path.rfind('/'); slash != std::string_view::npos) {
    merged = base.path.substr(0, slash + 1);
  }
  merged += reference_path;
  return merged;
}

// RFC 3986 5.3, with the scheme in lower case (3.1: schemes are case-insensitive).
std::string recompose(std::string_view scheme, const UrlParts& with_authority,
                      std::string_view path, const UrlParts& with_query,
                      const UrlParts& with_fragment) {
  std::string url;
  url.reserve(scheme.size() + with_authority.authority.size() + path.size() +
              with_query.query.size() + with_fragment.fragment.size() + 5);
  for (const char c : scheme) url += to_lower_ascii(c);
  url += ':';
  if (with_authority.has_authority) {
    url += "//";
    url += with_authority.authority;
  }
  url += path;
  if (with_query.has_query) {
    url += '?';
    url += with_query.query;
  }
  if (with_fragment.has_fragment) {
    url += '#';
    url += with_fragment.fragment;
  }
  return url;
}

//-----------------------------------------------------------------------------
// [SECTION] Link policy
//-----------------------------------------------------------------------------

// What browsers do before parsing an href (WHATWG URL): strip leading and
// trailing C0 controls and spaces, remove tabs and newlines anywhere (so
// "java\tscript:" is "javascript:"). Other controls, inner spaces and the
// characters a URL never holds as they are (" < > `) are percent-encoded, as
// browsers do, so that the result is one clean token.
std::string clean_href(std::string_view href) {
  const auto is_c0_or_space = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!href.empty() && is_c0_or_space(href.front())) href.remove_prefix(1);
  while (!href.empty() && is_c0_or_space(href.back())) href.remove_suffix(1);
  std::string cleaned;
  cleaned.reserve(href.size());
  for (const char c : href) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (byte <= 0x20 || byte == 0x7F || c == '"' || c == '<' || c == '>' || c == '`') {
      constexpr char kHexDigits[] = "0123456789ABCDEF";
      cleaned += '%';
      cleaned += kHexDigits[byte >> 4];
      cleaned += kHexDigits[byte & 0xF];
    } else {
      cleaned += c;
    }
  }
  return cleaned;
}

}  // namespace

std::string resolve_url(std::string_view base, std::string_view reference) {
  const UrlParts ref = split_url(reference);
  if (!ref.scheme.empty())
    return recompose(ref.scheme, ref, remove_dot_segments(ref.path), ref, ref);

  const UrlParts base_parts = split_url(base);
  if (base_parts.scheme.empty()) return std::string(reference);  // no base to resolve against

  if (ref.has_authority)  // "//host/path"
    return recompose(base_parts.scheme, ref, remove_dot_segments(ref.path), ref, ref);
  if (ref.path.empty())  // "", "?q", "#f": the base document
    return recompose(base_parts.scheme, base_parts, base_parts.path,
                     ref.has_query ? ref : base_parts, ref);
  const std::string path = ref.path.front() == '/'
                               ? remove_dot_segments(ref.path)
                               : remove_dot_segments(merge_paths(base_parts, ref.path));
  return recompose(base_parts.scheme, base_parts, path, ref, ref);
}

bool is_http_url(std::string_view url) {
  const UrlParts parts = split_url(url);
  if (!equals_ignoring_ascii_case(parts.scheme, "http") &&
      !equals_ignoring_ascii_case(parts.scheme, "https"))
    return false;
  if (!parts.has_authority) return false;
  std::string_view host = parts.authority;
  if (const std::size_t at = host.rfind('@'); at != std::string_view::npos)
    host.remove_prefix(at + 1);                // user:password@
  if (!host.empty() && host.front() == '[') {  // IPv6 literal: "[::1]:8080"
    const std::size_t close = host.find(']');
    return close != std::string_view::npos && close > 1;
  }
  return !host.empty() && host.front() != ':';  // "host:port", not ":port"
}

std::string safe_link(std::string_view base, std::string_view href) {
  const std::string cleaned = clean_href(href);
  if (cleaned.empty()) return {};
  std::string url = resolve_url(base, cleaned);
  if (is_http_url(url)) return url;
  const UrlParts parts = split_url(url);
  if (equals_ignoring_ascii_case(parts.scheme, "mailto") && !parts.path.empty()) return url;
  return {};
}

}  // namespace kiosque
