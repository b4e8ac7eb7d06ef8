// Tests for src/core/wordpress_feed.cpp: WordPress REST API v2 posts, with
// and without _embed, with the categories and media documents.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/dates.h"
#include "core/feed_parser.h"
#include "fixture_file.h"

using namespace kiosque;

namespace {

struct WordPressFixture {
  std::string posts, categories, media;
  ParseResult parse() const {
    FeedInput input;
    input.document = posts;
    input.categories = categories;
    input.media = media;
    input.base_url = "https://www.example.ma/wp-json/wp/v2/posts";
    return parse_feed(input);
  }
};

ParseResult parse_posts(const std::string& posts, const std::string& categories = {},
                        const std::string& media = {}) {
  return WordPressFixture{posts, categories, media}.parse();
}

bool has_warning_containing(const ParseResult& result, std::string_view text) {
  return std::any_of(result.warnings.begin(), result.warnings.end(),
                     [&](const std::string& w) { return w.find(text) != std::string::npos; });
}

}  // namespace

// ---------------------------------------------------------------------------
// With _embed
// ---------------------------------------------------------------------------

TEST_CASE("WordPress with _embed: text fields are plain UTF-8") {
  const ParseResult result = parse_posts(read_fixture("wp_posts_embed.json"));
  REQUIRE(result.ok);
  REQUIRE(result.feed.articles.size() == 3);
  const Article& article = result.feed.articles[0];
  CHECK(article.id == "4512");
  CHECK(article.url == "https://www.example.ma/monde/ukraine-front-est/");
  // &nbsp; inside « » stays a no-break space (U+00A0).
  CHECK(article.title == "L’armée annonce «\u00A0une nouvelle phase\u00A0» sur le front Est");
  CHECK(article.authors == std::vector<std::string>{"Salma Idrissi"});
  CHECK(result.feed.articles[1].authors == std::vector<std::string>{"Karim Bénani"});
  REQUIRE_FALSE(article.body.empty());
  CHECK(article.body[0].plain_text().find("nouvelle phase") != std::string::npos);
}

TEST_CASE("WordPress: date_gmt is UTC; updated only when later by more than a minute") {
  const ParseResult result = parse_posts(read_fixture("wp_posts_embed.json"));
  REQUIRE(result.ok);
  const Article& edited = result.feed.articles[0];
  CHECK(format_iso8601(edited.published) == "2024-11-01T14:05:00Z");
  CHECK(format_iso8601(edited.updated) == "2024-11-02T09:30:00Z");
  CHECK(result.feed.articles[1].updated == kUnknownTime);  // modified 30 s later
  CHECK(result.feed.articles[2].updated == kUnknownTime);  // modified == published
}

TEST_CASE("WordPress: date is the fallback only when date_gmt is missing") {
  const ParseResult single = parse_posts(read_fixture("wp_post_single.json"));
  REQUIRE(single.ok);
  CHECK(format_iso8601(single.feed.articles[0].published) == "2025-01-01T01:30:00Z");

  const ParseResult both = parse_posts(
      R"([{"id": 1, "title": {"rendered": "T"}, "date": "2024-01-01T10:00:00",
           "date_gmt": "2024-01-01T09:00:00"}])");
  REQUIRE(both.ok);
  CHECK(format_iso8601(both.feed.articles[0].published) == "2024-01-01T09:00:00Z");
}

TEST_CASE("WordPress: the embedded featured image with alt, caption, size and renditions") {
  const ParseResult result = parse_posts(read_fixture("wp_posts_embed.json"));
  REQUIRE(result.ok);
  const Image& image = result.feed.articles[0].image;
  CHECK(image.url == "https://www.example.ma/wp-content/uploads/2024/11/front.jpg");
  CHECK(image.alt == "Des blindés sur une route enneigée");
  CHECK(image.caption == "Convoi près de Kharkiv. © Agence");
  CHECK(image.width == 1600);
  CHECK(image.height == 900);
  // "full" is the image itself, not a rendition.
  REQUIRE(image.variants.size() == 2);
  CHECK(std::any_of(image.variants.begin(), image.variants.end(), [](const ImageVariant& v) {
    return v.width == 150 && v.url.find("front-150x150.jpg") != std::string::npos;
  }));
  CHECK(result.feed.articles[1].image.empty());  // featured_media 0
}

