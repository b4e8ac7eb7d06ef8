// Tests for src/core/feed_errors.cpp: what the parser records when a feed
// cannot be read, said in French (the widget's default) and in English (the
// CLI, ParseResult::error). The English sentences themselves are also
// checked in feed_parser_test.cpp.
#include "core/feed_errors.h"

#include <doctest/doctest.h>

#include <string>

#include "core/feed_parser.h"
#include "fixture_file.h"

using namespace kiosque;

namespace {

std::string french(const ParseResult& result) {
  return describe_feed_error(result.problem, Lang::French);
}

}  // namespace

TEST_CASE("a syntax error keeps its byte offset and expected token, in both languages") {
  const ParseResult result = parse_text(read_fixture("malformed_missing_comma.json"));
  REQUIRE_FALSE(result.ok);
  CHECK(result.problem.kind == FeedErrorKind::Syntax);
  CHECK(result.problem.byte == 138);
  CHECK(result.problem.expected == "'}'");
  CHECK(describe_feed_error(result.problem, Lang::English) == result.error);
  CHECK(result.error == "JSON syntax error at byte 138: unexpected string literal; expected '}'");
  CHECK(french(result) == "erreur de syntaxe JSON à l'octet 138 (attendu : '}')");
  // A lexer error expects nothing in particular: French names only the byte.
  const ParseResult truncated = parse_text(read_fixture("malformed_truncated.json"));
  REQUIRE(truncated.problem.kind == FeedErrorKind::Syntax);
  CHECK(truncated.problem.expected.empty());
  CHECK(french(truncated) ==
        "erreur de syntaxe JSON à l'octet " + std::to_string(truncated.problem.byte));
}

TEST_CASE("valid JSON of the wrong shape says what it is, in French too") {
  const ParseResult object = parse_text(R"({"title": "x"})");
  CHECK(object.problem.kind == FeedErrorKind::NotAFeed);
  CHECK(french(object) ==
        "ni une liste d'articles WordPress ni un JSON Feed : le document est un objet JSON sans "
        "« version » ni « id »");
  CHECK(french(parse_text("42")) ==
        "ni une liste d'articles WordPress ni un JSON Feed : le document est un nombre JSON");
  CHECK(french(parse_text(R"([{"name": "x"}])")).find("un tableau JSON sans articles") !=
        std::string::npos);
  const ParseResult terms = parse_text(R"([{"id": 3, "taxonomy": "category"}])");
  CHECK(terms.problem.kind == FeedErrorKind::TermsNotPosts);
  CHECK(french(terms).find("une liste de termes") != std::string::npos);
  const ParseResult items =
      parse_text(R"({"version": "https://jsonfeed.org/version/1.1", "items": {}})");
  CHECK(items.problem.kind == FeedErrorKind::ItemsNotArray);
  CHECK(items.problem.found == "object");
  CHECK(items.error == "JSON Feed: \"items\" is a JSON object, not an array");
  CHECK(french(items) == "JSON Feed : « items » est un objet JSON, pas un tableau");
  CHECK(french(parse_text(R"({"version": "https://jsonfeed.org/version/1.1"})")) ==
        "JSON Feed : « items » manque");
}

TEST_CASE("limits, empty and non-JSON documents are said in French") {
  FeedLimits small;
  small.max_bytes = 100;
  const ParseResult large = parse_text(read_fixture("jsonfeed_1_1.json"), small);
  REQUIRE(large.problem.kind == FeedErrorKind::TooLarge);
  CHECK(french(large) == "document de " + std::to_string(large.problem.size) +
                             " octets, au-delà de la limite de 100 octets");
  CHECK(french(parse_text(std::string(100, '[') + std::string(100, ']'))) ==
        "JSON imbriqué au-delà de la limite de 64 niveaux à l'octet 65");
  CHECK(french(parse_text("  ")) == "document vide");
  CHECK(french(parse_text("<html></html>")).rfind("ce n'est pas du JSON", 0) == 0);
  const ParseResult wordpress = parse_text(R"({"code": "rest_no_route", "message": "No route"})");
  CHECK(wordpress.problem.kind == FeedErrorKind::WordPressError);
  CHECK(french(wordpress) ==
        "WordPress a répondu par une erreur au lieu des articles : \"rest_no_route\" \"No route\"");
}

TEST_CASE(
    "a list with no readable item names the format and the count; French leaves out the "
    "English reason") {
  const ParseResult result =
      parse_text(R"([{"id": 1, "title": {"rendered": ""}}, {"id": 2, "link": "https://x.ma/"}])");
  REQUIRE(result.problem.kind == FeedErrorKind::NoItemReadable);
  CHECK(result.problem.format == "WordPress");
  CHECK(result.problem.size == 2);
  CHECK(result.error ==
        "WordPress: none of the 2 items could be read (item 1: no title and no text)");
  CHECK(french(result) == "WordPress : aucun des 2 articles n'a pu être lu");
}

TEST_CASE("a readable feed has no error") {
  const ParseResult result = parse_text(read_fixture("wp_posts.json"));
  REQUIRE(result.ok);
  CHECK(result.problem.kind == FeedErrorKind::None);
  CHECK(describe_feed_error(result.problem, Lang::French).empty());
  CHECK(result.error.empty());
}
