// Tests for src/core/feed_parser.cpp: format detection, bad input, limits,
// paging. The formats' fields are tested in wordpress_feed_test.cpp and
// json_feed_test.cpp.
#include "core/feed_parser.h"

#include <doctest/doctest.h>

#include <string>

#include "fixture_file.h"

using namespace kiosque;

namespace {

bool has_warning_containing(const ParseResult& result, std::string_view text) {
  for (const std::string& warning : result.warnings)
    if (warning.find(text) != std::string::npos) return true;
  return false;
}

const char* const kMinimalPost =
    R"({"id": 1, "title": {"rendered": "Titre"}, "content": {"rendered": "<p>Texte.</p>"}})";

}  // namespace

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

TEST_CASE("the format comes from the document, not from where it was fetched") {
  FeedInput input;
  const std::string json_feed = read_fixture("jsonfeed_1_1.json");
  input.document = json_feed;
  input.base_url = "https://www.example.ma/wp-json/wp/v2/posts?_embed";
  CHECK(parse_feed(input).feed.format == FeedFormat::JsonFeed);

  const std::string posts = read_fixture("wp_posts_embed.json");
  input.document = posts;
  input.base_url = "https://news.example.org/feed.json";
  CHECK(parse_feed(input).feed.format == FeedFormat::WordPress);
}

TEST_CASE("detection: JSON Feed 1.0 and 1.1, a WordPress list and a single post") {
  CHECK(parse_text(read_fixture("jsonfeed_1_0.json")).feed.format == FeedFormat::JsonFeed);
  CHECK(parse_text(read_fixture("jsonfeed_1_1.json")).feed.format == FeedFormat::JsonFeed);
  CHECK(parse_text(read_fixture("wp_posts.json")).feed.format == FeedFormat::WordPress);
  const ParseResult single = parse_text(read_fixture("wp_post_single.json"));
  CHECK(single.feed.format == FeedFormat::WordPress);
  CHECK(single.feed.articles.size() == 1);
}

TEST_CASE("a document with a byte order mark still parses") {
  const ParseResult result = parse_text("\xEF\xBB\xBF[" + std::string(kMinimalPost) + "]");
  CHECK(result.ok);
  CHECK(result.feed.articles.size() == 1);
}

// ---------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------

TEST_CASE("malformed JSON: the error names the byte offset and what was expected") {
  const ParseResult result = parse_text(read_fixture("malformed_missing_comma.json"));
  CHECK_FALSE(result.ok);
  // The parser stops on the "link" key, which ends at byte 138 (counted from 1).
  CHECK(result.error == "JSON syntax error at byte 138: unexpected string literal; expected '}'");

  const ParseResult truncated = parse_text(read_fixture("malformed_truncated.json"));
  CHECK_FALSE(truncated.ok);
  CHECK(truncated.error.rfind("JSON syntax error at byte ", 0) == 0);
  CHECK(truncated.error.find("missing closing quote") != std::string::npos);
}

TEST_CASE("malformed JSON: a long bad string is not quoted whole in the error") {
  const std::string document = "[\"" + std::string(100000, 'x') + "\x01\"]";
  const ParseResult result = parse_text(document);
  CHECK_FALSE(result.ok);
  CHECK(result.error.size() < 300);
}

TEST_CASE("a failed parse leaves an empty feed") {
  const ParseResult result = parse_text("[{\"id\": 1,");
  CHECK_FALSE(result.ok);
  CHECK(result.feed.format == FeedFormat::Unknown);
  CHECK(result.feed.articles.empty());
}

TEST_CASE("empty and non-JSON documents") {
  CHECK(parse_text("").error == "Empty document");
  CHECK(parse_text(" \n\t ").error == "Empty document");
  const ParseResult html = parse_text("<!DOCTYPE html><html><body>404</body></html>");
  CHECK_FALSE(html.ok);
  CHECK(html.error.rfind("Not JSON: the document starts with \"<\"", 0) == 0);
}

