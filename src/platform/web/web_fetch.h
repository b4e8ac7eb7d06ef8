// Kiosque web platform: HTTP GET through the browser's Fetch API.
//
//   fetch_url("sample/posts.json", [](FetchResult result) { ... });
//   fetch_url(FetchRequest{url, etag, last_modified}, ...);   // conditional: a 304 may come back
//
// The callback runs later, from the browser's event loop, exactly once.
//
// The body is written once into the wasm heap, straight into
// FetchResult::body (no intermediate buffer), and only when it is within
// `max_bytes`: a larger one never reaches the heap.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace kiosque {

struct FetchRequest {
  std::string url;
  // Validators of an earlier answer. Sent as If-None-Match / If-Modified-Since
  // to the page's own origin; another origin gets a plain request the browser
  // revalidates from its HTTP cache (those headers would need a CORS preflight
  // that WordPress does not allow).
  std::string if_none_match;
  std::string if_modified_since;
  // A server that stalls is given up after this long (0: never).
  double timeout_seconds = 0;
  // A longer body is refused (FetchResult::refused_bytes) before it is
  // copied into the heap (0: no limit).
  std::size_t max_bytes = 0;
};

struct FetchResult {
  bool ok = false;   // a 2xx response whose body arrived whole
  int status = 0;    // HTTP status, 0 when no response came
  std::string body;  // when ok
  // When !ok and not 304: "HTTP 404", "timeout", or the browser's network message.
  std::string error;
  // Response headers, when present and readable (CORS exposes Last-Modified
  // always, ETag only when the server says so).
  std::string etag, last_modified, retry_after;
  // A 2xx whose body was over FetchRequest::max_bytes: its size (it was dropped).
  double refused_bytes = 0;
  int total_pages = 0;  // WordPress's X-WP-TotalPages, 0 when absent or unreadable

  bool not_modified() const { return status == 304; }
};

void fetch_url(const FetchRequest& request, std::function<void(FetchResult)> on_done);
inline void fetch_url(const std::string& url, std::function<void(FetchResult)> on_done) {
  fetch_url(FetchRequest{url, "", "", 0, 0}, std::move(on_done));
}

}  // namespace kiosque
