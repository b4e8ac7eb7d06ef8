// Kiosque web platform: HTTP GET through the browser's Fetch API.
//
//   fetch_url("sample/posts.json", [](FetchResult result) { ... });
//
// The callback runs later, from the browser's event loop, exactly once.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace kiosque {

struct FetchResult {
  bool ok = false;         // a 2xx response whose body arrived whole
  int status = 0;          // HTTP status, 0 when no response came
  std::string body;        // when ok
  std::string error;       // when !ok: "HTTP 404", or the browser's network message
};

void fetch_url(const std::string& url, std::function<void(FetchResult)> on_done);

}  // namespace kiosque
