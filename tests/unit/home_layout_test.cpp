#include "core/home_layout.h"

#include <doctest/doctest.h>

#include <initializer_list>

using namespace kiosque;

TEST_CASE("narrow boxes stack and fold the tabs into a menu") {
  const HomeLayout phone = choose_home_layout(320, 640);
  CHECK(phone.tabs == TabStyle::Menu);
  CHECK_FALSE(phone.side_by_side);
  CHECK(phone.show_carousel);
  CHECK(phone.carousel_width == 320);
  CHECK(phone.carousel_height <= 640 * 0.55f);
  CHECK(phone.thumbnail == 64);
  CHECK(choose_home_layout(480, 640).tabs == TabStyle::Strip);
}

TEST_CASE("wide boxes put the carousel beside the headlines") {
  const HomeLayout desktop = choose_home_layout(1440, 900);
  CHECK(desktop.side_by_side);
  CHECK(desktop.carousel_width < 1440);
  CHECK(desktop.carousel_width > 1440 / 2);
  CHECK(desktop.carousel_height <= 900 - 44);
  CHECK_FALSE(choose_home_layout(800, 600).side_by_side);
  CHECK(choose_home_layout(1920, 1080).side_by_side);
}

TEST_CASE("short boxes drop the carousel; headlines keep the room") {
  for (float width : {320.0f, 800.0f, 1920.0f}) {
    const HomeLayout strip = choose_home_layout(width, 240);
    CHECK_FALSE(strip.show_carousel);
    CHECK_FALSE(strip.side_by_side);
    CHECK(strip.title_lines == 2);
  }
  CHECK(choose_home_layout(320, 568).title_lines == 3);
}

TEST_CASE("the carousel never takes more than its share, at any size") {
  for (float width = 320; width <= 1920; width += 80) {
    for (float height = 240; height <= 1200; height += 60) {
      const HomeLayout layout = choose_home_layout(width, height);
      CHECK(layout.carousel_width <= width);
      CHECK(layout.carousel_height <= height);
      if (layout.show_carousel && !layout.side_by_side)
        CHECK(layout.carousel_height <= (height - 44) * 0.55f + 0.5f);
    }
  }
}
