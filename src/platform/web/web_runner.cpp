// Kiosque web platform: the runner. One widget per wasm instance.
//
// Index:
//   - WebRunner     owns the Reader, the view, fonts, the GL context
//   - frames        drawn on demand: input, a fetch, a resize or an animation
//                   asks for a few frames; with nothing to do, none are drawn
//   - loading       fonts, then feed (+ WordPress categories) through fetch
//   - exports       the functions web/kiosque.js calls (state, commands, resize)
//
// The event loop is the browser's: no thread, no busy loop, no main loop.
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <string>

#include "core/feed_parser.h"
#include "core/reader.h"
#include "core/reader_snapshot.h"
#include "core/url.h"
#include "core/widget_config.h"
#include "views/fonts.h"
#include "views/reader_view.h"
#include "views/theme.h"
#include "web_fetch.h"
#include "web_input.h"

extern "C" {
void kiosque_js_bind_canvas();
char* kiosque_js_config_json();
void kiosque_js_open_url(const char* url);
void kiosque_js_set_cursor(const char* cursor);
void kiosque_js_emit(const char* type, const char* detail_json);
double kiosque_js_now_ms();
}

namespace kiosque {

namespace {

constexpr const char* kCanvas = "!kiosque-canvas";
// Frames drawn after an input: ImGui needs one to see the event and one to
// settle hover states that depend on the result.
constexpr int kFramesAfterInput = 3;

ImU32 accent_colour(std::uint32_t rgb) {
  return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 0xFF);
}

const char* css_cursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    default: return "default";
  }
}

std::string http_error_message(const FetchResult& result, const std::string& url, Lang lang) {
  const bool french = lang == Lang::French;
  if (result.status == 404) return (french ? "flux introuvable (HTTP 404) : " : "feed not found (HTTP 404): ") + url;
  if (result.status != 0) return "HTTP " + std::to_string(result.status) + " : " + url;
  return (french ? "réseau indisponible ou accès refusé (CORS) : " : "network unavailable or access refused (CORS): ") + url;
}

class WebRunner final : public InputListener {
 public:
  void start();
  void request_frames(int count);
  void resize(float css_width, float css_height, float pixel_ratio);

  Reader& reader() { return reader_; }
  std::uint64_t frames_rendered() const { return frames_rendered_; }
  void after_command() {
    emit_navigation();
    request_frames(kFramesAfterInput);
  }

  // InputListener
  void on_input() override { request_frames(kFramesAfterInput); }
  float pixel_ratio() const override { return pixel_ratio_; }
  bool can_scroll(float delta_y) const override {
    return delta_y < 0 ? last_output_.can_scroll_up : last_output_.can_scroll_down;
  }

 private:
  static EM_BOOL on_animation_frame(double time_ms, void* user_data);
  void draw_frame(double time_ms);
  void load_fonts();
  void load_feed();
  void finish_feed_load();
  void emit_navigation();
  std::string resolve(const std::string& relative) const;

  WidgetConfig config_;
  Reader reader_;
  ReaderView view_;
  Fonts fonts_;
  Theme theme_ = Theme::light(kDefaultAccent);
  ViewOutput last_output_;

  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_context_ = 0;
  float css_width_ = 0, css_height_ = 0, pixel_ratio_ = 1;
  int pixel_width_ = 0, pixel_height_ = 0;
  float theme_scale_ = 0;
  bool fonts_failed_ = false;

  bool frame_scheduled_ = false;
  int frames_wanted_ = 0;
  double last_frame_ms_ = 0;
  std::uint64_t frames_rendered_ = 0;
  std::string last_cursor_;

  // The feed and its categories arrive in any order; parsing waits for both.
  int pending_feed_documents_ = 0;
  FetchResult posts_result_, categories_result_;
  std::string emitted_section_, emitted_article_;
};

WebRunner& runner() {
  static WebRunner instance;
  return instance;
}

// ---------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------

