#include "core/kinetic_scroll.h"

#include <doctest/doctest.h>

using namespace kiosque;

TEST_CASE("a press that stays within the slop is a tap and scrolls nothing") {
  KineticScroll scroll;
  scroll.press(100, 0);
  scroll.move(104, 16);
  CHECK_FALSE(scroll.dragging());
  CHECK(scroll.take_delta(16) == 0);
  scroll.release(32);
  CHECK_FALSE(scroll.gliding());
}

TEST_CASE("while dragging the content follows the finger, against its direction") {
  KineticScroll scroll;
  scroll.press(300, 0);
  scroll.move(280, 16);  // past the slop: from now on it is a drag
  CHECK(scroll.dragging());
  scroll.move(250, 32);
  // The finger went up 50 from the press: so does the content, towards the end.
  CHECK(scroll.take_delta(32) == doctest::Approx(50));
  scroll.move(260, 48);
  CHECK(scroll.take_delta(48) == doctest::Approx(-10));
}

TEST_CASE("a flick glides on and slows down; total glide is independent of frame rate") {
  auto glide_total = [](double frame_ms) {
    KineticScroll scroll;
    scroll.press(500, 0);
    for (int i = 1; i <= 6; ++i) scroll.move(500 - 30.0f * i, 16.0 * i);  // ~1.9 px/ms upwards
    scroll.take_delta(96);
    scroll.release(100);
    REQUIRE(scroll.gliding());
    float total = 0;
    double t = 100;
    float first = -1, last = 0;
    while (scroll.gliding() && t < 10000) {
      t += frame_ms;
      last = scroll.take_delta(t);
      if (first < 0) first = last;
      total += last;
    }
    CHECK_FALSE(scroll.gliding());
    CHECK(last < first);  // it slowed down
    return total;
  };
  const float at_60hz = glide_total(16.67);
  const float at_30hz = glide_total(33.3);
  CHECK(at_60hz > 300);
  CHECK(at_60hz < 1000);
  CHECK(at_30hz == doctest::Approx(at_60hz).epsilon(0.05));
}

TEST_CASE("holding still before lifting the finger does not glide; stop() ends a glide") {
  KineticScroll scroll;
  scroll.press(500, 0);
  scroll.move(400, 16);
  scroll.release(400);  // held for 384 ms
  CHECK_FALSE(scroll.gliding());

  scroll.press(500, 1000);
  scroll.move(450, 1016);
  scroll.move(400, 1032);
  scroll.release(1040);
  CHECK(scroll.gliding());
  scroll.stop();
  scroll.take_delta(1100);
  CHECK(scroll.take_delta(1200) == 0);
}
