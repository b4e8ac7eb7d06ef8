#include "web_input.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <cstring>

#include "core/kinetic_scroll.h"

namespace kiosque {

namespace {

InputListener* g_listener = nullptr;

// ImGui 1.86 samples buttons and keys once a frame. A press and a release
// that both arrive between two frames would be lost, so a release waits
// until a frame has seen its press. Mouse buttons and keys share the books.
template <int kCount>
struct HeldBack {
  bool press_unseen[kCount] = {};
  bool release_pending[kCount] = {};

  void press(bool& state, int index) {
    state = true;
    press_unseen[index] = true;
    release_pending[index] = false;
  }
  void release(bool& state, int index) {
    if (press_unseen[index])
      release_pending[index] = true;
    else
      state = false;
  }
  // At a frame's start: returns true when a held-back release was applied.
  bool frame_started(bool* states) {
    bool released = false;
    for (int i = 0; i < kCount; ++i) {
      press_unseen[i] = false;
      if (release_pending[i]) {
        release_pending[i] = false;
        states[i] = false;
        released = true;
      }
    }
    return released;
  }
};

constexpr int kMouseButtons = 3;
constexpr int kKeys = 512;  // ImGuiIO::KeysDown's size in 1.86
HeldBack<kMouseButtons> g_buttons;
HeldBack<kKeys> g_keys;

// The finger on the canvas, for touch scrolling.
KineticScroll g_kinetic;
ImVec2 g_touch_start, g_touch_at;
bool g_touch_scrolling = false;
bool g_canvas_focused = false;

void press_button(int button) {
  g_buttons.press(ImGui::GetIO().MouseDown[button], button);
}
void release_button(int button) {
  g_buttons.release(ImGui::GetIO().MouseDown[button], button);
}

// DOM keyCode values for the keys ImGui asks about; KeysDown is indexed by them.
constexpr int kKeyTab = 9, kKeyBackspace = 8, kKeyEnter = 13, kKeyEscape = 27, kKeySpace = 32,
              kKeyPageUp = 33, kKeyPageDown = 34, kKeyEnd = 35, kKeyHome = 36, kKeyLeft = 37,
              kKeyUp = 38, kKeyRight = 39, kKeyDown = 40, kKeyInsert = 45, kKeyDelete = 46;

void map_keys(ImGuiIO& io) {
  io.KeyMap[ImGuiKey_Tab] = kKeyTab;
  io.KeyMap[ImGuiKey_LeftArrow] = kKeyLeft;
  io.KeyMap[ImGuiKey_RightArrow] = kKeyRight;
  io.KeyMap[ImGuiKey_UpArrow] = kKeyUp;
  io.KeyMap[ImGuiKey_DownArrow] = kKeyDown;
  io.KeyMap[ImGuiKey_PageUp] = kKeyPageUp;
  io.KeyMap[ImGuiKey_PageDown] = kKeyPageDown;
  io.KeyMap[ImGuiKey_Home] = kKeyHome;
  io.KeyMap[ImGuiKey_End] = kKeyEnd;
  io.KeyMap[ImGuiKey_Insert] = kKeyInsert;
  io.KeyMap[ImGuiKey_Delete] = kKeyDelete;
  io.KeyMap[ImGuiKey_Backspace] = kKeyBackspace;
  io.KeyMap[ImGuiKey_Space] = kKeySpace;
  io.KeyMap[ImGuiKey_Enter] = kKeyEnter;
  io.KeyMap[ImGuiKey_Escape] = kKeyEscape;
  io.KeyMap[ImGuiKey_KeyPadEnter] = kKeyEnter;
  io.KeyMap[ImGuiKey_A] = 'A';
  io.KeyMap[ImGuiKey_C] = 'C';
  io.KeyMap[ImGuiKey_V] = 'V';
  io.KeyMap[ImGuiKey_X] = 'X';
  io.KeyMap[ImGuiKey_Y] = 'Y';
  io.KeyMap[ImGuiKey_Z] = 'Z';
}

// Keys whose browser default (scrolling the page, activating) the widget
// replaces while it has focus.
bool widget_owns_key(unsigned long key_code) {
  switch (key_code) {
    case kKeySpace:
    case kKeyPageUp:
    case kKeyPageDown:
    case kKeyEnd:
    case kKeyHome:
    case kKeyLeft:
    case kKeyUp:
    case kKeyRight:
    case kKeyDown:
    case kKeyEnter:
    case kKeyEscape:
      return true;
    default:
      return false;
  }
}

void set_mouse_position(float css_x, float css_y) {
  const float ratio = g_listener->pixel_ratio();
  ImGui::GetIO().MousePos = ImVec2(css_x * ratio, css_y * ratio);
}

EM_BOOL on_mouse(int event_type, const EmscriptenMouseEvent* event, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const int button = event->button == 0 ? 0 : event->button == 2 ? 1 : event->button == 1 ? 2 : -1;
  switch (event_type) {
    case EMSCRIPTEN_EVENT_MOUSEMOVE:
      set_mouse_position(static_cast<float>(event->targetX), static_cast<float>(event->targetY));
      break;
    case EMSCRIPTEN_EVENT_MOUSEDOWN:
      set_mouse_position(static_cast<float>(event->targetX), static_cast<float>(event->targetY));
      if (button >= 0) press_button(button);
      break;
    case EMSCRIPTEN_EVENT_MOUSEUP:
      if (button >= 0) release_button(button);
      break;
    case EMSCRIPTEN_EVENT_MOUSELEAVE:
      io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      break;
    default:
      return EM_FALSE;
  }
  g_listener->on_input();
  // Never prevent the default: the canvas must still take focus on click.
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*) {
  // deltaMode: 0 pixels, 1 lines, 2 pages. ImGui scrolls 5 font heights per
  // unit; a wheel notch is about 100 CSS pixels, or 3 lines.
  double dy = event->deltaY, dx = event->deltaX;
  if (event->deltaMode == DOM_DELTA_LINE) dy *= 33.0, dx *= 33.0;
  if (event->deltaMode == DOM_DELTA_PAGE) dy *= 400.0, dx *= 400.0;
  if (!g_listener->can_scroll(static_cast<float>(dy))) return EM_FALSE;
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheel -= static_cast<float>(dy / 100.0);
  io.MouseWheelH -= static_cast<float>(dx / 100.0);
  set_mouse_position(static_cast<float>(event->mouse.targetX),
                     static_cast<float>(event->mouse.targetY));
  g_listener->on_input();
  return EM_TRUE;
}

EM_BOOL on_key(int event_type, const EmscriptenKeyboardEvent* event, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const bool down = event_type == EMSCRIPTEN_EVENT_KEYDOWN;
  static_assert(sizeof(io.KeysDown) / sizeof(io.KeysDown[0]) == kKeys,
                "ImGui's key table changed size");
  if (event->keyCode < kKeys) {
    const int key = static_cast<int>(event->keyCode);
    if (down)
      g_keys.press(io.KeysDown[key], key);
    else
      g_keys.release(io.KeysDown[key], key);
  }
  io.KeyCtrl = event->ctrlKey;
  io.KeyShift = event->shiftKey;
  io.KeyAlt = event->altKey;
  io.KeySuper = event->metaKey;
  // A printable key's `key` is the character itself, one code point.
  if (down && !event->ctrlKey && !event->metaKey && std::strlen(event->key) <= 4 &&
      static_cast<unsigned char>(event->key[0]) >= 0x20)
    io.AddInputCharactersUTF8(event->key);
  g_listener->on_input();
  return widget_owns_key(event->keyCode) ? EM_TRUE : EM_FALSE;
}

// Touch: a tap is a click; a vertical drag scrolls the content under the
// finger with inertia (core/kinetic_scroll.h); a horizontal drag stays a
// mouse drag, which the carousel reads as a swipe.
EM_BOOL on_touch(int event_type, const EmscriptenTouchEvent* event, void*) {
  if (event->numTouches < 1) return EM_FALSE;
  const EmscriptenTouchPoint& touch = event->touches[0];
  const float ratio = g_listener->pixel_ratio();
  const ImVec2 at(static_cast<float>(touch.targetX) * ratio,
                  static_cast<float>(touch.targetY) * ratio);
  const double now = emscripten_get_now();
  ImGuiIO& io = ImGui::GetIO();
  switch (event_type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART:
      g_touch_start = g_touch_at = at;
      g_touch_scrolling = false;
      g_kinetic.press(at.y, now);
      io.MousePos = at;
      press_button(0);
      break;
    case EMSCRIPTEN_EVENT_TOUCHMOVE:
      g_touch_at = at;
      g_kinetic.move(at.y, now);
      if (!g_touch_scrolling && g_kinetic.dragging() &&
          std::fabs(at.y - g_touch_start.y) > std::fabs(at.x - g_touch_start.x)) {
        // A scroll, not a click: the pointer leaves before the button lifts,
        // so nothing under the finger is activated.
        g_touch_scrolling = true;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        release_button(0);
      }
      if (!g_touch_scrolling) io.MousePos = at;
      break;
    default:  // end, cancel
      g_kinetic.release(now);
      if (!g_touch_scrolling) release_button(0);
      g_touch_scrolling = false;
      break;
  }
  g_listener->on_input();
  // Handled here: no emulated mouse events follow, and the page does not pan
  // under a finger that is reading the widget (the canvas has touch-action: none).
  return EM_TRUE;
}

EM_BOOL on_focus(int event_type, const EmscriptenFocusEvent*, void*) {
  g_canvas_focused = event_type == EMSCRIPTEN_EVENT_FOCUS;
  g_listener->on_input();
  return EM_FALSE;
}

}  // namespace

bool canvas_has_focus() {
  return g_canvas_focused;
}

TouchScroll take_touch_scroll() {
  TouchScroll scroll;
  scroll.delta = g_kinetic.take_delta(emscripten_get_now());
  scroll.at = g_touch_at;
  scroll.moving = g_kinetic.pressed() || g_kinetic.gliding();
  return scroll;
}

void input_frame_started() {
  ImGuiIO& io = ImGui::GetIO();
  const bool buttons_released = g_buttons.frame_started(io.MouseDown);
  const bool keys_released = g_keys.frame_started(io.KeysDown);
  if (buttons_released || keys_released) g_listener->on_input();  // the next frame sees the release
}

void install_input_listeners(const char* canvas_target, InputListener* listener) {
  g_listener = listener;
  map_keys(ImGui::GetIO());
  emscripten_set_mousedown_callback(canvas_target, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mousemove_callback(canvas_target, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mouseleave_callback(canvas_target, nullptr, EM_FALSE, on_mouse);
  // A drag that ends outside the canvas must still release the button.
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_mouse);
  emscripten_set_wheel_callback(canvas_target, nullptr, EM_FALSE, on_wheel);
  emscripten_set_keydown_callback(canvas_target, nullptr, EM_FALSE, on_key);
  emscripten_set_keyup_callback(canvas_target, nullptr, EM_FALSE, on_key);
  emscripten_set_touchstart_callback(canvas_target, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchmove_callback(canvas_target, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchend_callback(canvas_target, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchcancel_callback(canvas_target, nullptr, EM_FALSE, on_touch);
  emscripten_set_focus_callback(canvas_target, nullptr, EM_FALSE, on_focus);
  emscripten_set_blur_callback(canvas_target, nullptr, EM_FALSE, on_focus);
}

}  // namespace kiosque
