#include "core/carousel.h"

#include <doctest/doctest.h>

using namespace kiosque;

TEST_CASE("the carousel advances by itself at the interval and wraps") {
  Carousel carousel({1000, 200, false});
  carousel.set_count(3, 0);
  carousel.update(999);
  CHECK(carousel.index() == 0);
  carousel.update(1000);
  CHECK(carousel.index() == 1);
  CHECK(carousel.next_advance_ms() == doctest::Approx(2000));
  carousel.update(2000);
  carousel.update(3000);
  CHECK(carousel.index() == 0);  // wrapped
  CHECK(carousel.previous_index() == 2);
}

TEST_CASE("the transition eases over its duration, and is a cut with reduced motion") {
  Carousel carousel({1000, 200, false});
  carousel.set_count(3, 0);
  carousel.next(500);
  CHECK(carousel.transitioning(600));
  CHECK(carousel.transition_progress(600) == doctest::Approx(0.5f));
  CHECK_FALSE(carousel.transitioning(700));
  CHECK(ease_in_out(0) == 0);
  CHECK(ease_in_out(0.5f) == doctest::Approx(0.5f));
  CHECK(ease_in_out(1) == 1);
  CHECK(ease_in_out(0.25f) < 0.25f);  // slow start

  Carousel still({1000, 200, true});
  still.set_count(3, 0);
  still.next(500);
  CHECK_FALSE(still.transitioning(500));
  CHECK(still.index() == 1);
}

TEST_CASE("pausing freezes the dwell; resuming continues it") {
  Carousel carousel({1000, 200, false});
  carousel.set_count(2, 0);
  carousel.update(400);
  carousel.set_paused(kPauseHover, true, 400);
  CHECK(carousel.next_advance_ms() < 0);
  carousel.update(5000);
  CHECK(carousel.index() == 0);
  CHECK(carousel.dwell_progress(5000) == doctest::Approx(0.4f));
  // Two reasons: both must end.
  carousel.set_paused(kPauseFocus, true, 5000);
  carousel.set_paused(kPauseHover, false, 5000);
  CHECK(carousel.paused());
  carousel.set_paused(kPauseFocus, false, 6000);
  CHECK_FALSE(carousel.paused());
  CHECK(carousel.next_advance_ms() == doctest::Approx(6600));
  carousel.update(6599);
  CHECK(carousel.index() == 0);
  carousel.update(6600);
  CHECK(carousel.index() == 1);
}

TEST_CASE("manual moves restart the dwell and set the direction") {
  Carousel carousel({1000, 200, false});
  carousel.set_count(4, 0);
  carousel.previous(300);
  CHECK(carousel.index() == 3);
  CHECK(carousel.direction() == -1);
  CHECK(carousel.next_advance_ms() == doctest::Approx(1300));
  carousel.go_to(1, 400);
  CHECK(carousel.index() == 1);
}

TEST_CASE("fewer than two slides never advance; a shrinking feed keeps the index valid") {
  Carousel carousel({1000, 200, false});
  carousel.set_count(1, 0);
  carousel.update(10000);
  CHECK(carousel.index() == 0);
  CHECK(carousel.next_advance_ms() < 0);
  carousel.set_count(5, 0);
  carousel.go_to(4, 0);
  carousel.set_count(3, 100);
  CHECK(carousel.index() < 3);
  carousel.set_count(0, 200);
  carousel.next(300);
  CHECK(carousel.index() == 0);
}

TEST_CASE("restart shows the first slide at once and times its dwell from now") {
  Carousel carousel({1000, 200, false});
  carousel.set_count(3, 0);
  carousel.go_to(2, 100);
  carousel.restart(4, 5000);
  CHECK(carousel.index() == 0);
  CHECK(carousel.count() == 4);
  CHECK_FALSE(carousel.transitioning(5000));
  CHECK(carousel.dwell_progress(5500) == doctest::Approx(0.5f));
  CHECK(carousel.next_advance_ms() == doctest::Approx(6000));
}

TEST_CASE("an interval of 0 turns autoplay off") {
  Carousel carousel({0, 200, false});
  carousel.set_count(3, 0);
  carousel.update(1e9);
  CHECK(carousel.index() == 0);
  CHECK(carousel.next_advance_ms() < 0);
  CHECK(carousel.dwell_progress(5000) == 0);
  carousel.next(10);
  CHECK(carousel.index() == 1);
}
