#include "core/stored_feed.h"

#include <doctest/doctest.h>

using namespace kiosque;

TEST_CASE("a stored feed reads back as it was written") {
  StoredFeed feed;
  feed.posts = {"[{\"id\": 1}]", "\"abc\"", "Wed, 21 Oct 2015 07:28:00 GMT"};
  feed.categories = {"[]", "", ""};
  feed.fetched_at = 1700000000;
  const auto read = parse_stored_feed(stored_feed_json(feed));
  REQUIRE(read);
  CHECK(read->posts.body == feed.posts.body);
  CHECK(read->posts.etag == "\"abc\"");
  CHECK(read->posts.last_modified == feed.posts.last_modified);
  CHECK(read->categories.body == "[]");
  CHECK(read->fetched_at == 1700000000);
}

TEST_CASE("anything else is no stored feed") {
  for (const char* json :
       {"", "null", "[]", "{\"version\": 2, \"posts\": {\"body\": \"x\"}}",
        "{\"version\": 1, \"posts\": {\"body\": \"\"}}", "{\"version\": 1, \"posts\": 3}"})
    CHECK_FALSE(parse_stored_feed(json));
}

TEST_CASE("a body that is not valid UTF-8 still stores") {
  StoredFeed feed;
  feed.posts.body = "[\"caf\xE9\"]";
  const auto read = parse_stored_feed(stored_feed_json(feed));
  REQUIRE(read);
  CHECK(read->posts.body.find("caf") == 2);
}
