// Kiosque core: feed paging. Which page of the feed comes next, and when to
// ask for it.
//
// The headline list loads the next page when the reader reaches its end. The
// list's last row shows the state:
//   More     another page may exist; nothing in flight (no row)
//   Loading  a page is on its way: a loading row
//   Failed   the last page did not come: an error row; the page is asked
//            again the next time the end comes into view, or when the row
//            is pressed (never in a loop while the row sits on screen)
//   Ended    the last page is in: nothing more
//
// The next page's address:
//   - JSON Feed: the last page's next_url; none (or one already fetched) ends.
//   - WordPress: page=N+1 of the feed URL (wordpress_page_url), while N is
//     below X-WP-TotalPages when the server says (total_pages > 0). When it
//     does not (the header is not exposed), an empty page or HTTP 400 ends
//     (WordPress answers 400 rest_post_invalid_page_number past the end).
//   - Either: a page that brings no article not already loaded ends, since
//     a server that ignores `page=` sends page 1 again for ever.
//
// Refresh: a periodic refresh fetches page 1 again. While page 1 is all
// there is, its answer sets the cursor afresh; once a later page is in, the
// cursor stays where it is (the Reader keeps the appended articles, see
// reader.h). A page that meanwhile shifted by new stories may repeat an
// article (dropped by id) or, rarely, skip one at the boundary.
//
//   FeedPaging paging;
//   paging.reset("https://x.ma/wp-json/wp/v2/posts?_embed");
//   paging.first_page_loaded(FeedFormat::WordPress, "", 10, 5);
//   paging.set_end_visible(true);                 // by the view, each frame
//   if (paging.wants_next_page()) fetch(paging.next_page_url()), paging.page_requested();
//   paging.page_loaded(next_url, new_articles, total_pages);   // or page_failed(...)
#pragma once

#include <cstddef>
#include <set>
#include <string>

#include "feed.h"

namespace kiosque {

enum class PagingState { More, Loading, Failed, Ended };

const char* paging_state_name(PagingState state);  // "more", "loading", "failed", "ended"

class FeedPaging {
 public:
  // Another publication: nothing loaded yet, pages of `feed_url`.
  void reset(std::string feed_url);

  // Page 1 arrived: on the first load, or again on a refresh. `next_url`:
  // the JSON Feed's; `total_pages`: X-WP-TotalPages, 0 when unknown.
  void first_page_loaded(FeedFormat format, const std::string& next_url, int total_pages);

  // The view says, each frame the list is drawn, whether its end is on screen.
  void set_end_visible(bool visible);
  // Fetch the next page now: the end is on screen, another page may exist,
  // none is in flight, and a failure has been followed by a new reach.
  bool wants_next_page() const;
  std::string next_page_url() const;
  void page_requested();

  // The page asked for came: `next_url` as for page 1, `new_articles` the
  // articles it added (not already loaded). Ignored when none was asked.
  void page_loaded(const std::string& next_url, std::size_t new_articles, int total_pages);
  // It did not: `http_status` 0 when no answer came; `message` for the row.
  void page_failed(int http_status, std::string message);
  // The error row was pressed: ask again at once.
  void retry();

  PagingState state() const { return state_; }
  const std::string& error() const { return error_; }
  int pages_loaded() const { return pages_loaded_; }  // 0 before page 1

 private:
  void set_cursor(const std::string& next_url, int total_pages);

  std::string feed_url_;
  FeedFormat format_ = FeedFormat::Unknown;
  PagingState state_ = PagingState::Ended;
  int pages_loaded_ = 0;
  int total_pages_ = 0;
  std::string next_url_;           // JSON Feed
  std::set<std::string> fetched_;  // JSON Feed pages already asked: a loop of next_url ends
  std::string error_;
  bool end_visible_ = false;
  bool waiting_for_reach_ = false;  // after a failure: the end must leave the screen first
};

}  // namespace kiosque
