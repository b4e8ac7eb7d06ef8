#include "core/widget_config.h"

#include <doctest/doctest.h>

using namespace kiosque;

TEST_CASE("an empty or broken configuration gives the documented defaults") {
  for (const char* json : {"", "{", "[]", "null", "{\"feed\": 42, \"lang\": [\"en\"]}"}) {
    const WidgetConfig config = parse_widget_config(json);
    CHECK(config.feed_url == "sample/posts.json");
    CHECK(config.lang == Lang::French);
    CHECK(config.theme == ThemeChoice::Light);
    CHECK(config.accent_rgb == 0xC41E2A);
  }
}

TEST_CASE("the page's settings are read") {
  const WidgetConfig config = parse_widget_config(
      R"({"feed":"https://site.example/feed.json","lang":"en-GB","theme":"dark","accent":"#1a73E8",
          "section":"monde","assetBase":"https://cdn.example/k/"})");
  CHECK(config.feed_url == "https://site.example/feed.json");
  CHECK(config.categories_url.empty());
  CHECK(config.lang == Lang::English);
  CHECK(config.theme == ThemeChoice::Dark);
  CHECK(config.accent_rgb == 0x1A73E8);
  CHECK(config.section == "monde");
  CHECK(config.asset_base == "https://cdn.example/k/");
}

TEST_CASE("a malformed accent keeps the default") {
  CHECK(parse_widget_config(R"({"accent":"#12345"})").accent_rgb == 0xC41E2A);
  CHECK(parse_widget_config(R"({"accent":"#12345g"})").accent_rgb == 0xC41E2A);
}

TEST_CASE("WordPress categories are found beside the posts endpoint") {
  CHECK(derive_categories_url("https://site.example/wp-json/wp/v2/posts?_embed") ==
        "https://site.example/wp-json/wp/v2/categories?per_page=100");
  CHECK(derive_categories_url("https://site.example/wp-json/wp/v2/posts") ==
        "https://site.example/wp-json/wp/v2/categories?per_page=100");
  CHECK(derive_categories_url("https://site.example/?rest_route=/wp/v2/posts&_embed") ==
        "https://site.example/?rest_route=/wp/v2/categories&per_page=100");
  CHECK(derive_categories_url("https://site.example/wp-json/wp/v2/posts/42").empty());
  CHECK(derive_categories_url("https://site.example/feed.json").empty());
  CHECK(parse_widget_config(R"({"feed":"https://s.example/wp-json/wp/v2/posts?_embed"})")
            .categories_url == "https://s.example/wp-json/wp/v2/categories?per_page=100");
}

TEST_CASE("the carousel interval: seconds as text or number, 0 for no autoplay, nonsense ignored") {
  CHECK(parse_widget_config(R"({})").carousel_seconds == 7);
  CHECK(parse_widget_config(R"({"interval":"3"})").carousel_seconds == 3);
  CHECK(parse_widget_config(R"({"interval":2.5})").carousel_seconds == 2.5);
  CHECK(parse_widget_config(R"({"interval":"0"})").carousel_seconds == 0);
  CHECK(parse_widget_config(R"({"interval":"-4"})").carousel_seconds == 7);
  CHECK(parse_widget_config(R"({"interval":"vite"})").carousel_seconds == 7);
  CHECK(parse_widget_config(R"({"interval":"3s"})").carousel_seconds == 7);
  CHECK(parse_widget_config(R"({"reducedMotion":true})").reduced_motion);
}

TEST_CASE("the refresh period: 5 min by default, seconds up to a day, 0 for never") {
  CHECK(parse_widget_config("{}").refresh_seconds == 300);
  CHECK(parse_widget_config(R"({"refresh":"1"})").refresh_seconds == 1);
  CHECK(parse_widget_config(R"({"refresh":0})").refresh_seconds == 0);
  CHECK(parse_widget_config(R"({"refresh":"86400"})").refresh_seconds == 86400);
  CHECK(parse_widget_config(R"({"refresh":"86401"})").refresh_seconds == 300);
  CHECK(parse_widget_config(R"({"refresh":"souvent"})").refresh_seconds == 300);
}
