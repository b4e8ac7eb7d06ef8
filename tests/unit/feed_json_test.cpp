// Tests for src/core/feed_json.cpp: what `kiosque-feed normalize` and
// `kiosque-feed check` print. JSON_NOEXCEPTION comes from kiosque_core, so
// reading the output here must not rely on exceptions either.
#include "core/feed_json.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/feed_parser.h"
#include "fixture_file.h"

using namespace kiosque;
using Json = nlohmann::json;

namespace {

ParseResult parse_fixture(const std::string& name) {
  const std::string document = read_fixture(name);
  FeedInput input;
  input.document = document;
  input.base_url = "https://news.example.org/feed.json";
  return parse_feed(input);
}

// Non-const on purpose: operator[] on a missing key then gives null (a
// failed CHECK) where the const one would assert.
Json normalized(const ParseResult& result) {
  Json json = Json::parse(feed_to_json(result.feed, result.warnings), nullptr, false);
  REQUIRE_FALSE(json.is_discarded());
  REQUIRE(json.is_object());
  return json;
}

}  // namespace

TEST_CASE("normalize: the feed, its sections and warnings") {
  const ParseResult result = parse_fixture("wp_posts_embed.json");
  REQUIRE(result.ok);
  Json json = normalized(result);
  CHECK(json["format"] == "wordpress");
  CHECK(json["next_url"].is_null());
  REQUIRE(json["sections"].is_array());
  Json& section = json["sections"][0];
  CHECK(section["id"] == "12");
  CHECK(section["name"] == "Guerre en Ukraine");
  CHECK(section["slug"] == "guerre-en-ukraine");
  CHECK(section["parent"].is_null());
  CHECK(json["warnings"].size() == result.warnings.size());
}

TEST_CASE("normalize: an article with ISO dates, null update, image, blocks") {
  const ParseResult result = parse_fixture("wp_posts_embed.json");
  REQUIRE(result.ok);
  Json json = normalized(result);
  Json& first = json["articles"][0];
  CHECK(first["id"] == "4512");
  CHECK(first["url"] == "https://www.example.ma/monde/ukraine-front-est/");
  CHECK(first["published"] == "2024-11-01T14:05:00Z");
  CHECK(first["updated"] == "2024-11-02T09:30:00Z");
  CHECK(first["authors"] == Json::array({"Salma Idrissi"}));
  CHECK(first["sections"] == Json::array({"12"}));
  CHECK(first["image"]["url"] == "https://www.example.ma/wp-content/uploads/2024/11/front.jpg");
  CHECK(first["image"]["alt"] == "Des blindés sur une route enneigée");
  CHECK(first["reading_minutes"] == 5);
  REQUIRE(first["blocks"].is_array());
  CHECK(first["blocks"][0]["type"] == "paragraph");
  const auto* text = first["blocks"][0]["text"].get_ptr<const std::string*>();
  REQUIRE(text != nullptr);
  CHECK(text->find("nouvelle phase") != std::string::npos);

  Json& second = json["articles"][1];
  CHECK(second["updated"].is_null());
  CHECK(second["image"].is_null());
}

TEST_CASE("normalize: block details by type") {
  Feed feed;
  feed.format = FeedFormat::JsonFeed;
  Article article;
  article.id = "x";
  Block heading;
  heading.type = BlockType::Heading;
  heading.level = 3;
  heading.runs.push_back({"Titre", kRunPlain, {}});
  Block item;
  item.type = BlockType::ListItem;
  item.depth = 2;
  item.ordered = true;
  item.ordinal = 4;
  item.runs.push_back({"Lien", kRunBold, "https://x.example/"});
  Block figure;
  figure.type = BlockType::Image;
  figure.image.url = "https://x.example/a.jpg";
  figure.image.caption = "Légende";
  article.body = {heading, item, figure};
  feed.articles.push_back(article);

  Json json = Json::parse(feed_to_json(feed, {}), nullptr, false);
  Json& blocks = json["articles"][0]["blocks"];
  CHECK(json["format"] == "jsonfeed");
  CHECK(blocks[0]["level"] == 3);
  CHECK_FALSE(blocks[0].contains("runs"));  // plain text: "text" says it all
  CHECK(blocks[1]["type"] == "list_item");
  CHECK(blocks[1]["depth"] == 2);
  CHECK(blocks[1]["ordinal"] == 4);
  CHECK(blocks[1]["runs"][0]["bold"] == true);
  CHECK(blocks[1]["runs"][0]["link"] == "https://x.example/");
  CHECK(blocks[2]["image"]["caption"] == "Légende");
  CHECK(json["articles"][0]["published"].is_null());
}

TEST_CASE("check: a usable feed is summarised") {
  const ParseResult result = parse_fixture("jsonfeed_1_1.json");
  REQUIRE(is_usable(result));
  const std::string summary = describe_parse_result(result);
  CHECK(summary.find("format:   jsonfeed\n") != std::string::npos);
  CHECK(summary.find("title:    Le Quotidien & Cie\n") != std::string::npos);
  CHECK(summary.find("articles: 4\n") != std::string::npos);
  CHECK(summary.find("images:   3 featured") != std::string::npos);
  CHECK(summary.find("sections: 4 (Monde, Guerre en Ukraine, Économie, Maroc)") !=
        std::string::npos);
}

TEST_CASE("check: an unusable feed gives the reason") {
  const ParseResult broken = parse_fixture("malformed_truncated.json");
  CHECK_FALSE(is_usable(broken));
  CHECK(describe_parse_result(broken).rfind("unusable: JSON syntax error at byte", 0) == 0);

  const ParseResult empty = parse_fixture("jsonfeed_empty.json");
  CHECK(empty.ok);
  CHECK_FALSE(is_usable(empty));
  CHECK(describe_parse_result(empty).find("unusable: the feed has no articles") !=
        std::string::npos);
}
