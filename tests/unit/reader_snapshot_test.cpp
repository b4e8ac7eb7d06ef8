#include "core/reader_snapshot.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace kiosque;

namespace {
ParseResult one_article_feed() {
  ParseResult result;
  result.ok = true;
  result.feed.sections = {{"7", "Monde", "monde", "", 0}};
  Article article;
  article.id = "42";
  article.title =
      "L\xE2\x80\x99"
      "Europe « vote »";
  article.url = "https://site.example/42";
  article.section_ids = {"7"};
  result.feed.articles.push_back(article);
  return result;
}
}  // namespace

TEST_CASE("the state contract before any feed") {
  Reader reader;
  const auto state = nlohmann::json::parse(reader_snapshot_json(reader, 0));
  CHECK(state["ready"] == false);
  CHECK(state["view"] == "home");
  CHECK(state["article"].is_null());
  CHECK(state["error"].is_null());
  CHECK(state["sections"].empty());
}

TEST_CASE("the state contract follows the reader") {
  Reader reader;
  reader.load_finished(one_article_feed());
  reader.select_section("monde");
  reader.open_article("42");
  const auto state = nlohmann::json::parse(reader_snapshot_json(reader, 17));
  CHECK(state["ready"] == true);
  CHECK(state["view"] == "article");
  CHECK(state["section"] == "monde");
  CHECK(state["article"] == "42");
  CHECK(state["framesRendered"] == 17);
  REQUIRE(state["sections"].size() == 2);
  CHECK(state["sections"][1]["name"] == "Monde");
  REQUIRE(state["headlines"].size() == 1);
  CHECK(state["headlines"][0]["title"] ==
        "L\xE2\x80\x99"
        "Europe « vote »");
  reader.load_failed("HTTP 503");
  CHECK(nlohmann::json::parse(reader_snapshot_json(reader, 0))["error"] == "HTTP 503");
}

TEST_CASE("invalid UTF-8 never breaks the state JSON") {
  Reader reader;
  reader.load_failed("bad \xFF byte");
  const std::string json = reader_snapshot_json(reader, 0);
  const auto state = nlohmann::json::parse(json, nullptr, false);
  REQUIRE_FALSE(state.is_discarded());
  CHECK(state["error"].get<std::string>().find("bad") == 0);
}

TEST_CASE("the state carries the route and the controls drawn") {
  Reader reader;
  reader.load_finished(one_article_feed());
  CHECK(nlohmann::json::parse(reader_snapshot_json(reader, 0))["route"] == "#/");
  reader.select_section("monde");
  reader.open_article("42");
  const auto state =
      nlohmann::json::parse(reader_snapshot_json(reader, 0, {{"back", "", 8, 52, 80, 30}}));
  CHECK(state["route"] == "#/monde/article/42");
  REQUIRE(state["controls"].size() == 1);
  CHECK(state["controls"][0]["kind"] == "back");
  CHECK(state["controls"][0]["y"] == 52);
}

TEST_CASE("the state says whether the widget is offline and when the feed was last confirmed") {
  Reader reader;
  auto state = nlohmann::json::parse(reader_snapshot_json(reader, 0));
  CHECK(state["offline"] == false);
  CHECK(state["updatedAt"].is_null());
  reader.load_finished(one_article_feed());
  reader.set_updated_at(1700000000);
  reader.set_offline(true);
  state = nlohmann::json::parse(reader_snapshot_json(reader, 0));
  CHECK(state["offline"] == true);
  CHECK(state["updatedAt"] == "2023-11-14T22:13:20Z");
}

TEST_CASE(
    "the mirror's state gives the reader's revision for the headlines, which moves with them") {
  Reader reader;
  reader.load_finished(one_article_feed());
  const auto light = [&] {
    return nlohmann::json::parse(
        reader_snapshot_json(reader, 0, {}, {}, HeadlineList::RevisionOnly));
  };
  const auto before = light();
  CHECK_FALSE(before.contains("headlines"));
  CHECK(before["revision"] == light()["revision"]);
  reader.select_section("monde");
  CHECK(light()["revision"] != before["revision"]);
  CHECK(nlohmann::json::parse(reader_snapshot_json(reader, 0))["headlines"].size() == 1);
}
