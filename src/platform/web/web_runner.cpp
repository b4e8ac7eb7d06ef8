// Kiosque web platform: the runner (see web_runner.h).
//
// Index:
//   - start     configuration, WebGL2 context, ImGui, listeners, first fetches
//   - fonts     fetched next to kiosque.js, built into the atlas per DPR
//   - frames    on demand, one requestAnimationFrame at a time
//   - kiosk     the show, the corner's clock, the cursor hidden when idle
#include "web_runner.h"

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/heap.h>
#include <imgui.h>
#include <malloc.h>  // mallinfo(): emmalloc's bytes in use

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>

#include "core/reader_snapshot.h"
#include "core/url.h"
#include "views/kiosk_corner.h"
#include "web_images.h"
#include "webgl_renderer.h"

extern "C" {
void kiosque_js_request_frame(EM_BOOL (*callback)(double, void*), void* user_data);
void kiosque_js_bind_canvas();
char* kiosque_js_config_json();
void kiosque_js_open_url(const char* url);
void kiosque_js_set_cursor(const char* cursor);
void kiosque_js_emit(const char* type, const char* detail_json);
void kiosque_js_copy_text(const char* text);
char* kiosque_js_store_get(const char* key);
void kiosque_js_store_set(const char* key, const char* value);
double kiosque_js_now_ms();
void kiosque_js_mark(const char* name);
}

namespace kiosque {

namespace {

constexpr const char* kTextZoomKey = "kiosque.textZoom";
constexpr float kTextZooms[] = {0.85f, 1.0f, 1.15f, 1.3f, 1.5f};
constexpr int kTextZoomCount = sizeof(kTextZooms) / sizeof(kTextZooms[0]);

constexpr const char* kCanvas = "!kiosque-canvas";

// Kiosk: everything drawn this much larger, to be read from a few metres;
// the pointer hides after this long without moving.
constexpr float kKioskScale = 1.4f;
constexpr double kCursorIdleMs = 3000;
// A frame due sooner than a display refresh is asked of the next one; later, a timer.
constexpr double kFrameMs = 16;

// A first feed that takes longer than this after the start gets a loading
// screen; a quicker one is the first thing drawn. Presenting a frame costs a
// software-WebGL canvas most of a frame's time (a 2880×1800 read-back), so a
// loading screen replaced at once would delay the headlines by that much.
constexpr double kLoadingScreenAfterMs = 1000;

ImU32 accent_colour(std::uint32_t rgb) {
  return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 0xFF);
}

Theme theme_for(const WidgetConfig& config) {
  const ImU32 accent = accent_colour(config.accent_rgb);
  return config.theme == ThemeChoice::Dark ? Theme::dark(accent) : Theme::light(accent);
}

// The local time's offset from UTC, from the browser's time zone.
int utc_offset_minutes(UtcSeconds now) {
  const std::time_t time = static_cast<std::time_t>(now);
  std::tm local{};
  localtime_r(&time, &local);
  return static_cast<int>(local.tm_gmtoff / 60);
}

const char* css_cursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_Hand:
      return "pointer";
    case ImGuiMouseCursor_TextInput:
      return "text";
    case ImGuiMouseCursor_ResizeNS:
      return "ns-resize";
    case ImGuiMouseCursor_ResizeEW:
      return "ew-resize";
    default:
      return "default";
  }
}

}  // namespace

// The configuration's look and motion: theme colours, carousel timing.
void WebRunner::apply_settings() {
  theme_ = theme_for(config_);
  reader_.set_all_sections_name(config_.lang == Lang::French ? "À la une" : "Top stories");
  CarouselSettings carousel = view_.carousel().settings();
  carousel.interval_ms = config_.carousel_seconds * 1000.0;
  carousel.reduced_motion = config_.reduced_motion;
  view_.carousel().set_settings(carousel);
  show_.set_settings(config_.show);
}

WebRunner& WebRunner::get() {
  static WebRunner instance;
  return instance;
}

// ---------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------

