#include "kinetic_scroll.h"

#include <algorithm>
#include <cmath>

namespace kiosque {

namespace {
constexpr double kGlideTimeConstantMs = 325.0;
constexpr float kStopVelocity = 0.01f;         // units per ms: slower than this has stopped
constexpr double kVelocitySmoothingMs = 50.0;  // recent moves weigh more
constexpr double kStaleReleaseMs = 100.0;      // a finger held still before release does not glide
}  // namespace

void KineticScroll::press(float position, double time_ms) {
  pressed_ = true;
  dragging_ = false;
  gliding_ = false;
  press_position_ = last_position_ = position;
  last_time_ms_ = time_ms;
  velocity_ = 0;
  pending_ = 0;
}

void KineticScroll::move(float position, double time_ms) {
  if (!pressed_) return;
  if (!dragging_ && std::fabs(position - press_position_) > kTapSlop) dragging_ = true;
  // The content moves against the finger: dragging up scrolls towards the end.
  const float travel = last_position_ - position;
  if (dragging_) pending_ += travel;
  const double elapsed = time_ms - last_time_ms_;
  if (elapsed > 0) {
    // A moving average over the last ~50 ms: one jittery event does not fling.
    const float instant = static_cast<float>(travel / elapsed);
    const float weight = static_cast<float>(std::min(1.0, elapsed / kVelocitySmoothingMs));
    velocity_ += (instant - velocity_) * weight;
  }
  last_position_ = position;
  last_time_ms_ = time_ms;
}

void KineticScroll::release(double time_ms) {
  if (!pressed_) return;
  pressed_ = false;
  gliding_ = dragging_ && time_ms - last_time_ms_ < kStaleReleaseMs &&
             std::fabs(velocity_) > kStopVelocity;
  glide_time_ms_ = time_ms;
  if (!gliding_) velocity_ = 0;
}

void KineticScroll::stop() {
  gliding_ = false;
  velocity_ = 0;
}

float KineticScroll::take_delta(double time_ms) {
  float delta = pending_;
  pending_ = 0;
  if (gliding_) {
    // Exact integral of v0·e^(-t/τ) over the step, so the glide's length does
    // not depend on the frame rate.
    const double dt = time_ms - glide_time_ms_;
    if (dt > 0) {
      const double decay = std::exp(-dt / kGlideTimeConstantMs);
      delta += static_cast<float>(velocity_ * kGlideTimeConstantMs * (1.0 - decay));
      velocity_ = static_cast<float>(velocity_ * decay);
      glide_time_ms_ = time_ms;
    }
    if (std::fabs(velocity_) < kStopVelocity) stop();
  }
  return delta;
}

}  // namespace kiosque