void WebRunner::start() {
  char* config_json = kiosque_js_config_json();
  config_ = parse_widget_config(config_json);
  std::free(config_json);
  const ImU32 accent = accent_colour(config_.accent_rgb);
  theme_ = config_.theme == ThemeChoice::Dark ? Theme::dark(accent) : Theme::light(accent);

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
  if (gl_context_ <= 0) {
    kiosque_js_emit("error", message_event_json("WebGL2 is not available").c_str());
    return;
  }
  emscripten_webgl_make_context_current(gl_context_);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is saved between visits by ImGui itself
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // the cursor goes through CSS
  ImGui_ImplOpenGL3_Init("#version 300 es");
  install_input_listeners(kCanvas, this);

  load_fonts();
  load_feed();
}

std::string WebRunner::resolve(const std::string& relative) const {
  return config_.asset_base.empty() ? relative : resolve_url(config_.asset_base, relative);
}

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

void WebRunner::load_fonts() {
  for (int face = 0; face < static_cast<int>(FontFace::kCount); ++face) {
    fetch_url(resolve(font_file(static_cast<FontFace>(face))), [this, face](FetchResult result) {
      if (!result.ok) {
        // Without our fonts the widget still says what is wrong, in ImGui's own.
        fonts_failed_ = true;
      } else {
        fonts_.set_face_data(static_cast<FontFace>(face),
                             std::vector<unsigned char>(result.body.begin(), result.body.end()));
      }
      request_frames(kFramesAfterInput);
    });
  }
}

void WebRunner::load_feed() {
  reader_.load_started();
  pending_feed_documents_ = config_.categories_url.empty() ? 1 : 2;
  fetch_url(config_.feed_url, [this](FetchResult result) {
    posts_result_ = std::move(result);
    if (--pending_feed_documents_ == 0) finish_feed_load();
  });
  if (!config_.categories_url.empty()) {
    fetch_url(config_.categories_url, [this](FetchResult result) {
      categories_result_ = std::move(result);
      if (--pending_feed_documents_ == 0) finish_feed_load();
    });
  }
}

void WebRunner::finish_feed_load() {
  if (!posts_result_.ok) {
    reader_.load_failed(http_error_message(posts_result_, config_.feed_url, config_.lang));
    kiosque_js_emit("error", message_event_json(reader_.error()).c_str());
  } else {
    FeedInput input;
    input.document = posts_result_.body;
    // Sections degrade to those embedded in the posts when categories fail.
    if (categories_result_.ok) input.categories = categories_result_.body;
    input.base_url = config_.feed_url;
    const bool was_ready = reader_.has_feed();
    if (reader_.load_finished(parse_feed(input))) {
      view_.invalidate_layout();
      if (!config_.section.empty() && !was_ready) reader_.select_section(config_.section);
      if (!was_ready) kiosque_js_emit("ready", section_event_json(reader_).c_str());
    } else {
      kiosque_js_emit("error", message_event_json(reader_.error()).c_str());
    }
  }
  posts_result_ = FetchResult{};
  categories_result_ = FetchResult{};
  emit_navigation();
  request_frames(kFramesAfterInput);
}

void WebRunner::emit_navigation() {
  if (reader_.section_slug() != emitted_section_) {
    emitted_section_ = reader_.section_slug();
    kiosque_js_emit("section", section_event_json(reader_).c_str());
  }
  const Article* article = reader_.article();
  const std::string article_id = article ? article->id : "";
  if (article_id != emitted_article_) {
    emitted_article_ = article_id;
    if (article) kiosque_js_emit("article", article_event_json(*article).c_str());
  }
}

// ---------------------------------------------------------------------------
// Frames
// ---------------------------------------------------------------------------

void WebRunner::request_frames(int count) {
  frames_wanted_ = std::max(frames_wanted_, count);
  if (frame_scheduled_ || !gl_context_) return;
  frame_scheduled_ = true;
  emscripten_request_animation_frame(&WebRunner::on_animation_frame, this);
}

EM_BOOL WebRunner::on_animation_frame(double time_ms, void* user_data) {
  auto* self = static_cast<WebRunner*>(user_data);
  self->frame_scheduled_ = false;
  self->draw_frame(time_ms);
  if (--self->frames_wanted_ > 0) self->request_frames(self->frames_wanted_);
  return EM_FALSE;  // one frame per request: never a free-running loop
}