void WebRunner::start() {
  kiosque_js_mark("start");
  started_ms_ = emscripten_get_now();
  char* config_json = kiosque_js_config_json();
  config_ = parse_widget_config(config_json);
  std::free(config_json);
  apply_settings();

  if (!create_gl_context()) {
    emit("error", message_event_json("WebGL2 is not available"));
    return;
  }
  kiosque_js_mark("webgl-context");
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // ImGui itself saves nothing between visits
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // the cursor goes through CSS
  if (!renderer_.init()) {
    emit("error", message_event_json("WebGL2 could not compile the widget's shaders"));
    return;
  }
  install_input_listeners(kCanvas, this);
  image_textures().set_on_arrival([this] { request_frames(kFramesAfterChange); });

  if (char* stored = kiosque_js_store_get(kTextZoomKey)) {
    const float zoom = std::strtof(stored, nullptr);
    for (int i = 0; i < kTextZoomCount; ++i)
      if (kTextZooms[i] == zoom) text_zoom_index_ = i;
    std::free(stored);
  }
  // The feed first: its request (after a quick look in the browser's store)
  // then runs while the fonts arrive and the first frame builds their atlas,
  // which holds the main thread for a few hundred ms at DPR 2.
  feed_loader_.load();
  load_fonts(/*article_faces=*/false);
}

bool WebRunner::create_gl_context() {
  kiosque_js_bind_canvas();
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;  // opaque: the compositor skips blending with the page
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  gl_context_ = emscripten_webgl_create_context(kCanvas, &attributes);
  if (gl_context_ <= 0) return false;
  emscripten_webgl_make_context_current(gl_context_);
  return true;
}

void WebRunner::emit(const char* type, const std::string& detail_json) {
  kiosque_js_emit(type, detail_json.c_str());
}

void WebRunner::after_change() {
  if (refresh_queued_ && !reader_.loading()) {
    refresh_queued_ = false;
    refresh_feed();
  }
  emit_navigation();
  request_frames(kFramesAfterChange);
}

void WebRunner::emit_navigation() {
  if (reader_.section_slug() != emitted_section_) {
    emitted_section_ = reader_.section_slug();
    emit("section", section_event_json(reader_));
  }
  const Article* article = reader_.article();
  const std::string article_id = article ? article->id : "";
  if (article_id != emitted_article_) {
    emitted_article_ = article_id;
    if (article) emit("article", article_event_json(*article));
  }
  // The place as a URL fragment: a host page may keep it in its own URL.
  const std::string route = reader_route(reader_);
  if (route != emitted_route_) {
    emitted_route_ = route;
    emit("navigate", route_event_json(route));
  }
  // Internal to the element (not a public event): its DOM mirror follows.
  const int slide = view_.carousel().index();
  if (reader_.revision() != notified_revision_ || slide != notified_slide_) {
    notified_revision_ = reader_.revision();
    notified_slide_ = slide;
    emit("change", "{}");
  }
}

// ---------------------------------------------------------------------------
// Embedding: attribute changes, refresh(), the mirror's focus, visibility
// (embed_api.cpp)
// ---------------------------------------------------------------------------

void WebRunner::reconfigure(WidgetConfig config) {
  const bool new_feed =
      config.feed_url != config_.feed_url || config.categories_url != config_.categories_url;
  const bool new_section = config.section != config_.section;
  config_ = std::move(config);
  apply_settings();
  theme_scale_ = 0;  // ImGui's style is rebuilt from the theme on the next frame
  view_.invalidate_layout();
  if (new_feed) {
    // Another feed is another publication: start over as on the first load,
    // so that the section attribute applies and kiosque-ready fires again.
    restart_on_refresh_ = true;
    refresh_feed();
  } else if (new_section && !config_.section.empty()) {
    reader_.select_section(config_.section);
  }
  after_change();
}

void WebRunner::refresh_feed() {
  if (reader_.loading()) {
    refresh_queued_ = true;  // after_change() starts it when the load in flight ends
    return;
  }
  if (restart_on_refresh_) {
    restart_on_refresh_ = false;
    reader_ = Reader();
    apply_settings();          // the new Reader takes the interface language again
    notified_revision_ = ~0u;  // a new Reader counts revisions from 0 again
    view_.invalidate_layout();
  }
  feed_loader_.load();
}

