#include "core/reader.h"

#include <doctest/doctest.h>

using namespace kiosque;

namespace {

Article make_article(const std::string& id, UtcSeconds published,
                     std::vector<std::string> sections) {
  Article article;
  article.id = id;
  article.title = "Article " + id;
  article.published = published;
  article.section_ids = std::move(sections);
  return article;
}

// Monde (1) > Conflictualité (2) > Guerre en Ukraine (3); Maroc (4); a loop 5 <-> 6.
ParseResult sample_result() {
  ParseResult result;
  result.ok = true;
  result.feed.sections = {{"1", "Monde", "monde", "", 0},
                          {"2", "Conflictualité", "conflictualite", "1", 0},
                          {"3", "Guerre en Ukraine", "guerre-en-ukraine", "2", 0},
                          {"4", "Maroc", "maroc", "", 0},
                          {"5", "Boucle A", "boucle-a", "6", 0},
                          {"6", "Boucle B", "boucle-b", "5", 0}};
  result.feed.articles = {make_article("10", 1000, {"4"}), make_article("11", 3000, {"3"}),
                          make_article("12", 2000, {"1"}), make_article("13", 4000, {"5"})};
  return result;
}

std::vector<std::string> headline_ids(const Reader& reader) {
  std::vector<std::string> ids;
  for (const Article* article : reader.headlines()) ids.push_back(article->id);
  return ids;
}

}  // namespace

TEST_CASE("tabs list 'À la une' then the top-level sections in feed order") {
  Reader reader;
  REQUIRE(reader.load_finished(sample_result()));
  std::vector<std::string> slugs;
  for (const SectionTab& tab : reader.tabs()) slugs.push_back(tab.slug);
  CHECK(slugs == std::vector<std::string>{"a-la-une", "monde", "maroc"});
}

TEST_CASE("headlines are the section's articles and its sub-sections', newest first") {
  Reader reader;
  reader.load_finished(sample_result());
  CHECK(headline_ids(reader) == std::vector<std::string>{"13", "11", "12", "10"});
  REQUIRE(reader.select_section("monde"));
  CHECK(headline_ids(reader) == std::vector<std::string>{"11", "12"});
  REQUIRE(reader.select_section("maroc"));
  CHECK(headline_ids(reader) == std::vector<std::string>{"10"});
}

TEST_CASE("a looping section tree neither hangs nor matches the wrong section") {
  Reader reader;
  reader.load_finished(sample_result());
  REQUIRE(reader.select_section("boucle-b"));
  CHECK(headline_ids(reader) == std::vector<std::string>{"13"});
  REQUIRE(reader.select_section("maroc"));
  CHECK(headline_ids(reader) == std::vector<std::string>{"10"});
}

TEST_CASE("unknown sections and articles are refused without changing the state") {
  Reader reader;
  reader.load_finished(sample_result());
  reader.select_section("maroc");
  CHECK_FALSE(reader.select_section("nulle-part"));
  CHECK(reader.section_slug() == "maroc");
  CHECK_FALSE(reader.open_article("999"));
  CHECK(reader.page() == ReaderPage::Home);
}

TEST_CASE("opening an article and going back keeps the section") {
  Reader reader;
  reader.load_finished(sample_result());
  reader.select_section("monde");
  REQUIRE(reader.open_article("11"));
  CHECK(reader.page() == ReaderPage::Article);
  REQUIRE(reader.article() != nullptr);
  CHECK(reader.article()->id == "11");
  std::vector<std::string> path;
  for (const Section* section : reader.breadcrumb()) path.push_back(section->name);
  CHECK(path == std::vector<std::string>{"Monde", "Conflictualité", "Guerre en Ukraine"});
  reader.back();
  CHECK(reader.page() == ReaderPage::Home);
  CHECK(reader.article() == nullptr);
  CHECK(reader.section_slug() == "monde");
}

TEST_CASE("a failed load keeps the last good feed and reports the error") {
  Reader reader;
  reader.load_finished(sample_result());
  reader.open_article("12");
  ParseResult bad;
  bad.error = "JSON syntax error at byte 3";
  CHECK_FALSE(reader.load_finished(std::move(bad)));
  CHECK(reader.error() == "JSON syntax error at byte 3");
  CHECK(reader.feed().articles.size() == 4);
  CHECK(reader.article() != nullptr);
  reader.load_failed("HTTP 503");
  CHECK(reader.error() == "HTTP 503");
  CHECK(reader.has_feed());
  CHECK(reader.load_finished(sample_result()));
  CHECK(reader.error().empty());
}

TEST_CASE("a refresh keeps the open article while it exists, and the section") {
  Reader reader;
  reader.load_finished(sample_result());
  reader.select_section("monde");
  reader.open_article("11");
  CHECK(reader.load_finished(sample_result()));
  CHECK(reader.article() != nullptr);
  ParseResult without_11 = sample_result();
  without_11.feed.articles.erase(without_11.feed.articles.begin() + 1);
  reader.load_finished(std::move(without_11));
  CHECK(reader.page() == ReaderPage::Home);
  CHECK(reader.section_slug() == "monde");
  ParseResult without_monde = sample_result();
  without_monde.feed.sections.erase(without_monde.feed.sections.begin());
  reader.load_finished(std::move(without_monde));
  CHECK(reader.section_slug() == "a-la-une");
}

