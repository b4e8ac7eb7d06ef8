#include "core/paging.h"

#include <doctest/doctest.h>

using namespace kiosque;

namespace {
constexpr const char* kPosts = "https://x.ma/wp-json/wp/v2/posts?_embed";

FeedPaging wordpress(int total_pages) {
  FeedPaging paging;
  paging.reset(kPosts);
  paging.first_page_loaded(FeedFormat::WordPress, "", total_pages);
  return paging;
}
}  // namespace

TEST_CASE("nothing is asked before page 1, nor before the end is on screen") {
  FeedPaging paging;
  paging.reset(kPosts);
  paging.set_end_visible(true);
  CHECK_FALSE(paging.wants_next_page());
  paging.first_page_loaded(FeedFormat::WordPress, "", 3);
  paging.set_end_visible(false);
  CHECK_FALSE(paging.wants_next_page());
  paging.set_end_visible(true);
  CHECK(paging.wants_next_page());
  CHECK(paging.next_page_url() == "https://x.ma/wp-json/wp/v2/posts?_embed&page=2");
}

TEST_CASE("WordPress pages follow X-WP-TotalPages, one request at a time") {
  FeedPaging paging = wordpress(3);
  paging.set_end_visible(true);
  paging.page_requested();
  CHECK(paging.state() == PagingState::Loading);
  CHECK_FALSE(paging.wants_next_page());  // already in flight
  paging.page_loaded("", 10, 3);
  CHECK(paging.pages_loaded() == 2);
  CHECK(paging.wants_next_page());
  CHECK(paging.next_page_url() == "https://x.ma/wp-json/wp/v2/posts?_embed&page=3");
  paging.page_requested();
  paging.page_loaded("", 10, 0);  // the header may be missing on a later page
  CHECK(paging.state() == PagingState::Ended);
  CHECK_FALSE(paging.wants_next_page());
}

TEST_CASE("WordPress without the header: an empty page or HTTP 400 ends") {
  FeedPaging empty = wordpress(0);
  empty.set_end_visible(true);
  empty.page_requested();
  empty.page_loaded("", 10, 0);
  CHECK(empty.state() == PagingState::More);
  empty.page_requested();
  empty.page_loaded("", 0, 0);
  CHECK(empty.state() == PagingState::Ended);

  FeedPaging past_the_end = wordpress(0);
  past_the_end.page_requested();
  past_the_end.page_failed(400, "HTTP 400");
  CHECK(past_the_end.state() == PagingState::Ended);
  CHECK(past_the_end.error().empty());
}

TEST_CASE("a server that ignores page= (nothing new) ends the paging") {
  FeedPaging paging = wordpress(0);
  paging.page_requested();
  paging.page_loaded("", 0, 0);
  CHECK(paging.state() == PagingState::Ended);
}

TEST_CASE("a failed page shows its error and is asked again only on the next reach or a retry") {
  FeedPaging paging = wordpress(5);
  paging.set_end_visible(true);
  paging.page_requested();
  paging.page_failed(503, "HTTP 503 : https://x.ma/...");
  CHECK(paging.state() == PagingState::Failed);
  CHECK(paging.error() == "HTTP 503 : https://x.ma/...");
  paging.set_end_visible(true);  // the error row stays on screen: no loop
  CHECK_FALSE(paging.wants_next_page());
  paging.set_end_visible(false);
  paging.set_end_visible(true);  // scrolled away and back
  CHECK(paging.wants_next_page());
  CHECK(paging.next_page_url() == "https://x.ma/wp-json/wp/v2/posts?_embed&page=2");
  paging.page_requested();
  paging.page_failed(0, "offline");
  CHECK_FALSE(paging.wants_next_page());
  paging.retry();  // the error row pressed
  CHECK(paging.wants_next_page());
  paging.page_requested();
  paging.page_loaded("", 10, 5);
  CHECK(paging.state() == PagingState::More);
  CHECK(paging.error().empty());
}

TEST_CASE("JSON Feed pages follow next_url until there is none, or it loops") {
  FeedPaging paging;
  paging.reset("https://n.org/feed.json");
  paging.first_page_loaded(FeedFormat::JsonFeed, "https://n.org/feed.json?page=2", 0);
  paging.set_end_visible(true);
  REQUIRE(paging.wants_next_page());
  CHECK(paging.next_page_url() == "https://n.org/feed.json?page=2");
  paging.page_requested();
  paging.page_loaded("https://n.org/feed.json?page=3", 5, 0);
  CHECK(paging.next_page_url() == "https://n.org/feed.json?page=3");
  paging.page_requested();
  paging.page_loaded("https://n.org/feed.json?page=2", 5, 0);  // back to a page already read
  CHECK(paging.state() == PagingState::Ended);

  FeedPaging last;
  last.reset("https://n.org/feed.json");
  last.first_page_loaded(FeedFormat::JsonFeed, "", 0);
  CHECK(last.state() == PagingState::Ended);
  FeedPaging self_link;
  self_link.reset("https://n.org/feed.json");
  self_link.first_page_loaded(FeedFormat::JsonFeed, "https://n.org/feed.json", 0);
  CHECK(self_link.state() == PagingState::Ended);
}

TEST_CASE("a refresh of page 1 restarts the cursor only while page 1 is all there is") {
  FeedPaging paging = wordpress(2);
  paging.first_page_loaded(FeedFormat::WordPress, "", 4);  // refresh: more pages now
  CHECK(paging.pages_loaded() == 1);
  paging.page_requested();
  paging.page_loaded("", 10, 4);
  paging.first_page_loaded(FeedFormat::WordPress, "", 4);  // refresh after page 2 is in
  CHECK(paging.pages_loaded() == 2);
  CHECK(paging.next_page_url() == "https://x.ma/wp-json/wp/v2/posts?_embed&page=3");
}

TEST_CASE("an answer nobody waits for is ignored") {
  FeedPaging paging = wordpress(3);
  paging.page_loaded("", 10, 3);
  paging.page_failed(500, "late");
  CHECK(paging.pages_loaded() == 1);
  CHECK(paging.state() == PagingState::More);
  CHECK(paging.error().empty());
}
