// Tests for src/core/feed_stream.cpp: a document pushed in pieces reads as
// the whole document does (parse_feed), wherever it is cut; posts are read
// as they arrive; errors keep the whole document's byte.
#include "core/feed_stream.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/feed_json.h"
#include "fixture_file.h"

using namespace kiosque;

namespace {

const char* const kPost =
    R"({"id": 1, "title": {"rendered": "Titre"}, "content": {"rendered": "<p>Texte.</p>"}})";

// Everything a reader of the result could see, as one comparable string.
std::string everything(const ParseResult& result) {
  return std::string(result.ok ? "ok\n" : "failed\n") + result.error + "\n" +
         feed_to_json(result.feed, result.warnings);
}

ParseResult parse_in_pieces(std::string_view document, const std::vector<std::size_t>& cuts,
                            std::string_view categories = {}, const FeedLimits& limits = {}) {
  FeedStream stream("https://www.example.ma/wp-json/wp/v2/posts?_embed", limits);
  std::size_t from = 0;
  for (const std::size_t cut : cuts) {
    stream.push(document.substr(from, cut - from));
    from = cut;
  }
  stream.push(document.substr(from));
  return stream.finish(categories);
}

ParseResult parse_whole(std::string_view document, std::string_view categories = {},
                        const FeedLimits& limits = {}) {
  FeedInput input;
  input.document = document;
  input.categories = categories;
  input.base_url = "https://www.example.ma/wp-json/wp/v2/posts?_embed";
  return parse_feed(input, limits);
}

// Every cut into two pieces, one byte at a time, and random pieces.
void check_every_split(const std::string& document, std::string_view categories = {},
                       const FeedLimits& limits = {}) {
  const std::string expected = everything(parse_whole(document, categories, limits));
  for (std::size_t cut = 0; cut <= document.size(); ++cut) {
    const std::string got = everything(parse_in_pieces(document, {cut}, categories, limits));
    if (got != expected) {
      FAIL_CHECK("cut at byte ", cut, " of ", document.substr(0, 80), ":\n", got, "\nexpected\n",
                 expected);
      return;
    }
  }
  std::vector<std::size_t> every_byte(document.size());
  for (std::size_t i = 0; i < document.size(); ++i) every_byte[i] = i;
  CHECK(everything(parse_in_pieces(document, every_byte, categories, limits)) == expected);
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    std::vector<std::size_t> cuts;
    for (std::size_t at = 0; at < document.size(); at += 1 + random() % 64) cuts.push_back(at);
    CHECK(everything(parse_in_pieces(document, cuts, categories, limits)) == expected);
  }
}

std::size_t syntax_byte(const ParseResult& result) {
  REQUIRE(result.problem.kind == FeedErrorKind::Syntax);
  return result.problem.byte;
}

}  // namespace

TEST_CASE("every cut of every fixture reads as the whole document") {
  for (const char* name :
       {"wp_posts_embed.json", "wp_posts.json", "wp_bad_items.json", "wp_post_single.json",
        "wp_error.json", "wp_media.json", "wp_categories.json", "jsonfeed_1_0.json",
        "jsonfeed_1_1.json", "jsonfeed_empty.json", "jsonfeed_hostile.json",
        "jsonfeed_no_items.json", "malformed_missing_comma.json", "malformed_truncated.json",
        "wrong_shape_object.json"}) {
    CAPTURE(name);
    check_every_split(read_fixture(name));
  }
  // The categories document comes at the end; the sections are its.
  check_every_split(read_fixture("wp_posts.json"), read_fixture("wp_categories.json"));
}

TEST_CASE("every cut of hostile and broken arrays reads as the whole document") {
  const std::string post = kPost;
  for (const std::string& document : std::vector<std::string>{
           "[]",
           " [ ]\n",
           "\xEF\xBB\xBF[" + post + "]",
           "[" + post + " " + post + "]",
           "[" + post + ",]",
           "[" + post + "] x",
           "[" + post + "]]",
           "[tru, " + post + "]",
           "[1 2]",
           "[" + post + ", 42, \"s\", null, -2.5e3]",
           "[" + post + ",",
           "[" + post + ", {\"id\": 2, \"title\": \"a",
           "[" + post + ", tru",
           "[,1]",
           "[{\"t\": \"a ] } [ {\\\"\"}, " + post + "]",
           "[1, 2, 3]",
           R"([{"id": 3, "taxonomy": "category", "name": "x"}])",
           "[" + post + ", {\"id\": 2, \"title\": {\"rendered\": \"caf\xE9\"}}]",
           "[{\"id\": 2, \"title\": \"\xFF\"}, " + post + ", {\"id\": 3, \"title\": tru}]",
           "[" + post + ", {\"a\": }, " + std::string(70, '[') + "]",
           "[" + post + "} ",
           "\xEF\xBB[" + post + "]",
           "  <html>",
           "   ",
           "42",
           "[" + post + "]\xEF",
       }) {
    CAPTURE(document);
    check_every_split(document);
  }
  FeedLimits limits;
  limits.max_items = 1;
  limits.max_item_bytes = 60;
  check_every_split("[" + post + ", {\"id\": 2, \"title\": \"" + std::string(80, 'x') + "\"}]", {},
                    limits);
}