TEST_CASE("WordPress: embedded error objects (private media, unknown author) give nothing") {
  const ParseResult result = parse_posts(read_fixture("wp_posts_embed.json"));
  REQUIRE(result.ok);
  const Article& festival = result.feed.articles[2];
  CHECK(festival.image.empty());
  CHECK(festival.authors.empty());
  CHECK(has_warning_containing(result, "1 featured image could not be found"));
}

TEST_CASE("WordPress: sections and tags from embedded terms when no categories document") {
  const ParseResult result = parse_posts(read_fixture("wp_posts_embed.json"));
  REQUIRE(result.ok);
  const Feed& feed = result.feed;
  REQUIRE(feed.find_section("12") != nullptr);
  CHECK(feed.find_section("12")->name == "Guerre en Ukraine");
  CHECK(feed.find_section("12")->slug == "guerre-en-ukraine");
  CHECK(feed.find_section("5")->name == "Finances & Marchés");
  CHECK(feed.sections.size() == 4);  // 12, 2, 5, 8: each once
  CHECK(feed.articles[0].section_ids == std::vector<std::string>{"12"});
  CHECK(feed.articles[1].section_ids == std::vector<std::string>{"2", "5"});
  CHECK(feed.articles[0].tags == std::vector<std::string>{"Kharkiv", "Défense"});
}

TEST_CASE("WordPress: excerpts lose the trailing [&hellip;] and read-more links") {
  const ParseResult result = parse_posts(read_fixture("wp_posts_embed.json"));
  REQUIRE(result.ok);
  CHECK(result.feed.articles[0].summary ==
        "Le ministère de la Défense a annoncé mardi une nouvelle phase des opérations");
  // "Continue reading <span>“Budget 2025”</span>" goes, title and all.
  CHECK(result.feed.articles[1].summary ==
        "Le projet de loi de finances prévoit une baisse de l’impôt.");
  CHECK(result.feed.articles[2].summary == "Trois jours de concerts.");
  // An ordinary last link stays.
  const ParseResult link = parse_posts(
      R"([{"id": 1, "title": {"rendered": "T"},
           "excerpt": {"rendered": "<p>Voir <a href=\"https://x.ma/\">le rapport</a></p>"}}])");
  CHECK(link.feed.articles[0].summary == "Voir le rapport");
}

TEST_CASE("WordPress: reading time from Yoast when given, else words / 230") {
  const ParseResult result = parse_posts(read_fixture("wp_posts_embed.json"));
  REQUIRE(result.ok);
  CHECK(result.feed.articles[0].reading_minutes == 5);  // "Durée de lecture estimée"
  CHECK(result.feed.articles[1].reading_minutes == 1);  // a few words: at least 1

  std::string words;
  for (int i = 0; i < 231; ++i) words += "mot ";
  const ParseResult long_post =
      parse_posts(R"([{"id": 1, "title": {"rendered": "T"}, "content": {"rendered": "<p>)" + words +
                  R"(</p>"}}])");
  CHECK(long_post.feed.articles[0].reading_minutes == 2);  // 231 words: rounded up
}

// ---------------------------------------------------------------------------
// Without _embed
// ---------------------------------------------------------------------------

TEST_CASE("WordPress without _embed: categories and media documents resolve ids") {
  const ParseResult result =
      parse_posts(read_fixture("wp_posts.json"), read_fixture("wp_categories.json"),
                  read_fixture("wp_media.json"));
  REQUIRE(result.ok);
  const Feed& feed = result.feed;
  // The whole tree, in the document's order, unnamed and non-category terms left out.
  REQUIRE(feed.sections.size() == 7);
  CHECK(feed.sections[0].name == "Maroc");
  CHECK(feed.sections[0].count == 820);
  CHECK(feed.sections[0].parent_id.empty());
  const Section* ukraine = feed.find_section("12");
  REQUIRE(ukraine != nullptr);
  CHECK(ukraine->parent_id == "11");
  CHECK(feed.find_section("5")->name == "Finances & Marchés");
  CHECK(feed.find_section("13") == nullptr);
  CHECK(feed.find_section("31") == nullptr);
  CHECK(has_warning_containing(result, "category 8 skipped: no name"));
  CHECK(has_warning_containing(result, "category 9 skipped: taxonomy \"post_tag\""));

  const Article& first = feed.articles[0];
  CHECK(first.image.url == "https://www.example.ma/wp-content/uploads/2024/11/front.jpg");
  CHECK(first.image.alt == "Des blindés sur une route");
  CHECK(first.image.variants.size() == 1);
  CHECK(first.authors.empty());  // only an author id without _embed
  // Category 99 is on the article but nowhere in the categories document.
  CHECK(feed.articles[1].section_ids == std::vector<std::string>{"2", "99"});
  CHECK(has_warning_containing(result, "no name for category ids 99"));
  // Media 9002 is not in the media document.
  CHECK(feed.articles[1].image.empty());
  CHECK(has_warning_containing(result, "1 featured image could not be found"));
}