void WebRunner::set_focused_control(FocusedControl control) {
  const double now_ms = emscripten_get_now();
  Carousel& carousel = view_.carousel();
  // The first headlines of a section are the carousel's slides (see
  // home_view.cpp): one of them focused is shown there, and ringed there.
  if (control.kind == "headline") {
    const std::vector<const Article*>& headlines = reader_.headlines();
    const int slides = std::min(carousel.count(), static_cast<int>(headlines.size()));
    for (int index = 0; index < slides; ++index) {
      if (headlines[static_cast<std::size_t>(index)]->id != control.id) continue;
      if (carousel.index() != index) carousel.go_to(index, now_ms);
      control = FocusedControl{"slide", std::to_string(index)};
      break;
    }
  }
  if (control == focused_control_) return;
  if (config_.kiosk && !control.kind.empty()) show_.interrupt(now_ms);  // a keyboard user came
  focused_control_ = std::move(control);
  // What moves by itself holds still while a keyboard user is in the widget.
  carousel.set_paused(kPauseFocus, !focused_control_.kind.empty(), now_ms);
  request_frames(kFramesAfterChange);
}

void WebRunner::set_visible(bool visible) {
  view_.carousel().set_paused(kPauseHidden, !visible, emscripten_get_now());
  if (visible) request_frames(kFramesAfterChange);
}

// Over the control the mirror's focus stands for, as drawn in this frame:
// an accent ring with the background's colour inside it, which shows on
// text and on pictures alike. Kept inside the canvas.
void WebRunner::draw_focus_ring() {
  const ControlRect* control = find_focused_control(view_.controls(), focused_control_);
  if (!control) return;
  const float ratio = view_scale(), accent_width = 2 * pixel_ratio_, inner_width = pixel_ratio_;
  const float edge = accent_width * 0.5f;
  const float width = static_cast<float>(pixel_width_), height = static_cast<float>(pixel_height_);
  const ImVec2 min(std::clamp((control->x - 2) * ratio, edge, width - edge),
                   std::clamp((control->y - 2) * ratio, edge, height - edge));
  const ImVec2 max(std::clamp((control->x + control->width + 2) * ratio, edge, width - edge),
                   std::clamp((control->y + control->height + 2) * ratio, edge, height - edge));
  ImDrawList* draw_list = ImGui::GetForegroundDrawList();
  const float rounding = 3 * ratio;
  draw_list->AddRect(min, max, theme_.accent, rounding, 0, accent_width);
  const float inset = edge + inner_width * 0.5f;
  draw_list->AddRect(ImVec2(min.x + inset, min.y + inset), ImVec2(max.x - inset, max.y - inset),
                     theme_.background, rounding, 0, inner_width);
}

// ---------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------

std::string WebRunner::resolve_asset(const std::string& relative) const {
  return config_.asset_base.empty() ? relative : resolve_url(config_.asset_base, relative);
}

// The interface's faces at start; the article text's when an article is
// first shown (see fonts.h).
void WebRunner::load_fonts(bool article_faces) {
  for (int face = 0; face < static_cast<int>(FontFace::kCount); ++face) {
    if (Fonts::is_article_face(static_cast<FontFace>(face)) != article_faces) continue;
    fetch_url(resolve_asset(font_file(static_cast<FontFace>(face))), [this, face, article_faces](
                                                                         FetchResult result) {
      if (result.ok) {
        fonts_.set_face_data(static_cast<FontFace>(face),
                             std::vector<unsigned char>(result.body.begin(), result.body.end()));
        if (!article_faces && fonts_.ready()) kiosque_js_mark("fonts-fetched");
      } else if (article_faces)
        article_fonts_failed_ = true;  // the interface's faces stand in
      else
        fonts_failed_ = true;  // ImGui's built-in font still says what is wrong
      request_frames(kFramesAfterChange);
    });
  }
}

