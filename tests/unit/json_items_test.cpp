// Tests for src/core/json_items.cpp: splitting a JSON array into the text of
// its elements, and parse_feed reading a feed through it.
#include "core/json_items.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/feed_parser.h"

using namespace kiosque;

using Elements = std::vector<std::string_view>;

TEST_CASE("json_array_elements: elements of every kind, white space around") {
  const auto elements =
      json_array_elements(" [ 1 ,\n\"two\", {\"a\": [3, 4]}, [5], null, -2.5e3 ]\n");
  REQUIRE(elements);
  CHECK(*elements == Elements{"1", "\"two\"", "{\"a\": [3, 4]}", "[5]", "null", "-2.5e3"});
}

TEST_CASE("json_array_elements: brackets and escaped quotes inside strings") {
  const auto elements =
      json_array_elements(R"([{"t": "a ] } [ {"}, {"t": "say \"]\" \\"}, "\\", "x\"]"])");
  REQUIRE(elements);
  CHECK(*elements ==
        Elements{R"({"t": "a ] } [ {"})", R"({"t": "say \"]\" \\"})", R"("\\")", R"("x\"]")"});
}

TEST_CASE("json_array_elements: nested items stay whole") {
  const auto elements = json_array_elements(R"([{"a": {"b": [{"c": []}]}}, {"d": {}}])");
  REQUIRE(elements);
  CHECK(*elements == Elements{R"({"a": {"b": [{"c": []}]}})", R"({"d": {}})"});
}

TEST_CASE("json_array_elements: empty arrays") {
  CHECK(json_array_elements("[]") == Elements{});
  CHECK(json_array_elements(" [ \n ] ") == Elements{});
}

TEST_CASE("json_array_elements: truncated input is refused") {
  for (const char* text :
       {"[", "[1", "[1,", "[{\"a\": 1}", "[{\"a\": \"]}", "[\"abc", "[{\"a\":1},"})
    CHECK_MESSAGE(!json_array_elements(text), text);
}

TEST_CASE("json_array_elements: a top level that is not one array is refused") {
  for (const char* text : {"", "  ", "{\"items\": []}", "\"[1]\"", "1", "[1] [2]", "[1] x", "[1 2]",
                           "[1,,2]", "[1,]", "[,1]", "[{}}"})
    CHECK_MESSAGE(!json_array_elements(text), text);
}

TEST_CASE("parse_feed: a syntax error in a later item refuses the whole feed at its byte") {
  const std::string post = R"({"id": 1, "title": {"rendered": "Titre"}})";
  const std::string document = "[" + post + ", {\"id\": 2, \"title\": tru}]";
  FeedInput input;
  input.document = document;
  const ParseResult result = parse_feed(input);
  CHECK_FALSE(result.ok);
  CHECK(result.feed.articles.empty());
  // The byte counts from the document's start, not the item's: where "tru}" fails.
  const std::size_t failing_byte = document.find("tru}") + 4;
  CHECK(result.error.rfind("JSON syntax error at byte " + std::to_string(failing_byte) + ":", 0) ==
        0);
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
