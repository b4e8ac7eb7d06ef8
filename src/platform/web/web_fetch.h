// Kiosque web platform: HTTP GET through the browser's Fetch API.
//
//   fetch_url("sample/posts.json", [](FetchResult result) { ... });
//   fetch_url(FetchRequest{url, etag, last_modified}, ...);   // conditional: a 304 may come back
//   request.on_chunk = [&](std::string_view bytes) { stream.push(bytes); };  // streamed
//
// The callback runs later, from the browser's event loop, exactly once.
//
// A body is written once into the wasm heap, straight into
// FetchResult::body (no intermediate buffer), and only when it is within
// `max_bytes`: a larger one never reaches the heap. A streamed body
// (`on_chunk`) never is whole in the heap: each piece the network delivers
// is handed over and freed, and the browser yields to the page between
// pieces when they come faster than they are read.
//
// The browser can keep a streamed body for later (`keep_body`, in its own
// memory, not the heap): kiosque_js_keep_body (kiosque_storage.js) then
// puts it in Cache Storage, or drops it. `from_store` reads a body kept
// there instead of the network, the same way.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
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
  // Each piece of a 2xx body as it arrives, instead of FetchResult::body.
  std::function<void(std::string_view)> on_chunk;
  // The browser keeps the body until kiosque_js_keep_body(request id, ...).
  bool keep_body = false;
  // Not empty: the Cache Storage cache to read `url` from, not the network
  // (a miss is a 404).
  std::string from_store;
};

struct FetchResult {
  int request_id = 0;  // what fetch_url returned for it
  bool ok = false;     // a 2xx response whose body arrived whole
  int status = 0;      // HTTP status, 0 when no response came
  std::string body;    // when ok
  // When !ok and not 304: "HTTP 404", "timeout", or the browser's network message.
  std::string error;
  // Response headers, when present and readable (CORS exposes Last-Modified
  // always, ETag only when the server says so).
  std::string etag, last_modified, retry_after;
  // A 2xx whose body was over FetchRequest::max_bytes: its size (it was dropped).
  double refused_bytes = 0;
  int total_pages = 0;  // WordPress's X-WP-TotalPages, 0 when absent or unreadable
  // A body read from the store: when the server gave it (X-Kiosque-Fetched-At).
  double fetched_at = 0;

  bool not_modified() const { return status == 304; }
};

// Returns the request's id (for kiosque_js_keep_body).
int fetch_url(FetchRequest request, std::function<void(FetchResult)> on_done);
inline int fetch_url(const std::string& url, std::function<void(FetchResult)> on_done) {
  FetchRequest request;
  request.url = url;
  return fetch_url(std::move(request), std::move(on_done));
}

}  // namespace kiosque