// Fonts and style follow the device pixel ratio (zoom, a move to another
// screen) and the text size; ImGui's own font says why the real ones failed.
void WebRunner::update_font_atlas(float scale) {
  ImGuiIO& io = ImGui::GetIO();
  const bool atlas_changed =
      fonts_.ready() ? fonts_.build(scale, kTextZooms[text_zoom_index_]) : io.Fonts->Fonts.empty();
  if (!atlas_changed) return;
  if (!fonts_.ready()) io.Fonts->AddFontDefault();
  renderer_.upload_font_atlas();
  kiosque_js_mark("atlas-built");
  view_.invalidate_layout();
}

// ---------------------------------------------------------------------------
// Frames
// ---------------------------------------------------------------------------

void WebRunner::request_frames(int count) {
  frames_wanted_ = std::max(frames_wanted_, count);
  if (frame_scheduled_ || !gl_context_) return;
  frame_scheduled_ = true;
  kiosque_js_request_frame(&WebRunner::on_animation_frame, this);
}

EM_BOOL WebRunner::on_animation_frame(double time_ms, void* user_data) {
  auto* self = static_cast<WebRunner*>(user_data);
  self->frame_scheduled_ = false;
  self->draw_frame(time_ms);
  if (--self->frames_wanted_ > 0) self->request_frames(self->frames_wanted_);
  return EM_FALSE;  // one frame per request: never a free-running loop
}

void WebRunner::resize(float css_width, float css_height, float pixel_ratio) {
  pixel_ratio_ = pixel_ratio > 0 ? pixel_ratio : 1;
  pixel_width_ = static_cast<int>(std::lround(css_width * pixel_ratio_));
  pixel_height_ = static_cast<int>(std::lround(css_height * pixel_ratio_));
  emscripten_set_canvas_element_size(kCanvas, pixel_width_, pixel_height_);
  view_.invalidate_layout();
  request_frames(kFramesAfterChange);
}

bool WebRunner::waiting_for_article_faces() {
  if (!fonts_.ready() || !reader_.article()) return false;
  // The article's styles join the atlas now; a frame drawn before they are
  // in it would show stand-ins, so it waits for the next one.
  if (fonts_.want_article_styles()) {
    request_frames(kFramesAfterChange);
    return true;
  }
  if (fonts_.has_article_faces() || article_fonts_failed_) return false;
  if (!article_fonts_requested_) load_fonts(/*article_faces=*/true);
  article_fonts_requested_ = true;
  return true;
}

