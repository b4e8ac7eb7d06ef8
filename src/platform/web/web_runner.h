// Kiosque web platform: the runner. One widget per wasm instance.
//
// The runner owns the Reader, the view, the fonts and the WebGL context, and
// draws frames on demand: input, a finished fetch, a resize or an animation
// asks for a few frames; with nothing to do, none are drawn. The event loop
// is the browser's: no thread, no busy loop, no main loop.
//
// Files of the web platform layer:
//   web_runner    start-up, GL context, frames        (this file)
//   feed_loader   fetching the feed and its sections
//   web_input     canvas events to ImGui
//   web_fetch     HTTP GET through fetch()
//   webgl_renderer  ImGui's draw data to WebGL2
//   web_api       the C functions web/kiosque.js calls
//   embed_api     more of them: attribute changes, refresh, the DOM mirror
//   kiosque_bridge.js  the JavaScript side of all of the above
#pragma once

#include <emscripten/html5.h>

#include <cstdint>
#include <string>

#include "core/kiosk_show.h"
#include "core/mirror_json.h"
#include "core/reader.h"
#include "core/widget_config.h"
#include "feed_loader.h"
#include "views/fonts.h"
#include "views/reader_view.h"
#include "views/theme.h"
#include "web_input.h"
#include "webgl_renderer.h"

namespace kiosque {

// Frames drawn after an input or a change: ImGui needs one to see the event
// and one to settle hover states that depend on the result.
constexpr int kFramesAfterChange = 3;

class WebRunner final : public InputListener {
 public:
  static WebRunner& get();

  void start();
  void request_frames(int count);
  void resize(float css_width, float css_height, float pixel_ratio);

  Reader& reader() { return reader_; }
  FeedLoader& feed_loader() { return feed_loader_; }
  const ReaderView& view() const { return view_; }
  const WidgetConfig& config() const { return config_; }
  std::uint64_t frames_rendered() const { return frames_rendered_; }
  // The kiosk show (null when not a kiosk) and memory figures, for state().
  RuntimeFigures runtime_figures() const;
  // The controls of the last frame in CSS pixels (the kiosk draws larger).
  std::vector<ControlRect> controls() const;

  // After a command from the page or a new feed: tell the page, redraw.
  void after_change();
  void feed_replaced() { view_.invalidate_layout(); }
  // Dispatches a DOM event `kiosque-<type>` on the element.
  void emit(const char* type, const std::string& detail_json);

  // Embedding (embed_api.cpp): the element's attributes changed; fetch the
  // feed again; the DOM mirror's keyboard focus, ringed on the canvas;
  // whether the widget can be seen at all.
  void reconfigure(WidgetConfig config);
  void refresh_feed();
  void set_focused_control(FocusedControl control);
  void set_visible(bool visible);

  // InputListener
  void on_input() override { request_frames(kFramesAfterChange); }
  float pixel_ratio() const override { return pixel_ratio_; }
  bool can_scroll(float delta_y) const override {
    return delta_y < 0 ? last_output_.can_scroll_up : last_output_.can_scroll_down;
  }

 private:
  static EM_BOOL on_animation_frame(double time_ms, void* user_data);
  static void on_wake(void* user_data);
  static void on_loading_screen_due(void* user_data);
  // Draws one frame at that time (performance.now() clock).
  void wake_at(double time_ms);
  // Kiosk: the show moves on, input pauses it, the cursor hides when idle.
  void run_show(double now_ms, bool touch_moving);
  // Texts that tell the time (clock, "il y a 12 min") are drawn again when
  // their minute turns, and only then.
  void wake_for_time_texts(double now_ms);
  void draw_kiosk_corner_texts(const ViewContext& context);
  // Device pixels per CSS pixel of layout: the kiosk draws everything larger.
  float view_scale() const;
  // A- / A+: one step along kTextZooms, remembered.
  void change_text_size(int step);
  bool create_gl_context();
  void apply_settings();
  void load_fonts(bool article_faces);
  void update_font_atlas(float scale);
  void draw_frame(double time_ms);
  // An article is open and the faces of its text are on their way (asked
  // for here, once): its frames wait, the last one stays on screen.
  bool waiting_for_article_faces();
  void emit_navigation();
  void draw_focus_ring();
  std::string resolve_asset(const std::string& relative) const;

  WidgetConfig config_;
  Reader reader_;
  ReaderView view_;
  Fonts fonts_;
  FeedLoader feed_loader_{*this};
  Theme theme_ = Theme::light(kDefaultAccent);
  ViewOutput last_output_;

  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_context_ = 0;
  WebGlRenderer renderer_;
  float pixel_ratio_ = 1;
  int pixel_width_ = 0, pixel_height_ = 0;
  float theme_scale_ = 0;
  bool fonts_failed_ = false;
  bool article_fonts_requested_ = false, article_fonts_failed_ = false;

  bool frame_scheduled_ = false;
  int frames_wanted_ = 0;
  double last_frame_ms_ = 0;
  std::uint64_t frames_rendered_ = 0;
  bool touch_moving_ = false;  // a finger down or a glide: keep drawing
  int text_zoom_index_ = 1;    // into kTextZooms (web_runner.cpp): 1.0
  long wake_timer_ = 0;
  double started_ms_ = 0;          // performance.now() at start()
  long loading_screen_timer_ = 0;  // the loading screen, if the first feed is slow
  double wake_time_ms_ = 0;
  std::string last_cursor_;
  std::string emitted_section_, emitted_article_, emitted_route_;
  // Embedding: the element hears of every change the mirror must show; a
  // refresh asked during a load waits for it (FeedLoader runs one at a time).
  unsigned notified_revision_ = ~0u;
  int notified_slide_ = -1;  // the carousel's slide is in the mirror too
  bool refresh_queued_ = false;
  bool restart_on_refresh_ = false;  // the feed URL changed: start over as on first load
  FocusedControl focused_control_;
  KioskShow show_;
  double pointer_moved_ms_ = 0;  // kiosk: the cursor hides a while after
  ImVec2 last_mouse_pos_;
};

}  // namespace kiosque
