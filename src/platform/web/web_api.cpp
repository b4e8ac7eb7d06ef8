// Kiosque web platform: the C functions web/kiosque.js calls. Strings in are
// UTF-8 on the wasm heap, owned by the caller.
#include <emscripten/emscripten.h>

#include <string>

#include "core/reader_snapshot.h"
#include "web_runner.h"

using kiosque::WebRunner;

int main() {
  WebRunner::get().start();
  return 0;  // the runtime stays: EXIT_RUNTIME=0, events drive everything
}

extern "C" {

EMSCRIPTEN_KEEPALIVE void kiosque_resize(float css_width, float css_height, float pixel_ratio) {
  WebRunner::get().resize(css_width, css_height, pixel_ratio);
}

// The `state()` contract as JSON; valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* kiosque_state_json() {
  static std::string state;
  state = kiosque::reader_snapshot_json(WebRunner::get().reader(), WebRunner::get().frames_rendered());
  return state.c_str();
}

EMSCRIPTEN_KEEPALIVE int kiosque_select_section(const char* slug) {
  const bool done = WebRunner::get().reader().select_section(slug);
  WebRunner::get().after_change();
  return done;
}

EMSCRIPTEN_KEEPALIVE int kiosque_open_article(const char* id) {
  const bool done = WebRunner::get().reader().open_article(id);
  WebRunner::get().after_change();
  return done;
}

EMSCRIPTEN_KEEPALIVE void kiosque_back() {
  WebRunner::get().reader().back();
  WebRunner::get().after_change();
}

}  // extern "C"
