// Tests for src/core/json_feed.cpp: JSON Feed 1.1 and 1.0.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/dates.h"
#include "core/feed_parser.h"
#include "fixture_file.h"

using namespace kiosque;

namespace {

ParseResult parse_json_feed(const std::string& document) {
  FeedInput input;
  input.document = document;
  input.base_url = "https://news.example.org/feed.json";
  return parse_feed(input);
}

bool has_warning_containing(const ParseResult& result, std::string_view text) {
  return std::any_of(result.warnings.begin(), result.warnings.end(),
                     [&](const std::string& w) { return w.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("JSON Feed 1.1: feed fields, relative icon resolved against the feed URL") {
  const ParseResult result = parse_json_feed(read_fixture("jsonfeed_1_1.json"));
  REQUIRE(result.ok);
  const Feed& feed = result.feed;
  CHECK(feed.format == FeedFormat::JsonFeed);
  CHECK(feed.title == "Le Quotidien & Cie");
  CHECK(feed.home_url == "https://news.example.org/");
  CHECK(feed.next_url == "https://news.example.org/feed.json?page=2");
  CHECK(feed.icon == "https://news.example.org/icon-512.png");
  CHECK(feed.language == "fr-FR");
  CHECK(feed.articles.size() == 4);
}

TEST_CASE("JSON Feed 1.1: an item's text, dates and authors") {
  const ParseResult result = parse_json_feed(read_fixture("jsonfeed_1_1.json"));
  REQUIRE(result.ok);
  const Article& article = result.feed.articles[0];
  CHECK(article.id == "https://news.example.org/2024/11/01/ukraine");
  CHECK(article.title == "Ukraine : l’armée annonce « une nouvelle phase »");
  CHECK(article.summary == "Le ministère a annoncé une nouvelle phase.");  // whitespace collapsed
  CHECK(article.body.size() == 2);
  CHECK(format_iso8601(article.published) == "2024-11-01T14:05:00Z");  // +01:00 offset
  CHECK(format_iso8601(article.updated) == "2024-11-02T09:30:00Z");
  CHECK(article.authors == std::vector<std::string>{"Salma Idrissi"});
  // Items without authors take the feed's.
  CHECK(result.feed.articles[1].authors == std::vector<std::string>{"La rédaction"});
}

TEST_CASE("JSON Feed: tags become slugified sections, one per slug") {
  const ParseResult result = parse_json_feed(read_fixture("jsonfeed_1_1.json"));
  REQUIRE(result.ok);
  const Feed& feed = result.feed;
  const Article& article = feed.articles[0];
  CHECK(article.tags ==
        std::vector<std::string>{"Monde", "Guerre en Ukraine", "Économie", "economie"});
  CHECK(article.section_ids == std::vector<std::string>{"monde", "guerre-en-ukraine", "economie"});
  const Section* war = feed.find_section_by_slug("guerre-en-ukraine");
  REQUIRE(war != nullptr);
  CHECK(war->name == "Guerre en Ukraine");
  CHECK(war->parent_id.empty());
  CHECK(feed.find_section("economie")->name == "Économie");  // the first spelling wins
  CHECK(feed.sections.size() == 4);                          // + "maroc" from item 2
}

TEST_CASE("JSON Feed: an untitled item takes the first words of its text") {
  const ParseResult result = parse_json_feed(read_fixture("jsonfeed_1_1.json"));
  REQUIRE(result.ok);
  const Article& note = result.feed.articles[1];
  CHECK(note.title ==
        "Coupure d'électricité prévue demain matin dans trois quartiers de Casablanca,…");
  // content_text: blank lines separate paragraphs.
  REQUIRE(note.body.size() == 2);
  CHECK(note.body[1].plain_text() == "Les habitants sont invités à prendre leurs précautions.");
  CHECK(note.url == "https://news.example.org/notes/42");  // relative url resolved
}

TEST_CASE("JSON Feed: images from image, banner_image, then an image attachment") {
  const ParseResult result = parse_json_feed(read_fixture("jsonfeed_1_1.json"));
  REQUIRE(result.ok);
  const Feed& feed = result.feed;
  CHECK(feed.articles[0].image.url == "https://news.example.org/img/front.jpg");
  CHECK(feed.articles[2].image.url == "https://news.example.org/img/banner-only.jpg");
  CHECK(feed.articles[3].image.url == "https://news.example.org/img/port.jpg");
  CHECK(feed.articles[3].image.alt == "Le port");
  CHECK(feed.articles[1].image.empty());
}

TEST_CASE("JSON Feed: a number id is read as text; external_url stands in for url") {
  const ParseResult result = parse_json_feed(read_fixture("jsonfeed_1_1.json"));
  REQUIRE(result.ok);
  const Article& link_post = result.feed.articles[2];
  CHECK(link_post.id == "3");
  CHECK(link_post.url == "https://ailleurs.example.com/analyse");
  CHECK(format_iso8601(link_post.published) == "2024-11-01T00:00:00Z");  // -04:00 past midnight
}

TEST_CASE("JSON Feed 1.0: a single author object, per item and for the feed") {
  const ParseResult result = parse_json_feed(read_fixture("jsonfeed_1_0.json"));
  REQUIRE(result.ok);
  CHECK(result.feed.articles[0].authors == std::vector<std::string>{"Youssef Amrani"});
  CHECK(result.feed.articles[1].authors == std::vector<std::string>{"Invitée"});
  CHECK(result.feed.articles[1].body[0].plain_text() == "Au revoir.");
  CHECK(result.feed.next_url.empty());
}

TEST_CASE("JSON Feed: hostile links are dropped with warnings, items kept") {
  const ParseResult result = parse_json_feed(read_fixture("jsonfeed_hostile.json"));
  REQUIRE(result.ok);
  const Feed& feed = result.feed;
  CHECK(feed.home_url.empty());
  CHECK(feed.next_url.empty());
  CHECK(feed.icon.empty());
  CHECK(has_warning_containing(result, "feed \"next_url\" ignored"));
  const Article& trapped = feed.articles[0];
  CHECK(trapped.id == "a");
  CHECK(trapped.url.empty());
  CHECK(trapped.image.empty());
  CHECK(
      has_warning_containing(result, "item 1: url \"javascript:alert(1)\" is not an http(s) URL"));
  CHECK(has_warning_containing(result, "item 1: image \"data:image/png"));
  CHECK(has_warning_containing(result, "item 1: unreadable date_published \"hier\""));
  CHECK(trapped.section_ids.empty());  // "tags": "not-a-list"
}

TEST_CASE("JSON Feed: wrong-typed values are ignored, bad items skipped with the reason") {
  const ParseResult result = parse_json_feed(read_fixture("jsonfeed_hostile.json"));
  REQUIRE(result.ok);
  const Feed& feed = result.feed;
  REQUIRE(feed.articles.size() == 3);  // a, b, c
  const Article& numeric = feed.articles[1];
  CHECK(numeric.title == "Titre numérique.");               // "title": 1e308
  CHECK(numeric.tags == std::vector<std::string>{"Vrai"});  // [1, null, {}, "Vrai"]
  CHECK(numeric.authors.empty());                           // feed "authors": "nobody"
  CHECK(feed.articles[2].published == kUnknownTime);        // a 21-digit number
  CHECK(has_warning_containing(result, "item 3 skipped: no id"));
  CHECK(has_warning_containing(result, "item 5 skipped: no id"));  // "id": ""
  CHECK(has_warning_containing(result, "item 6 skipped: not an object"));
  CHECK(has_warning_containing(result, "item 4: unreadable date_published a JSON number"));
}

TEST_CASE("JSON Feed: a feed-level string over the limit is ignored, the feed loads") {
  FeedLimits limits;
  limits.max_string = 100;
  FeedInput input;
  const std::string document =
      R"({"version": "https://jsonfeed.org/version/1.1", "title": ")" + std::string(500, 't') +
      R"(", "items": [{"id": "1", "title": "Court", "content_text": "x"}]})";
  input.document = document;
  const ParseResult result = parse_feed(input, limits);
  REQUIRE(result.ok);
  CHECK(result.feed.title.empty());
  CHECK(result.feed.articles.size() == 1);
  CHECK(has_warning_containing(result, "feed \"title\" ignored: a string of 500 bytes"));
}
