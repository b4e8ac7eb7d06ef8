// Kiosque web platform: browser input to Dear ImGui (1.86's input API).
//
// Listeners sit on the widget's canvas only, so the host page keeps its own
// keys, clicks and scrolling. Positions are CSS pixels times the device
// pixel ratio: ImGui works in the canvas's real pixels.
//
// Features:
//  - mouse: position, three buttons, release outside the canvas (window
//    listener that never prevents anything)
//  - wheel: pixel, line and page modes; passed on to the page when the
//    widget cannot scroll further in that direction
//  - touch: a tap is a click (no hover first), a vertical drag scrolls with
//    inertia, a horizontal one is a mouse drag (the carousel's swipe)
//  - keyboard while the canvas has focus: navigation and editing keys,
//    Ctrl/Shift/Alt/Meta, typed characters; Tab is left to the browser
#pragma once

#include <imgui.h>

namespace kiosque {

class InputListener {
 public:
  virtual ~InputListener() = default;
  virtual void on_input() = 0;  // something changed: draw a few frames
  virtual float pixel_ratio() const = 0;
  // Whether the widget would scroll for this wheel movement (CSS pixels,
  // positive is down); when not, the page scrolls instead.
  virtual bool can_scroll(float delta_y) const = 0;
};

void install_input_listeners(const char* canvas_target, InputListener* listener);

// Touch scrolling since the last call, in device pixels (positive: towards
// the end), and where the finger is, for the view to scroll what is under it.
struct TouchScroll {
  float delta = 0;
  ImVec2 at;
  bool moving = false;  // a finger down or a glide: more frames to come
};
TouchScroll take_touch_scroll();

// Whether the canvas itself has the keyboard focus (a click on it gives it).
bool canvas_has_focus();

// Call right after ImGui::NewFrame(). ImGui 1.86 samples button state once a
// frame, so a press and release that both arrive between two frames would be
// lost: the release is held back until a frame has seen the press.
void input_frame_started();

}  // namespace kiosque