TEST_CASE("a broken top level fails at the whole document's byte") {
  const std::string post = kPost;
  // The second post's "{", where a comma or "]" was due.
  const std::string missing_comma = "[" + post + " " + post + "]";
  const ParseResult missing = parse_in_pieces(missing_comma, {10, 90});
  CHECK(syntax_byte(missing) == post.size() + 3);
  CHECK(missing.error.find("unexpected '{'; expected ']'") != std::string::npos);
  // Trailing data after the array.
  CHECK(syntax_byte(parse_in_pieces("[" + post + "] x", {5})) == post.size() + 4);
  // A syntax error in a later post counts from the document's start.
  const std::string later = "[" + post + ", {\"id\": 2, \"title\": tru}]";
  CHECK(syntax_byte(parse_in_pieces(later, {3})) == later.find("tru}") + 4);
}

TEST_CASE("nesting past the limit anywhere wins over an earlier syntax error") {
  const std::string document =
      "[" + std::string(kPost) + ", {\"a\": }, " + std::string(70, '[') + "]";
  const ParseResult result = parse_in_pieces(document, {20});
  CHECK(result.problem.kind == FeedErrorKind::TooDeep);
}

TEST_CASE("posts are read as they arrive; preview shows the first of them") {
  std::string document = "[";
  for (int id = 1; id <= 30; ++id) {
    if (id > 1) document += ",";
    document +=
        R"({"id": )" + std::to_string(id) + R"(, "title": {"rendered": "Titre )" +
        std::to_string(id) +
        R"("}, "_embedded": {"wp:term": [[{"id": 7, "name": "Monde", "taxonomy": "category"}]]}})";
  }
  document += "]";
  FeedStream stream("https://x.ma/wp-json/wp/v2/posts");
  CHECK_FALSE(stream.preview(5).ok);  // nothing yet
  const std::size_t half = document.size() / 2;
  stream.push(std::string_view(document).substr(0, half));
  const std::size_t read = stream.articles_read();
  CHECK(read > 10);
  CHECK(read < 30);
  const ParseResult preview = stream.preview(5);
  REQUIRE(preview.ok);
  CHECK(preview.feed.articles.size() == 5);
  CHECK(preview.feed.articles[4].title == "Titre 5");
  REQUIRE(preview.feed.sections.size() == 1);
  CHECK(preview.feed.sections[0].name == "Monde");
  stream.push(std::string_view(document).substr(half));
  const ParseResult result = stream.finish();
  REQUIRE(result.ok);
  CHECK(result.feed.articles.size() == 30);
}

TEST_CASE("a JSON Feed is read whole: no preview, the same result at the end") {
  const std::string document = read_fixture("jsonfeed_1_1.json");
  FeedStream stream("https://www.example.ma/wp-json/wp/v2/posts?_embed");
  stream.push(document);
  CHECK(stream.articles_read() == 0);
  CHECK_FALSE(stream.preview(3).ok);
  CHECK(everything(stream.finish()) == everything(parse_whole(document)));
}

TEST_CASE("parse_feed: a bad item among streamed ones is skipped, the others load") {
  FeedInput input;
  input.document =
      R"([{"id": 1, "title": {"rendered": "Un"}}, 42, {"id": 3, "title": {"rendered": "[Trois]"}}])";
  const ParseResult result = parse_feed(input);
  REQUIRE(result.ok);
  REQUIRE(result.feed.articles.size() == 2);
  CHECK(result.feed.articles[1].title == "[Trois]");
  CHECK(std::count(result.warnings.begin(), result.warnings.end(),
                   "item 2 skipped: not an object") == 1);
}

TEST_CASE("what comes before the first post is kept within the limits, the rest only counted") {
  // A hostile array of non-posts must not grow the heap with the document:
  // at most max_bytes of their text and max_items of them wait for a post.
  FeedLimits limits;
  limits.max_bytes = 64;
  std::string document = "[";
  for (int i = 0; i < 20; ++i) document += R"("padding-padding",)";  // 17 bytes each
  document += std::string(kPost) + "]";
  const ParseResult result = parse_whole(document, {}, limits);
  REQUIRE(result.ok);
  REQUIRE(result.feed.articles.size() == 1);
  CHECK(result.feed.articles[0].title == "Titre");
  // 3 strings fit in 64 bytes and are read as (bad) items; 17 are only counted.
  CHECK(std::count(result.warnings.begin(), result.warnings.end(),
                   "17 items before the first post skipped") == 1);
  CHECK(std::count(result.warnings.begin(), result.warnings.end(),
                   "item 3 skipped: not an object") == 1);
  CHECK(std::count(result.warnings.begin(), result.warnings.end(),
                   "item 4 skipped: not an object") == 0);
  check_every_split(document, {}, limits);
}
