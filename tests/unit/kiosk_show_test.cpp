#include "core/kiosk_show.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/reader_snapshot.h"
#include "core/widget_config.h"

using namespace kiosque;

namespace {

Article make_article(const std::string& id, UtcSeconds published, const std::string& section) {
  Article article;
  article.id = id;
  article.title = "Article " + id;
  article.published = published;
  article.section_ids = {section};
  return article;
}

// Monde (1): 11, 12, 13; Sport (2): none; Maroc (3): 31. Newest first in
// "À la une": 31, 13, 12, 11.
ParseResult sample_feed() {
  ParseResult result;
  result.ok = true;
  result.feed.sections = {{"1", "Monde", "monde", "", 0},
                          {"2", "Sport", "sport", "", 0},
                          {"3", "Maroc", "maroc", "", 0}};
  result.feed.articles = {make_article("11", 1000, "1"), make_article("12", 2000, "1"),
                          make_article("13", 3000, "1"), make_article("31", 4000, "3")};
  return result;
}

KioskShowSettings quick_settings() {
  KioskShowSettings settings;
  settings.carousel_seconds = 10;
  settings.article_seconds = 20;
  settings.stories = 2;
  settings.idle_seconds = 60;
  return settings;
}

// Where the show is, as one word: "carousel:monde" or "article:monde/12".
std::string place(const KioskShow& show, const Reader& reader) {
  if (show.phase() == ShowPhase::Article) {
    CHECK(reader.article() != nullptr);
    CHECK(reader.article()->id == show.article());
    return "article:" + show.section() + "/" + show.article();
  }
  CHECK(reader.page() == ReaderPage::Home);
  CHECK(reader.section_slug() == show.section());
  return std::string(show_phase_name(show.phase())) + ":" + show.section();
}

// Runs the show from `start_ms` to `end_ms` in steps of 100 ms and returns
// every place it went to, with the time it went there.
std::vector<std::pair<double, std::string>> run(KioskShow& show, Reader& reader, double start_ms,
                                                double end_ms) {
  std::vector<std::pair<double, std::string>> places;
  for (double now = start_ms; now <= end_ms; now += 100)
    if (show.update(reader, now)) places.emplace_back(now, place(show, reader));
  return places;
}

}  // namespace

TEST_CASE("the show waits for a feed, then starts on the home of 'À la une'") {
  Reader reader;
  KioskShow show(quick_settings());
  CHECK_FALSE(show.update(reader, 0));
  CHECK(show.phase() == ShowPhase::Waiting);
  CHECK(show.next_change_ms() < 0);
  reader.load_finished(sample_feed());
  REQUIRE(show.update(reader, 500));
  CHECK(place(show, reader) == "carousel:a-la-une");
  CHECK(show.next_change_ms() == 10500);
}

TEST_CASE(
    "order and timing: home, each top story, next section, empty sections skipped, round again") {
  Reader reader;
  reader.load_finished(sample_feed());
  KioskShow show(quick_settings());
  const auto places = run(show, reader, 0, 200000);
  const std::vector<std::pair<double, std::string>> expected = {
      {0, "carousel:a-la-une"},        {10000, "article:a-la-une/31"},
      {30000, "article:a-la-une/13"},  {50000, "carousel:monde"},
      {60000, "article:monde/13"},     {80000, "article:monde/12"},
      {100000, "carousel:maroc"},  // sport has no story: skipped
      {110000, "article:maroc/31"},    {130000, "carousel:a-la-une"},
      {140000, "article:a-la-une/31"}, {160000, "article:a-la-une/13"},
      {180000, "carousel:monde"},      {190000, "article:monde/13"}};
  CHECK(places == expected);
}

TEST_CASE("show-stories 0 shows the homes only") {
  Reader reader;
  reader.load_finished(sample_feed());
  KioskShowSettings settings = quick_settings();
  settings.stories = 0;
  KioskShow show(settings);
  const auto places = run(show, reader, 0, 30000);
  const std::vector<std::pair<double, std::string>> expected = {{0, "carousel:a-la-une"},
                                                                {10000, "carousel:monde"},
                                                                {20000, "carousel:maroc"},
                                                                {30000, "carousel:a-la-une"}};
  CHECK(places == expected);
}

