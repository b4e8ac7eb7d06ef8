// Kiosque web platform: fetching the feed (and, for WordPress, its
// categories), handing the parsed result to the Reader, and fetching it
// again on the RefreshPolicy's schedule.
//
// On start, the feed kept from the last visit (kiosque_storage.js) shows at
// once, then the network is asked. Refreshes are polite: conditional (the last good documents' ETag
// and Last-Modified; a 304 keeps what is shown), jittered, backed off after failures, and retried
// at once when the browser comes back online. A failed or unreadable refresh keeps the last good
// feed on screen.
//
// Later pages (core/paging.h decides which and when): load_next_page()
// fetches the one the Reader's paging names and hands it to the Reader. Only
// page 1 is kept in the browser; the pages after it come again from the
// network on the next visit.
#pragma once

#include <random>
#include <string>

#include "core/refresh_policy.h"
#include "core/stored_feed.h"
#include "web_fetch.h"

namespace kiosque {

class WebRunner;

class FeedLoader {
 public:
  explicit FeedLoader(WebRunner& runner);
  // Fetches now; the periodic refresh restarts from the answer.
  void load();
  // Fetches the next page of the feed (the reader reached the list's end).
  void load_next_page();
  // The browser's online / offline events.
  void network_changed(bool online);
  // The feed kept for `feed_url` from an earlier visit, or nothing.
  void restored(const std::string& feed_url, std::optional<StoredFeed> stored);

 private:
  void fetch_documents();
  void finish();
  // Applies posts_ / categories_ to the Reader; true when what it shows is
  // now the server's current feed.
  bool apply_documents();
  FetchRequest request_for(const std::string& url, const StoredDocument& last) const;
  void schedule_refresh(double seconds);
  void cancel_refresh();
  static void on_refresh_timer(void* loader);

  WebRunner& runner_;
  // The feed and its categories arrive in any order; parsing waits for both.
  int pending_documents_ = 0;
  FetchResult posts_, categories_;

  std::string feed_url_;  // what the good documents below are for
  StoredFeed good_;       // the last documents that parsed, with their validators
  RefreshPolicy policy_;
  std::mt19937 rng_;
  long refresh_timer_ = 0;
  bool watching_network_ = false;
};

}  // namespace kiosque