TEST_CASE("valid JSON of the wrong shape names the format tried and what is missing") {
  CHECK(parse_text(read_fixture("wrong_shape_object.json")).error ==
        "Not a WordPress posts list or JSON Feed: the document is a JSON object without "
        "\"version\" or \"id\"");
  CHECK(parse_text(read_fixture("jsonfeed_no_items.json")).error ==
        "JSON Feed: \"items\" is missing");
  CHECK(parse_text(R"({"version": "https://jsonfeed.org/version/1.1", "items": {}})").error ==
        "JSON Feed: \"items\" is a JSON object, not an array");
  CHECK(parse_text("42").error ==
        "Not a WordPress posts list or JSON Feed: the document is a JSON number");
  CHECK(parse_text("null").error ==
        "Not a WordPress posts list or JSON Feed: the document is JSON null");
  CHECK(parse_text("[1, 2, 3]").error.find("a JSON array without posts") != std::string::npos);
  CHECK(parse_text(R"({"id": 5, "name": "x"})").error.find("no \"title\"") != std::string::npos);
}

TEST_CASE("an unsupported JSON Feed version is named") {
  const ParseResult result =
      parse_text(R"({"version": "https://jsonfeed.org/version/2", "items": []})");
  CHECK_FALSE(result.ok);
  CHECK(result.error.find("unsupported \"version\" \"https://jsonfeed.org/version/2\"") !=
        std::string::npos);
}

TEST_CASE("a WordPress error answer and a categories list given as posts are recognised") {
  const ParseResult error = parse_text(read_fixture("wp_error.json"));
  CHECK_FALSE(error.ok);
  CHECK(error.error.find("\"rest_post_invalid_page_number\"") != std::string::npos);

  const ParseResult terms = parse_text(read_fixture("wp_categories.json"));
  CHECK_FALSE(terms.ok);
  CHECK(terms.error.find("a list of terms") != std::string::npos);
}

TEST_CASE("an empty list is a valid feed with no articles, and says so") {
  const ParseResult wordpress = parse_text("[]");
  CHECK(wordpress.ok);
  CHECK(wordpress.feed.articles.empty());
  CHECK(has_warning_containing(wordpress, "no articles"));

  const ParseResult json_feed = parse_text(read_fixture("jsonfeed_empty.json"));
  CHECK(json_feed.ok);
  CHECK(json_feed.feed.title == "Vide");
  CHECK(has_warning_containing(json_feed, "no articles"));
}

TEST_CASE("a list whose every item is bad is an error, with the first reason") {
  const ParseResult result =
      parse_text(R"([{"id": 1, "title": {"rendered": ""}}, {"id": 2, "link": "https://x.ma/"}])");
  CHECK_FALSE(result.ok);
  CHECK(result.error ==
        "WordPress: none of the 2 items could be read (item 1: no title and no text)");
}

TEST_CASE("invalid UTF-8 inside strings is repaired, not fatal") {
  const std::string document = "[{\"id\": 1, \"title\": {\"rendered\": \"Caf\xE9 du coin\"}}]";
  const ParseResult result = parse_text(document);
  REQUIRE(result.ok);
  CHECK(result.feed.articles[0].title == "Caf\xEF\xBF\xBD du coin");
  CHECK(has_warning_containing(result, "invalid UTF-8"));
}

// ---------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------

TEST_CASE("limits: a document read whole over max_bytes is refused, a posts array is not") {
  FeedLimits limits;
  limits.max_bytes = 100;
  const ParseResult result = parse_text(read_fixture("jsonfeed_1_1.json"), limits);
  CHECK_FALSE(result.ok);
  CHECK(result.error.find("over the limit of 100 bytes") != std::string::npos);
  // A posts array is read one post at a time: only its posts are limited.
  const ParseResult posts = parse_text(read_fixture("wp_posts.json"), limits);
  CHECK(posts.ok);
  CHECK_FALSE(posts.feed.articles.empty());
}

TEST_CASE("limits: a posts array element over max_item_bytes is skipped, the others load") {
  const std::string big =
      R"({"id": 2, "title": {"rendered": ")" + std::string(5000, 'x') + R"("}})";
  FeedLimits limits;
  limits.max_item_bytes = 1000;
  const ParseResult result = parse_text("[" + std::string(kMinimalPost) + "," + big + "]", limits);
  REQUIRE(result.ok);
  CHECK(result.feed.articles.size() == 1);
  CHECK(has_warning_containing(result, "item 2 skipped: its 5036 bytes are over the 1000-byte"));
}

TEST_CASE("limits: a million-deep nesting is refused before parsing") {
  const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
  const ParseResult result = parse_text(deep);
  CHECK_FALSE(result.ok);
  CHECK(result.error == "JSON nesting deeper than the limit of 64 levels at byte 65");
  // Brackets inside strings are text, not nesting.
  const std::string in_string =
      R"([{"id": 1, "title": {"rendered": ")" + std::string(1000, '[') + R"("}}])";
  CHECK(parse_text(in_string).ok);
}

TEST_CASE("limits: items past max_items are dropped with a warning") {
  FeedLimits limits;
  limits.max_items = 2;
  const ParseResult result = parse_text(read_fixture("wp_posts_embed.json"), limits);
  CHECK(result.ok);
  CHECK(result.feed.articles.size() == 2);
  CHECK(has_warning_containing(result, "only the first 2 of 3 item entries were read"));
}

TEST_CASE("limits: an item holding an oversized string is skipped, the rest load") {
  FeedLimits limits;
  limits.max_string = 1000;
  const std::string document =
      "[" + std::string(kMinimalPost) +
      R"(, {"id": 2, "title": {"rendered": "Long"}, "content": {"rendered": ")" +
      std::string(5000, 'a') + R"("}}])";
  const ParseResult result = parse_text(document, limits);
  CHECK(result.ok);
  CHECK(result.feed.articles.size() == 1);
  CHECK(has_warning_containing(
      result, "item 2 skipped: a string of 5000 bytes is over the 1000-byte limit"));
}

