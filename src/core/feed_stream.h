// Kiosque core: reading a feed document as it arrives, chunk by chunk.
//
//   FeedStream stream("https://x.ma/wp-json/wp/v2/posts?_embed");
//   stream.push(chunk);                       // as often as the network delivers
//   if (stream.articles_read() >= 12) show(stream.preview(12));
//   ParseResult result = stream.finish(categories_document);
//
// finish() gives what parse_feed gives for the whole document (parse_feed is
// this stream pushed the document at once), wherever the chunks were cut:
// the same articles, sections, warnings and errors, syntax errors at the
// same byte.
//
// A top-level array (WordPress posts) is read one element at a time: the
// stream holds the bytes of the element being read, not the document, and
// each post becomes an Article as soon as its closing bracket arrives. So
// the document's size has no limit; FeedLimits::max_item_bytes bounds one
// element (a larger one is skipped with a warning), max_items the articles.
// Any other document (JSON Feed, one post, an error object) is kept whole,
// within FeedLimits::max_bytes, and read at finish().
//
// The categories document only decides the sections, so it can come after
// the posts: it is given to finish(). preview() shows the sections the
// posts embed meanwhile.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "feed_parser.h"

namespace kiosque {

class FeedStream {
 public:
  // `base_url`: where the document comes from (resolves relative links);
  // `media`: an optional /wp/v2/media document.
  explicit FeedStream(std::string base_url, const FeedLimits& limits = {}, std::string media = {});
  ~FeedStream();
  FeedStream(const FeedStream&) = delete;
  FeedStream& operator=(const FeedStream&) = delete;

  // The next bytes of the document. Cheap once the result is known to be an
  // error: the rest is only scanned for the nesting limit.
  void push(std::string_view chunk);
  // Articles read so far from a posts array (0 for the other documents).
  std::size_t articles_read() const;
  // The first `count` articles read so far, with the sections they embed,
  // as a feed to show while the rest arrives; not ok before any article.
  ParseResult preview(std::size_t count) const;
  // The end of the document; `categories`: the /wp/v2/categories response,
  // if any. Call once.
  ParseResult finish(std::string_view categories = {});

 private:
  class Reader;
  std::unique_ptr<Reader> reader_;
};

}  // namespace kiosque