TEST_CASE("WordPress without _embed and without documents degrades cleanly") {
  const ParseResult result = parse_posts(read_fixture("wp_posts.json"));
  REQUIRE(result.ok);
  CHECK(result.feed.sections.empty());  // ids without names make no sections
  CHECK(result.feed.articles[0].section_ids == std::vector<std::string>{"12"});
  CHECK(result.feed.articles[0].image.empty());
  CHECK(has_warning_containing(result, "no name for category ids 12, 2, 99"));
  CHECK(has_warning_containing(result, "2 featured images could not be found"));
}

TEST_CASE("WordPress: a categories document overrides embedded terms, which lack parents") {
  const ParseResult result =
      parse_posts(read_fixture("wp_posts_embed.json"), read_fixture("wp_categories.json"));
  REQUIRE(result.ok);
  CHECK(result.feed.sections.size() == 7);
  CHECK(result.feed.find_section("12")->parent_id == "11");
  CHECK(result.feed.find_section("8") == nullptr);  // Culture: only embedded
  CHECK(has_warning_containing(result, "no name for category ids 8 (not in the categories"));
}

TEST_CASE("WordPress: a broken categories document is a warning, embedded terms step in") {
  const ParseResult result = parse_posts(read_fixture("wp_posts_embed.json"), "[{\"id\": 1,");
  REQUIRE(result.ok);
  CHECK(has_warning_containing(result, "categories document ignored (JSON syntax error at byte"));
  CHECK(result.feed.find_section("12") != nullptr);

  const ParseResult scalar = parse_posts(read_fixture("wp_posts.json"), "\"categories\"");
  CHECK(has_warning_containing(scalar, "categories document ignored (it is a JSON string"));
}

// ---------------------------------------------------------------------------
// Bad items
// ---------------------------------------------------------------------------

TEST_CASE("WordPress: bad items are skipped with a reason, the rest load") {
  const ParseResult result = parse_posts(read_fixture("wp_bad_items.json"));
  REQUIRE(result.ok);
  REQUIRE(result.feed.articles.size() == 3);
  CHECK(has_warning_containing(result, "item 1 skipped: not an object"));
  CHECK(has_warning_containing(result, "item 2 skipped: no id"));
  CHECK(has_warning_containing(result, "item 5 skipped: duplicate id \"10\""));
  CHECK(has_warning_containing(result, "item 6 skipped: no title and no text"));
}

TEST_CASE("WordPress: a non-http link is dropped with a warning, the article kept") {
  const ParseResult result = parse_posts(read_fixture("wp_bad_items.json"));
  REQUIRE(result.ok);
  const Article& trapped = result.feed.articles[0];
  CHECK(trapped.id == "10");
  CHECK(trapped.url.empty());
  CHECK(trapped.title == "Lien piégé");
  CHECK(
      has_warning_containing(result, "item 3: link \"javascript:alert(1)\" is not an http(s) URL"));
  CHECK(has_warning_containing(result, "item 3: unreadable date_gmt \"hier\""));
  CHECK(trapped.section_ids.empty());  // "categories": "12" is not a list
}

TEST_CASE("WordPress: wrong-typed fields are read as absent, never trusted") {
  const ParseResult result = parse_posts(read_fixture("wp_bad_items.json"));
  REQUIRE(result.ok);
  const Article& untitled = result.feed.articles[1];
  CHECK(untitled.id == "11");
  // "title": 42 -> the first words of the text.
  CHECK(untitled.title == "Un article sans titre lisible mais avec un texte assez…");
  CHECK(format_iso8601(untitled.published) == "2024-11-03T10:00:00Z");  // date_gmt null
  CHECK(untitled.section_ids == std::vector<std::string>{"1"});         // [1.0, null, {}]
  CHECK(untitled.image.empty());                                        // "featured_media": "abc"

  const Article& good = result.feed.articles[2];
  CHECK(good.authors == std::vector<std::string>{"Nadia Alami"});
  CHECK(good.image.empty());  // "wp:featuredmedia": [5]
}