TEST_CASE("warnings are capped so a feed of broken items stays readable") {
  std::string document = "[";
  for (int i = 1; i <= 300; ++i)
    document +=
        (i > 1 ? "," : "") + std::string(R"({"id": )") + std::to_string(i) +
        R"json(, "title": {"rendered": "T"}, "link": "javascript:x()", "date_gmt": "x"})json";
  document += "]";
  const ParseResult result = parse_text(document);
  CHECK(result.ok);
  CHECK(result.feed.articles.size() == 300);
  CHECK(result.warnings.size() == 101);
  CHECK(result.warnings.back() == "500 more warnings not shown");
}

// ---------------------------------------------------------------------------
// Paging
// ---------------------------------------------------------------------------

TEST_CASE("append_page adds new articles and sections and takes the next link") {
  const ParseResult first = parse_text(read_fixture("jsonfeed_1_1.json"));
  REQUIRE(first.ok);
  Feed feed = first.feed;
  const std::size_t articles_before = feed.articles.size();
  CHECK(feed.next_url == "https://news.example.org/feed.json?page=2");

  const ParseResult second = parse_text(R"({"version": "https://jsonfeed.org/version/1.1",
    "items": [
      {"id": "note-42", "title": "Déjà là", "content_text": "x", "tags": ["Sport"]},
      {"id": "nouveau", "title": "Nouveau", "content_text": "y", "tags": ["Sport", "Maroc"]}]})");
  REQUIRE(second.ok);
  append_page(feed, Feed(second.feed));
  CHECK(feed.articles.size() == articles_before + 1);
  CHECK(feed.find_article("note-42")->title != "Déjà là");  // the first page's copy is kept
  CHECK(feed.find_article("nouveau") != nullptr);
  CHECK(feed.find_section("sport") != nullptr);
  std::size_t maroc_sections = 0;
  for (const Section& section : feed.sections) maroc_sections += section.id == "maroc";
  CHECK(maroc_sections == 1);
  CHECK(feed.next_url.empty());  // the last page
}

TEST_CASE("wordpress_page_url sets or replaces page= and keeps the rest") {
  CHECK(wordpress_page_url("https://x.ma/wp-json/wp/v2/posts", 2) ==
        "https://x.ma/wp-json/wp/v2/posts?page=2");
  CHECK(wordpress_page_url("https://x.ma/wp-json/wp/v2/posts?_embed", 3) ==
        "https://x.ma/wp-json/wp/v2/posts?_embed&page=3");
  CHECK(wordpress_page_url("https://x.ma/wp-json/wp/v2/posts?page=1&_embed&per_page=20", 4) ==
        "https://x.ma/wp-json/wp/v2/posts?page=4&_embed&per_page=20");
  // per_page is not page; a repeated page= is dropped; the fragment stays last.
  CHECK(wordpress_page_url("https://x.ma/p?per_page=5&page=2&page=9#top", 3) ==
        "https://x.ma/p?per_page=5&page=3#top");
  CHECK(wordpress_page_url("https://x.ma/p?", 0) == "https://x.ma/p?page=1");
}
