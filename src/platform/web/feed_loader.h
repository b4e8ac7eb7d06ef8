// Kiosque web platform: fetching the feed (and, for WordPress, its
// categories), handing the parsed result to the Reader, and fetching it
// again on the RefreshPolicy's schedule.
//
// The posts (or JSON Feed) document is streamed: each piece the network
// delivers goes into a FeedStream (core/feed_stream.h) and is freed, so the
// wasm heap holds the model, never the document. On the first load, once a
// screenful of posts is read, they are shown while the rest arrives (the
// list's paging waits for the end); a refresh of a feed on screen swaps
// at the end, all at once.
//
// On start, the feed kept from the last visit shows at once, then the network is asked. The
// browser keeps the last good documents itself (kiosque_storage.js, Cache
// Storage): the fetch keeps a copy of the body outside the heap, and the
// loader says when it was good. The kept feed comes back through the same
// stream. Refreshes are polite: conditional (the last good documents' ETag
// and Last-Modified; a 304 keeps what is shown), jittered, backed off after failures, and retried
// at once when the browser comes back online. A failed or unreadable refresh keeps the last good
// feed on screen. New categories with posts unchanged (304) are applied
// with the next posts the server sends: the posts are asked for without
// validators next time.
//
// Later pages (core/paging.h decides which and when): load_next_page()
// fetches the one the Reader's paging names and hands it to the Reader. Only
// page 1 is kept in the browser; the pages after it come again from the
// network on the next visit.
#pragma once

#include <memory>
#include <random>
#include <string>
#include <utility>

#include "core/feed_stream.h"
#include "core/refresh_policy.h"
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

 private:
  // The last good version of a document: its validators, and for the small
  // categories document its body.
  struct GoodDocument {
    std::string body, etag, last_modified;

    // A fetched document's validators only (the posts: their body is the
    // browser's to keep).
    static GoodDocument validators_of(const FetchResult& fetched) {
      return GoodDocument{std::string(), fetched.etag, fetched.last_modified};
    }
    // ... and its body too, moved out of `fetched` (the categories).
    static GoodDocument taken_from(FetchResult& fetched) {
      return GoodDocument{std::move(fetched.body), fetched.etag, fetched.last_modified};
    }
  };

  void fetch_documents();
  void posts_piece(std::string_view bytes);
  void show_preview();
  void finish();
  // Applies posts_ / categories_ to the Reader; true when what it shows is
  // now the server's current feed.
  bool apply_documents();
  // Keeps the fetched documents in the browser (ok) or lets them go.
  void keep_documents(bool ok);
  // The feed kept from an earlier visit: read from the browser's store.
  void restore();
  void restored();
  // The first feed shown: the configured section, the "ready" event.
  void first_shown();
  FetchRequest request_for(const std::string& url, const GoodDocument& last) const;
  void schedule_refresh(double seconds);
  void cancel_refresh();
  static void on_refresh_timer(void* loader);

  WebRunner& runner_;
  // The feed and its categories arrive in any order; the posts are read as
  // they come, and finished once both are in. Answers to an earlier
  // generation of requests (a feed since replaced) are dropped.
  int generation_ = 0;
  int pending_documents_ = 0;
  std::unique_ptr<FeedStream> posts_stream_;
  bool previewed_ = false;  // its first posts are on screen, the rest to come
  int posts_request_ = 0, categories_request_ = 0;
  FetchResult posts_, categories_;

  // The kept feed being read back (restore()).
  int restore_generation_ = 0;
  int pending_restore_ = 0;
  std::unique_ptr<FeedStream> restore_stream_;
  FetchResult restored_posts_, restored_categories_;

  std::string feed_url_;  // what the good documents below are for
  bool has_good_ = false;
  GoodDocument good_posts_, good_categories_;  // the last documents that parsed
  UtcSeconds fetched_at_ = kUnknownTime;
  RefreshPolicy policy_;
  std::mt19937 rng_;
  long refresh_timer_ = 0;
  bool watching_network_ = false;
};

}  // namespace kiosque