void WebRunner::draw_frame(double time_ms) {
  if (pixel_width_ <= 0 || pixel_height_ <= 0) return;
  // The first frame waits for the fonts: no flash of the wrong ones.
  if (!fonts_.ready() && !fonts_failed_) return;
  // So does an article's first frame, for the faces of its text: the last
  // frame stays on screen meanwhile.
  if (waiting_for_article_faces()) return;
  ImGuiIO& io = ImGui::GetIO();

  const float scale = view_scale();
  // Before the first feed: the atlas is built while it comes, nothing drawn yet.
  const double loading_screen_ms = started_ms_ + kLoadingScreenAfterMs;
  const double start_ms = emscripten_get_now();
  if (!reader_.has_feed() && reader_.loading() && start_ms < loading_screen_ms) {
    if (fonts_.ready()) update_font_atlas(scale);
    if (!loading_screen_timer_)
      loading_screen_timer_ = emscripten_set_timeout(&WebRunner::on_loading_screen_due,
                                                     loading_screen_ms - start_ms, this);
    return;
  }
  if (frames_rendered_ == 0) kiosque_js_mark("first-frame-start");
  if (loading_screen_timer_) {
    emscripten_clear_timeout(loading_screen_timer_);
    loading_screen_timer_ = 0;
  }
  update_font_atlas(scale);
  if (theme_scale_ != scale) {
    apply_theme(theme_, scale);
    theme_scale_ = scale;
  }

  io.DisplaySize = ImVec2(static_cast<float>(pixel_width_), static_cast<float>(pixel_height_));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  io.DeltaTime = last_frame_ms_ > 0
                     ? static_cast<float>(std::max(1.0, time_ms - last_frame_ms_) / 1000.0)
                     : 1.0f / 60;
  last_frame_ms_ = time_ms;

  ImGui::NewFrame();
  input_frame_started();
  const double now_ms = emscripten_get_now();
  image_textures().begin_frame(frames_rendered_, now_ms);
  if (fonts_.ready()) {
    const TouchScroll touch = take_touch_scroll();
    if (config_.kiosk) run_show(now_ms, touch.moving);
    ViewContext context{fonts_, theme_,       image_textures(),
                        scale,  config_.lang, static_cast<UtcSeconds>(kiosque_js_now_ms() / 1000.0),
                        now_ms};
    context.touch_scroll = touch.delta;
    context.touch_at = touch.at;
    if (config_.kiosk) context.show_scroll = show_.article_scroll(now_ms);
    context.focus = focused_control_;
    context.canvas_focused = canvas_has_focus();
    touch_moving_ = touch.moving;
    last_output_ = view_.draw(reader_, context);
    if (config_.kiosk) draw_kiosk_corner_texts(context);
    draw_focus_ring();
    if (reader_.paging().wants_next_page()) feed_loader_.load_next_page();
  } else {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##fallback", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextWrapped("Kiosque: fonts could not be loaded. %s", reader_.error().c_str());
    ImGui::End();
  }
  ImGui::Render();

  // An article opened in this very frame (a click, the kiosk show) is not
  // shown in stand-in faces: its own are asked for now, not by a later
  // frame that nothing may ask for, and the last frame stays meanwhile.
  const bool shown = !waiting_for_article_faces();
  if (shown)
    renderer_.render(ImGui::GetDrawData(), pixel_width_, pixel_height_,
                     ImGui::ColorConvertU32ToFloat4(theme_.background));
  image_textures().end_frame();
  if (shown) {
    if (frames_rendered_ == 0) {
      kiosque_js_mark("first-frame-drawn");
      emit("drawn", "{}");  // the element shows the canvas from now on
    }
    ++frames_rendered_;
  }

  const bool cursor_idle = config_.kiosk && now_ms - pointer_moved_ms_ >= kCursorIdleMs;
  const std::string cursor = cursor_idle ? "none" : css_cursor(ImGui::GetMouseCursor());
  if (cursor != last_cursor_) {
    last_cursor_ = cursor;
    kiosque_js_set_cursor(cursor.c_str());
  }
  if (is_http_url(last_output_.open_url)) kiosque_js_open_url(last_output_.open_url.c_str());
  if (!last_output_.copy_text.empty()) kiosque_js_copy_text(last_output_.copy_text.c_str());
  if (last_output_.text_size_step != 0) change_text_size(last_output_.text_size_step);
  emit_navigation();
  // Held buttons (a drag, a scrollbar) and animations keep frames coming.
  if (ImGui::IsAnyMouseDown() || last_output_.animating || touch_moving_) request_frames(2);
  if (last_output_.wake_at_ms >= 0) wake_at(last_output_.wake_at_ms);
  if (config_.kiosk) {
    // The show wakes for its next step, and a scrolling story when it has
    // moved a whole pixel: standing at its top or end, it draws nothing.
    const double scroll_frame_ms =
        show_.next_scroll_frame_ms(now_ms, last_output_.show_scroll_range);
    if (scroll_frame_ms >= 0 && scroll_frame_ms - now_ms < kFrameMs)
      request_frames(1);
    else if (scroll_frame_ms >= 0)
      wake_at(scroll_frame_ms);
    if (show_.next_change_ms() >= 0) wake_at(show_.next_change_ms());
    if (!cursor_idle) wake_at(pointer_moved_ms_ + kCursorIdleMs);
  }
  wake_for_time_texts(now_ms);
}

// ---------------------------------------------------------------------------
// Kiosk
// ---------------------------------------------------------------------------

float WebRunner::view_scale() const {
  return pixel_ratio_ * (config_.kiosk ? kKioskScale : 1.0f);
}

