// Kiosque core: the widget's settings, as the page gives them.
//
// The page passes a JSON object (web/kiosque.js builds it from the element's
// attributes). Every field is optional; defaults are documented here and in
// the README's embed section.
#pragma once

#include <string>
#include <string_view>

#include "dates.h"
#include "kiosk_show.h"
#include "refresh_policy.h"

namespace kiosque {

enum class ThemeChoice { Light, Dark };

struct WidgetConfig {
  std::string feed_url = "sample/posts.json";  // posts (WordPress) or JSON Feed URL
  std::string categories_url;                  // WordPress sections; derived when empty
  std::string asset_base;                      // folder of kiosque.js: fonts are under it
  std::string section;                         // slug of the section to open first
  Lang lang = Lang::French;                    // "fr" (default) or "en"
  ThemeChoice theme = ThemeChoice::Light;      // "light" (default) or "dark"
  std::uint32_t accent_rgb = 0xC41E2A;         // "#c41e2a": the publisher's red
  double carousel_seconds = 7;                 // "interval": seconds a slide stays; 0 = no autoplay
  double refresh_seconds =
      kDefaultRefreshSeconds;   // "refresh": seconds between feed refreshes; 0 = never by itself
  bool reduced_motion = false;  // "reducedMotion": slides cut instead of gliding
  bool kiosk = false;           // "kiosk": larger type, the show, the clock corner
  // "showCarouselSeconds", "showArticleSeconds", "showStories", "idleSeconds"
  // (attributes show-carousel-seconds...): the kiosk show's timing, defaults
  // in core/kiosk_show.h.
  KioskShowSettings show;
};

// Unknown fields and values of the wrong type are ignored (the default stays).
WidgetConfig parse_widget_config(std::string_view json);

// The WordPress categories endpoint beside a posts endpoint:
//   https://site/wp-json/wp/v2/posts?_embed  ->  https://site/wp-json/wp/v2/categories?per_page=100
//   https://site/?rest_route=/wp/v2/posts    ->
//   https://site/?rest_route=/wp/v2/categories&per_page=100
// "" when `posts_url` is not a WordPress posts endpoint.
std::string derive_categories_url(std::string_view posts_url);

}  // namespace kiosque
