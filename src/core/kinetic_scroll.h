// Kiosque core: drag-to-scroll with inertia, as a finger expects it.
//
// While the finger is down the content follows it exactly; on release it
// keeps the finger's last velocity and slows down exponentially (time
// constant ~325 ms, as native lists do). A press that never travels past
// `kTapSlop` is a tap, not a drag: the caller lets it click.
//
//   scroll.press(y, t); scroll.move(y, t); ... scroll.release(t);
//   each frame: content_offset += scroll.take_delta(t);
#pragma once

namespace kiosque {

class KineticScroll {
 public:
  static constexpr float kTapSlop = 8.0f;  // in the caller's units (CSS px × scale)

  void press(float position, double time_ms);
  void move(float position, double time_ms);
  void release(double time_ms);
  void stop();  // the content hit an end, or another gesture began

  // How far the content must scroll (positive: towards the end) since the
  // last call: finger travel while dragging, the glide after release.
  float take_delta(double time_ms);

  bool pressed() const { return pressed_; }
  bool dragging() const { return dragging_; }  // travelled past the tap slop
  bool gliding() const { return gliding_; }
  float velocity() const { return velocity_; }  // units per ms, positive towards the end

 private:
  bool pressed_ = false;
  bool dragging_ = false;
  bool gliding_ = false;
  float press_position_ = 0;
  float last_position_ = 0;
  double last_time_ms_ = 0;
  float velocity_ = 0;
  float pending_ = 0;
  double glide_time_ms_ = 0;
};

}  // namespace kiosque
