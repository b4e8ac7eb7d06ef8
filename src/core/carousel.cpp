#include "carousel.h"

#include <algorithm>

namespace kiosque {

float ease_in_out(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return t < 0.5f ? 4 * t * t * t : 1 - (-2 * t + 2) * (-2 * t + 2) * (-2 * t + 2) / 2;
}

void Carousel::restart(int count, double now_ms) {
  count_ = std::max(0, count);
  index_ = previous_index_ = 0;
  direction_ = 1;
  slide_started_ms_ = now_ms;
  paused_at_ms_ = 0;
  transition_started_ms_ = -1e18;
}

void Carousel::set_count(int count, double now_ms) {
  count_ = std::max(0, count);
  if (index_ >= count_) {
    index_ = previous_index_ = 0;
    slide_started_ms_ = now_ms;
  }
  previous_index_ = std::min(previous_index_, std::max(0, count_ - 1));
}

void Carousel::update(double now_ms) {
  if (paused() || count_ < 2 || settings_.interval_ms <= 0) return;
  if (now_ms - slide_started_ms_ >= settings_.interval_ms) go_to(index_ + 1, now_ms);
}

void Carousel::go_to(int index, double now_ms) {
  if (count_ == 0) return;
  const int wrapped = ((index % count_) + count_) % count_;
  direction_ = index >= index_ ? 1 : -1;
  previous_index_ = index_;
  index_ = wrapped;
  slide_started_ms_ = now_ms;
  paused_at_ms_ = 0;
  transition_started_ms_ = settings_.reduced_motion || previous_index_ == index_ ? -1e18 : now_ms;
}

void Carousel::set_paused(PauseReason reason, bool paused_now, double now_ms) {
  const bool was_paused = paused();
  if (paused_now)
    pause_reasons_ |= reason;
  else
    pause_reasons_ &= static_cast<std::uint8_t>(~reason);
  if (!was_paused && paused()) {
    paused_at_ms_ = now_ms - slide_started_ms_;
  } else if (was_paused && !paused()) {
    // Resume where the dwell stopped: a hover does not reset the slide's time.
    slide_started_ms_ = now_ms - paused_at_ms_;
  }
}

float Carousel::dwell_progress(double now_ms) const {
  if (count_ < 2 || settings_.interval_ms <= 0) return 0;
  const double spent = paused() ? paused_at_ms_ : now_ms - slide_started_ms_;
  return static_cast<float>(std::clamp(spent / settings_.interval_ms, 0.0, 1.0));
}

float Carousel::transition_progress(double now_ms) const {
  if (settings_.transition_ms <= 0) return 1;
  return static_cast<float>(
      std::clamp((now_ms - transition_started_ms_) / settings_.transition_ms, 0.0, 1.0));
}

double Carousel::next_advance_ms() const {
  if (paused() || count_ < 2 || settings_.interval_ms <= 0) return -1;
  return slide_started_ms_ + settings_.interval_ms;
}

}  // namespace kiosque
