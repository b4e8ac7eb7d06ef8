#include "web_fetch.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <unordered_map>

extern "C" void kiosque_js_fetch(int request_id, const char* url, const char* if_none_match,
                                 const char* if_modified_since, double timeout_ms);

namespace kiosque {

namespace {
std::unordered_map<int, std::function<void(FetchResult)>>& pending_requests() {
  static std::unordered_map<int, std::function<void(FetchResult)>> requests;
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

void fetch_url(const FetchRequest& request, std::function<void(FetchResult)> on_done) {
  const int id = next_request_id++;
  pending_requests()[id] = std::move(on_done);
  kiosque_js_fetch(id, request.url.c_str(), request.if_none_match.c_str(),
                   request.if_modified_since.c_str(), request.timeout_seconds * 1000);
}

}  // namespace kiosque

// Called by kiosque_bridge.js; takes ownership of every pointer.
extern "C" EMSCRIPTEN_KEEPALIVE void kiosque_fetch_done(int request_id, int status, char* body,
                                                        int body_length, char* error, char* etag,
                                                        char* last_modified, char* retry_after,
                                                        char* total_pages) {
  kiosque::FetchResult result;
  result.status = status;
  result.ok = body != nullptr;
  if (body) result.body.assign(body, static_cast<std::size_t>(body_length));
  std::free(body);
  result.error = kiosque::take_string(error);
  result.etag = kiosque::take_string(etag);
  result.last_modified = kiosque::take_string(last_modified);
  result.retry_after = kiosque::take_string(retry_after);
  result.total_pages = std::atoi(kiosque::take_string(total_pages).c_str());
  auto& requests = kiosque::pending_requests();
  auto found = requests.find(request_id);
  if (found == requests.end()) return;
  auto on_done = std::move(found->second);
  requests.erase(found);
  on_done(std::move(result));
}
