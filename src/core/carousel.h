// Kiosque core: the "En ce moment" carousel's clock, with no drawing in it.
//
// It shows one slide at a time, advances by itself every `interval_ms`,
// eases between slides over `transition_ms` (a cut with reduced motion), and
// pauses while any reason holds (hover, focus, touch, hidden page). Time is
// passed in, never read: tests drive it with their own clock, and the runner
// asks `next_wake_ms` when it must draw next instead of drawing every frame.
#pragma once

#include <cstdint>

namespace kiosque {

enum PauseReason : std::uint8_t {
  kPauseHover = 1 << 0,
  kPauseFocus = 1 << 1,
  kPauseTouch = 1 << 2,
  kPauseHidden = 1 << 3,  // page hidden, widget scrolled out of view
  kPauseReader = 1 << 4,  // an article is open over it
  kPauseKeys = 1 << 5,    // the canvas has the keyboard, last pressed on the carousel
};

struct CarouselSettings {
  double interval_ms = 7000;  // 0: no autoplay, the reader moves it
  double transition_ms = 450;
  bool reduced_motion = false;
};

class Carousel {
 public:
  explicit Carousel(CarouselSettings settings = {}) : settings_(settings) {}

  void set_settings(CarouselSettings settings) { settings_ = settings; }
  const CarouselSettings& settings() const { return settings_; }

  // New slides (another section): the first one, its dwell starting now, no glide.
  void restart(int count, double now_ms);
  // The number of slides changed (a refresh): keeps the index in range.
  void set_count(int count, double now_ms);
  int count() const { return count_; }

  // Advances when the dwell is over. Call before drawing.
  void update(double now_ms);

  void next(double now_ms) { go_to(index_ + 1, now_ms); }
  void previous(double now_ms) { go_to(index_ - 1, now_ms); }
  void go_to(int index, double now_ms);  // wraps around

  void set_paused(PauseReason reason, bool paused, double now_ms);
  bool paused() const { return pause_reasons_ != 0; }

  int index() const { return index_; }
  int previous_index() const { return previous_index_; }
  // 0 -> 1 over the dwell of the current slide (frozen while paused).
  float dwell_progress(double now_ms) const;
  // 0 -> 1 over the move from previous_index() to index(); 1 when settled.
  float transition_progress(double now_ms) const;
  // +1 when the last move went forward, -1 backward: which way slides glide.
  int direction() const { return direction_; }

  bool transitioning(double now_ms) const { return transition_progress(now_ms) < 1.0f; }
  // When the carousel next changes on its own, in ms; < 0: never (paused, or
  // fewer than two slides).
  double next_advance_ms() const;

 private:
  CarouselSettings settings_;
  int count_ = 0;
  int index_ = 0;
  int previous_index_ = 0;
  int direction_ = 1;
  double slide_started_ms_ = 0;  // when the current dwell began
  double transition_started_ms_ = -1e18;
  double paused_at_ms_ = 0;  // dwell time already spent when the pause began
  std::uint8_t pause_reasons_ = 0;
};

// Ease-in-out (cubic): slow start, slow end, as a page slide would move.
float ease_in_out(float t);

}  // namespace kiosque
