// Kiosque web platform: fetching the feed (and, for WordPress, its
// categories) and handing the parsed result to the Reader.
#pragma once

#include <string>

#include "web_fetch.h"

namespace kiosque {

class WebRunner;

class FeedLoader {
 public:
  explicit FeedLoader(WebRunner& runner) : runner_(runner) {}
  void load();

 private:
  void finish();

  WebRunner& runner_;
  // The feed and its categories arrive in any order; parsing waits for both.
  int pending_documents_ = 0;
  FetchResult posts_, categories_;
};

}  // namespace kiosque