TEST_CASE("a dwell of 0 seconds still lasts a second: the screen never moves every frame") {
  Reader reader;
  reader.load_finished(sample_feed());
  KioskShowSettings settings = quick_settings();
  settings.carousel_seconds = 0;
  KioskShow show(settings);
  const auto places = run(show, reader, 0, 900);
  CHECK(places.size() == 1);
  CHECK(show.next_change_ms() == 1000);
}

TEST_CASE("the open story scrolls from its top to its end over its dwell") {
  Reader reader;
  reader.load_finished(sample_feed());
  KioskShow show(quick_settings());
  show.update(reader, 0);
  CHECK(show.article_scroll(5000) < 0);  // a home does not scroll
  show.update(reader, 10000);
  REQUIRE(show.phase() == ShowPhase::Article);
  // 20 s of dwell: 3 s still at the top, 14 s of steady scroll, 3 s at the end.
  CHECK(show.article_scroll(10000) == 0.0f);
  CHECK(show.article_scroll(13000) == 0.0f);
  CHECK(show.article_scroll(20000) == doctest::Approx(0.5));
  CHECK(show.article_scroll(26000) < show.article_scroll(27000));
  CHECK(show.article_scroll(27000) == 1.0f);
  CHECK(show.article_scroll(29900) == 1.0f);
}

TEST_CASE("the scroll asks for frames only when it starts and at each whole pixel") {
  Reader reader;
  reader.load_finished(sample_feed());
  KioskShow show(quick_settings());
  show.update(reader, 0);
  CHECK(show.next_scroll_frame_ms(5000, 1400) < 0);  // a home does not scroll
  show.update(reader, 10000);
  REQUIRE(show.phase() == ShowPhase::Article);
  // Still at the top: nothing until the scroll starts at 13 s.
  CHECK(show.next_scroll_frame_ms(10000, 1400) == 13000);
  CHECK(show.next_scroll_frame_ms(12999, 1400) == 13000);
  // 1 400 px over 14 s: a pixel every 10 ms; 140 px over 14 s: every 100 ms.
  CHECK(show.next_scroll_frame_ms(13000, 1400) == doctest::Approx(13010));
  CHECK(show.next_scroll_frame_ms(13000, 140) == doctest::Approx(13100));
  CHECK(show.next_scroll_frame_ms(13050, 140) == doctest::Approx(13100));
  CHECK(show.next_scroll_frame_ms(20000, 140) == doctest::Approx(20100));
  CHECK(show.next_scroll_frame_ms(26950, 140) == doctest::Approx(27000));  // the last pixel
  // Still at the end: the phase's end wakes the show, not the scroll.
  CHECK(show.next_scroll_frame_ms(27000, 140) < 0);
  CHECK(show.next_scroll_frame_ms(29000, 140) < 0);
  // A story that fits its box does not scroll: no frames for it.
  CHECK(show.next_scroll_frame_ms(15000, 0) < 0);
  show.interrupt(15000);
  CHECK(show.next_scroll_frame_ms(15000, 140) < 0);  // the person scrolls, not the show
}

TEST_CASE(
    "input pauses the show where it is; after the idle time it resumes from the section's home") {
  Reader reader;
  reader.load_finished(sample_feed());
  KioskShow show(quick_settings());
  run(show, reader, 0, 65000);  // monde, first story open
  REQUIRE(place(show, reader) == "article:monde/13");
  show.interrupt(65000);
  CHECK(show.paused());
  CHECK(show.article_scroll(66000) < 0);  // the person scrolls, not the show
  // The person reads on: another section, another story.
  reader.select_section("maroc");
  reader.open_article("31");
  show.interrupt(90000);
  CHECK(show.next_change_ms() == 150000);
  // Long past the story's dwell, nothing moves while the person may still be there.
  for (double now = 90000; now < 150000; now += 100) REQUIRE_FALSE(show.update(reader, now));
  CHECK(reader.article()->id == "31");
  REQUIRE(show.update(reader, 150000));
  CHECK_FALSE(show.paused());
  CHECK(place(show, reader) == "carousel:maroc");
  const auto places = run(show, reader, 150100, 170000);
  const std::vector<std::pair<double, std::string>> expected = {{160000, "article:maroc/31"}};
  CHECK(places == expected);
}

