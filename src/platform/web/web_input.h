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
//  - touch: the first finger acts as the mouse, tap without hover
//  - keyboard while the canvas has focus: navigation and editing keys,
//    Ctrl/Shift/Alt/Meta, typed characters; Tab is left to the browser
#pragma once

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

// Call right after ImGui::NewFrame(). ImGui 1.86 samples button state once a
// frame, so a press and release that both arrive between two frames would be
// lost: the release is held back until a frame has seen the press.
void input_frame_started();

}  // namespace kiosque