void WebRunner::run_show(double now_ms, bool touch_moving) {
  ImGuiIO& io = ImGui::GetIO();
  // A touch, a click, the wheel or a key: a person is here. A pointer that
  // only moves shows itself but leaves the show running.
  // Durations, not KeysDown / MouseDown: a press and its release between two
  // frames are both applied by then (web_input.h), but this frame saw the press.
  bool pressed = touch_moving || io.MouseWheel != 0 || io.MouseWheelH != 0;
  for (float held : io.MouseDownDuration) pressed = pressed || held >= 0;
  for (float held : io.KeysDownDuration) pressed = pressed || held >= 0;
  if (pressed) show_.interrupt(now_ms);
  if (io.MousePos.x != last_mouse_pos_.x || io.MousePos.y != last_mouse_pos_.y) {
    last_mouse_pos_ = io.MousePos;
    if (ImGui::IsMousePosValid()) pointer_moved_ms_ = now_ms;
  }
  if (now_ms - pointer_moved_ms_ >= kCursorIdleMs && ImGui::IsMousePosValid()) {
    // A pointer at rest has left, for the reader too: nothing stays hovered
    // (a carousel under it turns again) from the next frame on.
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    request_frames(2);
  }
  // The show moved on: the new page is laid out over a few frames (a story's
  // scroll range among what they measure).
  if (show_.update(reader_, now_ms)) request_frames(kFramesAfterChange);
}

void WebRunner::draw_kiosk_corner_texts(const ViewContext& context) {
  const int offset = utc_offset_minutes(context.now);
  draw_kiosk_corner(format_clock(context.now, offset),
                    format_last_update(reader_.updated_at(), context.now, offset, context.lang),
                    context);
}

void WebRunner::wake_for_time_texts(double now_ms) {
  const double wall_ms = kiosque_js_now_ms();
  // A little after the turn, so that the frame surely sees the new minute.
  constexpr double kAfterTurnMs = 20;
  if (config_.kiosk) wake_at(now_ms + ms_until_minute_turns(wall_ms, 0) + kAfterTurnMs);
  const bool age_shown = reader_.has_feed() && reader_.updated_at() != kUnknownTime &&
                         (config_.kiosk || reader_.offline());
  if (age_shown)
    wake_at(now_ms + ms_until_minute_turns(wall_ms, reader_.updated_at() * 1000.0) + kAfterTurnMs);
}

RuntimeFigures WebRunner::runtime_figures() const {
  RuntimeFigures figures;
  figures.show = config_.kiosk ? &show_ : nullptr;
  figures.heap_bytes = emscripten_get_heap_size();
  figures.heap_used_bytes = static_cast<std::size_t>(mallinfo().uordblks);
  figures.textures = image_textures().live_textures();
  figures.texture_bytes = image_textures().texture_bytes();
  return figures;
}

std::vector<ControlRect> WebRunner::controls() const {
  std::vector<ControlRect> controls = view_.controls();
  const float to_css = view_scale() / pixel_ratio_;
  for (ControlRect& control : controls) {
    control.x *= to_css;
    control.y *= to_css;
    control.width *= to_css;
    control.height *= to_css;
  }
  return controls;
}

void WebRunner::change_text_size(int step) {
  const int index = std::clamp(text_zoom_index_ + step, 0, kTextZoomCount - 1);
  if (index == text_zoom_index_) return;
  text_zoom_index_ = index;
  kiosque_js_store_set(kTextZoomKey, std::to_string(kTextZooms[index]).c_str());
  request_frames(kFramesAfterChange);  // the next frame rebuilds the atlas
}

void WebRunner::wake_at(double time_ms) {
  // One timer at a time, the earliest wins: a later request never delays it.
  if (wake_timer_ && time_ms >= wake_time_ms_) return;
  if (wake_timer_) emscripten_clear_timeout(wake_timer_);
  wake_time_ms_ = time_ms;
  wake_timer_ = emscripten_set_timeout(&WebRunner::on_wake,
                                       std::max(0.0, time_ms - emscripten_get_now()), this);
}

void WebRunner::on_loading_screen_due(void* user_data) {
  auto* self = static_cast<WebRunner*>(user_data);
  self->loading_screen_timer_ = 0;
  self->request_frames(1);
}

void WebRunner::on_wake(void* user_data) {
  auto* self = static_cast<WebRunner*>(user_data);
  self->wake_timer_ = 0;
  self->request_frames(1);
}

}  // namespace kiosque