TEST_CASE("input before the feed arrives: the show starts only after the idle time") {
  Reader reader;
  KioskShow show(quick_settings());
  show.interrupt(0);
  reader.load_finished(sample_feed());
  CHECK_FALSE(show.update(reader, 30000));
  CHECK(reader.section_slug() == "a-la-une");
  REQUIRE(show.update(reader, 60000));
  CHECK(place(show, reader) == "carousel:a-la-une");
}

TEST_CASE(
    "new stories arriving mid-show do not move the screen; the show picks them up at the next "
    "section") {
  Reader reader;
  reader.load_finished(sample_feed());
  KioskShow show(quick_settings());
  run(show, reader, 0, 10000);
  REQUIRE(place(show, reader) == "article:a-la-une/31");
  ParseResult refreshed = sample_feed();
  refreshed.feed.articles.push_back(make_article("14", 5000, "1"));
  reader.load_finished(std::move(refreshed));
  CHECK_FALSE(show.update(reader, 15000));
  CHECK(place(show, reader) == "article:a-la-une/31");
  // The section's picks were made at its start: 31 then 13, not the newcomer.
  const auto places = run(show, reader, 15000, 60000);
  const std::vector<std::pair<double, std::string>> expected = {
      {30000, "article:a-la-une/13"}, {50000, "carousel:monde"}, {60000, "article:monde/14"}};
  CHECK(places == expected);
}

TEST_CASE(
    "a feed shrinking mid-show: a story that left is skipped, the open one that left moves on") {
  Reader reader;
  reader.load_finished(sample_feed());
  KioskShow show(quick_settings());
  run(show, reader, 0, 10000);
  REQUIRE(place(show, reader) == "article:a-la-une/31");
  // 31 (open) and 13 (next pick) leave the feed, and Maroc with them.
  ParseResult shrunk;
  shrunk.ok = true;
  shrunk.feed.sections = {{"1", "Monde", "monde", "", 0}, {"2", "Sport", "sport", "", 0}};
  shrunk.feed.articles = {make_article("11", 1000, "1"), make_article("12", 2000, "1")};
  reader.load_finished(std::move(shrunk));
  REQUIRE(show.update(reader, 12000));
  CHECK(place(show, reader) == "carousel:monde");
  const auto places = run(show, reader, 12100, 72000);
  const std::vector<std::pair<double, std::string>> expected = {{22000, "article:monde/12"},
                                                                {42000, "article:monde/11"},
                                                                {62000, "carousel:a-la-une"},
                                                                {72000, "article:a-la-une/12"}};
  CHECK(places == expected);
}

TEST_CASE("the section on screen leaving the feed moves the show on at once") {
  Reader reader;
  reader.load_finished(sample_feed());
  KioskShowSettings settings = quick_settings();
  settings.stories = 0;
  KioskShow show(settings);
  run(show, reader, 0, 20000);
  REQUIRE(place(show, reader) == "carousel:maroc");
  ParseResult shrunk = sample_feed();
  shrunk.feed.sections.pop_back();
  shrunk.feed.articles.pop_back();
  reader.load_finished(std::move(shrunk));
  REQUIRE(show.update(reader, 21000));
  CHECK(place(show, reader) == "carousel:a-la-une");
}

TEST_CASE("a feed with no story at all keeps the show turning without a crash") {
  Reader reader;
  ParseResult empty;
  empty.ok = true;
  empty.feed.sections = {{"1", "Monde", "monde", "", 0}};
  reader.load_finished(std::move(empty));
  KioskShow show(quick_settings());
  const auto places = run(show, reader, 0, 20000);
  const std::vector<std::pair<double, std::string>> expected = {
      {0, "carousel:a-la-une"}, {10000, "carousel:monde"}, {20000, "carousel:a-la-une"}};
  CHECK(places == expected);
}

