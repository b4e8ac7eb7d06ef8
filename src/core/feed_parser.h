// Kiosque core: reading a feed document into the model.
//
// The format is detected from the document, not from its URL:
//   - a JSON object with "version" starting "https://jsonfeed.org/version/1"
//     is a JSON Feed (1.0 or 1.1);
//   - a JSON array holding an object with "id" and one of "title",
//     "content", "excerpt", "link" (or an empty array), or one such object,
//     is a WordPress REST API v2 posts response (with or without _embed).
// WordPress sections come from `categories` (/wp/v2/categories) when given,
// else from the terms embedded in the posts; featured images from `_embed`
// or from `media` (/wp/v2/media) when given. A broken categories or media
// document is a warning, not an error.
//
// Bad input never throws: the result says what went wrong (a FeedError,
// said in the reader's language by describe_feed_error). One bad item
// among good ones is skipped with a warning ("item 3 skipped: no id",
// counting from 1); the rest load. Warnings are capped at 100 plus a count.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "feed.h"
#include "feed_errors.h"

namespace kiosque {

// A posts array is read one element at a time (feed_stream.h): its size has
// no limit, its elements and the model have.
struct FeedLimits {
  // A larger document is refused, unless it is a posts array: JSON Feed,
  // one post, categories and media documents are read as one DOM.
  std::size_t max_bytes = 32u << 20;
  std::size_t max_item_bytes = 8u << 20;  // a larger array element is skipped (warning)
  std::size_t max_items = 10000;          // further articles are dropped (warning)
  int max_depth = 64;                     // deeper JSON nesting is refused
  std::size_t max_string = 4u << 20;      // a longer string is refused
};

struct FeedInput {
  std::string_view document;    // the posts / JSON Feed document
  std::string_view categories;  // optional: /wp/v2/categories response
  std::string_view media;       // optional: /wp/v2/media response
  std::string base_url;         // where `document` came from: resolves relative links
};

struct ParseResult {
  bool ok = false;
  Feed feed;                          // valid when ok
  FeedError problem;                  // when !ok: what went wrong (feed_errors.h)
  std::string error;                  // when !ok: `problem` in one English sentence
  std::vector<std::string> warnings;  // skipped items, limits hit, ...
};

// The whole document at once: a FeedStream (feed_stream.h) pushed it in one chunk.
ParseResult parse_feed(const FeedInput& input, const FeedLimits& limits = {});

// Page 2 onwards: adds the new page's articles (skipping ids already there)
// and sections to `into`, and takes its next_url.
void append_page(Feed& into, Feed&& page);

// WordPress gives no next link in the body: the page count is in the
// X-WP-TotalPages header. The widget asks for page N of a posts URL with
// this: `page=` is set (or replaced) in the query, everything else kept.
//   wordpress_page_url("https://x.ma/wp-json/wp/v2/posts?_embed&page=1", 2)
//     == "https://x.ma/wp-json/wp/v2/posts?_embed&page=2"
std::string wordpress_page_url(std::string_view posts_url, int page);

}  // namespace kiosque