void WebRunner::resize(float css_width, float css_height, float pixel_ratio) {
  css_width_ = css_width;
  css_height_ = css_height;
  pixel_ratio_ = pixel_ratio > 0 ? pixel_ratio : 1;
  pixel_width_ = static_cast<int>(std::lround(css_width * pixel_ratio_));
  pixel_height_ = static_cast<int>(std::lround(css_height * pixel_ratio_));
  emscripten_set_canvas_element_size(kCanvas, pixel_width_, pixel_height_);
  view_.invalidate_layout();
  request_frames(kFramesAfterInput);
}

void WebRunner::draw_frame(double time_ms) {
  if (pixel_width_ <= 0 || pixel_height_ <= 0) return;
  ImGuiIO& io = ImGui::GetIO();
  const bool fonts_ready = fonts_.ready() || fonts_failed_;
  if (!fonts_ready) return;  // the first frame waits for the fonts: no flash of the wrong ones

  // Fonts and style follow the device pixel ratio (zooming, a move to another screen).
  if (fonts_.ready() ? fonts_.build(pixel_ratio_) : io.Fonts->Fonts.empty()) {
    if (!fonts_.ready()) io.Fonts->AddFontDefault();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    view_.invalidate_layout();
  }
  if (theme_scale_ != pixel_ratio_) {
    apply_theme(theme_, pixel_ratio_);
    theme_scale_ = pixel_ratio_;
  }

  io.DisplaySize = ImVec2(static_cast<float>(pixel_width_), static_cast<float>(pixel_height_));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  io.DeltaTime = last_frame_ms_ > 0 ? static_cast<float>(std::max(1.0, time_ms - last_frame_ms_) / 1000.0) : 1.0f / 60;
  last_frame_ms_ = time_ms;

  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  if (fonts_.ready()) {
    const ViewContext context{fonts_, theme_, pixel_ratio_, config_.lang,
                              static_cast<UtcSeconds>(kiosque_js_now_ms() / 1000.0)};
    last_output_ = view_.draw(reader_, context);
  } else {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##fallback", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextWrapped("Kiosque: fonts could not be loaded. %s", reader_.error().c_str());
    ImGui::End();
  }
  ImGui::Render();

  glViewport(0, 0, pixel_width_, pixel_height_);
  const ImVec4 background = ImGui::ColorConvertU32ToFloat4(theme_.background);
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++frames_rendered_;

  const std::string cursor = css_cursor(ImGui::GetMouseCursor());
  if (cursor != last_cursor_) {
    last_cursor_ = cursor;
    kiosque_js_set_cursor(cursor.c_str());
  }
  if (!last_output_.open_url.empty()) {
    if (is_http_url(last_output_.open_url)) kiosque_js_open_url(last_output_.open_url.c_str());
    last_output_.open_url.clear();
  }
  emit_navigation();
  // Held buttons (a drag, a scrollbar) keep frames coming until release.
  if (ImGui::IsAnyMouseDown()) request_frames(2);
}

}  // namespace

}  // namespace kiosque

// ---------------------------------------------------------------------------
// Exports for web/kiosque.js
// ---------------------------------------------------------------------------

int main() {
  kiosque::runner().start();
  return 0;
}

extern "C" {

EMSCRIPTEN_KEEPALIVE void kiosque_resize(float css_width, float css_height, float pixel_ratio) {
  kiosque::runner().resize(css_width, css_height, pixel_ratio);
}

// The returned string stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* kiosque_state_json() {
  static std::string state;
  state = kiosque::reader_snapshot_json(kiosque::runner().reader(), kiosque::runner().frames_rendered());
  return state.c_str();
}

EMSCRIPTEN_KEEPALIVE int kiosque_select_section(const char* slug) {
  const bool done = kiosque::runner().reader().select_section(slug);
  kiosque::runner().after_command();
  return done;
}

EMSCRIPTEN_KEEPALIVE int kiosque_open_article(const char* id) {
  const bool done = kiosque::runner().reader().open_article(id);
  kiosque::runner().after_command();
  return done;
}

EMSCRIPTEN_KEEPALIVE void kiosque_back() {
  kiosque::runner().reader().back();
  kiosque::runner().after_command();
}

}  // extern "C"