TEST_CASE("the corner clock: HH:MM in local time, and when its minutes turn") {
  // 2024-11-01T14:05:59Z
  const UtcSeconds time = 1730469959;
  CHECK(format_clock(time, 0) == "14:05");
  CHECK(format_clock(time, 60) == "15:05");
  CHECK(format_clock(time, -15 * 60) == "23:05");
  CHECK(format_clock(time + 1, 0) == "14:06");
  CHECK(format_clock(0, -60) == "23:00");
  CHECK(ms_until_minute_turns(time * 1000.0, 0) == 1000);
  CHECK(ms_until_minute_turns(time * 1000.0 + 1000, 0) == 60000);
  // The feed's age, "il y a N min", turns on the minutes since its update.
  CHECK(ms_until_minute_turns(100000, 30000) == 50000);
  CHECK(ms_until_minute_turns(10000, 30000) == 20000);  // a clock a little behind the server
}

TEST_CASE("kiosk settings from the page: the attribute, the show's timing, nonsense ignored") {
  const WidgetConfig defaults = parse_widget_config("{}");
  CHECK_FALSE(defaults.kiosk);
  CHECK(defaults.show.carousel_seconds == 20);
  CHECK(defaults.show.article_seconds == 30);
  CHECK(defaults.show.stories == 3);
  CHECK(defaults.show.idle_seconds == 60);
  const WidgetConfig config = parse_widget_config(
      R"({"kiosk":true,"showCarouselSeconds":"4","showArticleSeconds":6.5,"showStories":"1",
          "idleSeconds":"90"})");
  CHECK(config.kiosk);
  CHECK(config.show.carousel_seconds == 4);
  CHECK(config.show.article_seconds == 6.5);
  CHECK(config.show.stories == 1);
  CHECK(config.show.idle_seconds == 90);
  const WidgetConfig bad = parse_widget_config(
      R"({"kiosk":"yes","showCarouselSeconds":"-1","showArticleSeconds":"soon","showStories":1000})");
  CHECK_FALSE(bad.kiosk);
  CHECK(bad.show.carousel_seconds == 20);
  CHECK(bad.show.article_seconds == 30);
  CHECK(bad.show.stories == 3);
}

TEST_CASE("the corner's last update: minutes, then the time of day, then the date") {
  const UtcSeconds updated = 1730469900;  // 2024-11-01T14:05:00Z
  CHECK(format_last_update(kUnknownTime, updated, 0, Lang::French).empty());
  CHECK(format_last_update(updated, updated + 30, 0, Lang::French) == "Mis à jour à l'instant");
  CHECK(format_last_update(updated, updated - 30, 0, Lang::French) == "Mis à jour à l'instant");
  CHECK(format_last_update(updated, updated + 60, 0, Lang::French) == "Mis à jour il y a 1 min");
  CHECK(format_last_update(updated, updated + 12 * 60 + 59, 0, Lang::French) ==
        "Mis à jour il y a 12 min");
  CHECK(format_last_update(updated, updated + 3600, 60, Lang::French) == "Mis à jour à 15:05");
  CHECK(format_last_update(updated, updated + 2 * 86400, 0, Lang::French) ==
        "Mis à jour le 1 novembre 2024");
  CHECK(format_last_update(updated, updated + 120, 0, Lang::English) == "Updated 2 min ago");
  CHECK(format_last_update(updated, updated + 7200, 0, Lang::English) == "Updated at 14:05");
}

TEST_CASE("state() reports the show: phase, section, article, paused; null when not a kiosk") {
  Reader reader;
  reader.load_finished(sample_feed());
  const nlohmann::json plain = nlohmann::json::parse(reader_snapshot_json(reader, 0));
  CHECK(plain["show"].is_null());
  KioskShow show(quick_settings());
  RuntimeFigures runtime;
  runtime.show = &show;
  runtime.textures = 7;
  show.update(reader, 0);
  show.update(reader, 10000);
  nlohmann::json state = nlohmann::json::parse(reader_snapshot_json(reader, 0, {}, runtime));
  CHECK(state["show"]["phase"] == "article");
  CHECK(state["show"]["section"] == "a-la-une");
  CHECK(state["show"]["article"] == "31");
  CHECK(state["show"]["paused"] == false);
  CHECK(state["memory"]["textures"] == 7);
  show.interrupt(11000);
  show.update(reader, 71000);
  state = nlohmann::json::parse(reader_snapshot_json(reader, 0, {}, runtime));
  CHECK(state["show"]["phase"] == "carousel");
  CHECK(state["show"]["article"].is_null());
}