TEST_CASE("revision changes on every visible change") {
  Reader reader;
  const unsigned start = reader.revision();
  reader.load_finished(sample_result());
  const unsigned loaded = reader.revision();
  CHECK(loaded != start);
  reader.select_section("maroc");
  CHECK(reader.revision() != loaded);
}

TEST_CASE("the all-sections tab takes the interface language's name") {
  Reader reader;
  reader.load_finished(sample_result());
  CHECK(reader.tabs().front().name == "À la une");
  reader.set_all_sections_name("Top stories");
  CHECK(reader.tabs().front().name == "Top stories");
  CHECK(reader.tabs().front().slug == "a-la-une");
}

TEST_CASE("a feed the server says is unchanged clears the error and keeps everything else") {
  Reader reader;
  reader.load_finished(sample_result());
  reader.open_article("11");
  reader.load_started();
  reader.load_failed("HTTP 500");
  reader.load_started();
  const unsigned before = reader.revision();
  reader.load_unchanged();
  CHECK_FALSE(reader.loading());
  CHECK(reader.error().empty());
  CHECK(reader.article()->id == "11");
  CHECK(reader.revision() != before);
}

TEST_CASE("the update time and the offline flag are recorded, and redraw only when they change") {
  Reader reader;
  CHECK(reader.updated_at() == kUnknownTime);
  CHECK_FALSE(reader.offline());
  reader.set_updated_at(1000);
  reader.set_offline(true);
  CHECK(reader.updated_at() == 1000);
  CHECK(reader.offline());
  const unsigned revision = reader.revision();
  reader.set_updated_at(1000);
  reader.set_offline(true);
  CHECK(reader.revision() == revision);
  reader.set_offline(false);
  CHECK(reader.revision() != revision);
}

namespace {
ParseResult page_of(std::vector<Article> articles, std::string next_url = "") {
  ParseResult result;
  result.ok = true;
  result.feed.format = FeedFormat::JsonFeed;
  result.feed.next_url = std::move(next_url);
  result.feed.articles = std::move(articles);
  return result;
}
}  // namespace

TEST_CASE("a next page is appended after what is listed, without duplicates") {
  Reader reader;
  reader.paging().reset("https://n.org/feed.json");
  reader.load_finished(page_of({make_article("1", 5000, {}), make_article("2", 4000, {})},
                               "https://n.org/feed.json?page=2"));
  REQUIRE(reader.paging().state() == PagingState::More);
  REQUIRE(reader.open_article("2"));
  reader.page_requested();
  // "2" again, and "9" dated newer than page 1: it still comes after it.
  CHECK(reader.page_finished(page_of(
      {make_article("2", 4000, {}), make_article("3", 3000, {}), make_article("9", 9000, {})})));
  CHECK(headline_ids(reader) == std::vector<std::string>{"1", "2", "9", "3"});
  CHECK(reader.feed().articles.size() == 4);
  CHECK(reader.article()->id == "2");  // the open article stays open
  CHECK(reader.paging().state() == PagingState::Ended);
}

TEST_CASE("a refresh keeps the pages appended, after the new page 1") {
  Reader reader;
  reader.paging().reset("https://n.org/feed.json");
  reader.load_finished(page_of({make_article("1", 5000, {}), make_article("2", 4000, {})},
                               "https://n.org/feed.json?page=2"));
  reader.page_requested();
  reader.page_finished(page_of({make_article("3", 3000, {})}, "https://n.org/feed.json?page=3"));
  // Page 1 again with a new story on top: "2" moved to page 2 on the server.
  reader.load_finished(page_of({make_article("0", 6000, {}), make_article("1", 5000, {})},
                               "https://n.org/feed.json?page=2"));
  CHECK(headline_ids(reader) == std::vector<std::string>{"0", "1", "2", "3"});
  CHECK(reader.paging().next_page_url() == "https://n.org/feed.json?page=3");
}

TEST_CASE("before any later page, a refresh replaces the feed as before") {
  Reader reader;
  reader.paging().reset("https://n.org/feed.json");
  reader.load_finished(page_of({make_article("1", 5000, {}), make_article("2", 4000, {})}));
  reader.load_finished(page_of({make_article("0", 6000, {}), make_article("1", 5000, {})}));
  CHECK(headline_ids(reader) == std::vector<std::string>{"0", "1"});
}

TEST_CASE("a page that cannot be read keeps the list and shows the error") {
  Reader reader;
  reader.paging().reset("https://n.org/feed.json");
  reader.load_finished(page_of({make_article("1", 5000, {})}, "https://n.org/feed.json?page=2"));
  reader.page_requested();
  ParseResult broken;
  broken.error = "syntax error at byte 3";
  CHECK_FALSE(reader.page_finished(std::move(broken)));
  CHECK(reader.paging().state() == PagingState::Failed);
  CHECK(reader.paging().error() == "syntax error at byte 3");
  CHECK(headline_ids(reader) == std::vector<std::string>{"1"});
  CHECK(reader.error().empty());  // the feed itself is fine
}
