#include "web_fetch.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <unordered_map>

extern "C" void kiosque_js_fetch(int request_id, const char* url);

namespace kiosque {

namespace {
std::unordered_map<int, std::function<void(FetchResult)>>& pending_requests() {
  static std::unordered_map<int, std::function<void(FetchResult)>> requests;
  return requests;
}
int next_request_id = 1;
}  // namespace

void fetch_url(const std::string& url, std::function<void(FetchResult)> on_done) {
  const int id = next_request_id++;
  pending_requests()[id] = std::move(on_done);
  kiosque_js_fetch(id, url.c_str());
}

}  // namespace kiosque

// Called by kiosque_bridge.js; takes ownership of `body` and `error`.
extern "C" EMSCRIPTEN_KEEPALIVE void kiosque_fetch_done(int request_id, int status, char* body,
                                                        int body_length, char* error) {
  kiosque::FetchResult result;
  result.status = status;
  result.ok = body != nullptr;
  if (body) result.body.assign(body, static_cast<std::size_t>(body_length));
  if (error) result.error = error;
  std::free(body);
  std::free(error);
  auto& requests = kiosque::pending_requests();
  auto found = requests.find(request_id);
  if (found == requests.end()) return;
  auto on_done = std::move(found->second);
  requests.erase(found);
  on_done(std::move(result));
}
