#include "web_fetch.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <unordered_map>

extern "C" void kiosque_js_fetch(int request_id, const char* url, const char* if_none_match,
                                 const char* if_modified_since, double timeout_ms, double max_bytes,
                                 int streamed, int keep_body, const char* from_store);

namespace kiosque {

namespace {
struct PendingRequest {
  std::function<void(FetchResult)> on_done;
  std::function<void(std::string_view)> on_chunk;
  FetchResult result;  // its body is filled by kiosque_bridge.js before it is done
};

std::unordered_map<int, PendingRequest>& pending_requests() {
  static std::unordered_map<int, PendingRequest> requests;
  return requests;
}
int next_request_id = 1;

// Copies a malloc'ed string from kiosque_bridge.js (null: none) and frees it.
std::string take_string(char* text) {
  std::string copy = text ? text : "";
  std::free(text);
  return copy;
}
}  // namespace

int fetch_url(FetchRequest request, std::function<void(FetchResult)> on_done) {
  const int id = next_request_id++;
  PendingRequest& pending = pending_requests()[id];
  pending.on_done = std::move(on_done);
  pending.on_chunk = std::move(request.on_chunk);
  kiosque_js_fetch(id, request.url.c_str(), request.if_none_match.c_str(),
                   request.if_modified_since.c_str(), request.timeout_seconds * 1000,
                   static_cast<double>(request.max_bytes), pending.on_chunk ? 1 : 0,
                   request.keep_body ? 1 : 0, request.from_store.c_str());
  return id;
}

}  // namespace kiosque

// Called by kiosque_bridge.js with the next piece of a streamed body (the
// caller frees `bytes`).
extern "C" EMSCRIPTEN_KEEPALIVE void kiosque_fetch_chunk(int request_id, const char* bytes,
                                                         int length) {
  auto& requests = kiosque::pending_requests();
  auto found = requests.find(request_id);
  if (found == requests.end() || !found->second.on_chunk || length < 0) return;
  found->second.on_chunk(std::string_view(bytes, static_cast<std::size_t>(length)));
}

// Called by kiosque_bridge.js when a body of `length` bytes arrived whole:
// where to write it (null for an unknown request). A streamed body calls it
// with 0 once its last piece is in.
extern "C" EMSCRIPTEN_KEEPALIVE char* kiosque_fetch_body(int request_id, int length) {
  auto& requests = kiosque::pending_requests();
  auto found = requests.find(request_id);
  if (found == requests.end() || length < 0) return nullptr;
  std::string& body = found->second.result.body;
  body.resize(static_cast<std::size_t>(length));
  found->second.result.ok = true;
  return body.data();
}

// Called by kiosque_bridge.js after kiosque_fetch_body, or without a body;
// takes ownership of every pointer.
extern "C" EMSCRIPTEN_KEEPALIVE void kiosque_fetch_done(int request_id, int status,
                                                        double refused_bytes, char* error,
                                                        char* etag, char* last_modified,
                                                        char* retry_after, char* total_pages,
                                                        double fetched_at) {
  auto& requests = kiosque::pending_requests();
  auto found = requests.find(request_id);
  kiosque::FetchResult result;
  if (found != requests.end()) result = std::move(found->second.result);
  result.request_id = request_id;
  result.status = status;
  result.refused_bytes = refused_bytes;
  result.error = kiosque::take_string(error);
  result.etag = kiosque::take_string(etag);
  result.last_modified = kiosque::take_string(last_modified);
  result.retry_after = kiosque::take_string(retry_after);
  result.total_pages = std::atoi(kiosque::take_string(total_pages).c_str());
  result.fetched_at = fetched_at;
  if (found == requests.end()) return;
  auto on_done = std::move(found->second.on_done);
  requests.erase(found);
  on_done(std::move(result));
}
