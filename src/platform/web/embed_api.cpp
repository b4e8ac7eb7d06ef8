// Kiosque web platform: the C functions the <kiosque-reader> element needs
// beyond the state() contract of web_api.cpp: attribute changes at run time,
// refresh(), the open article's text for the DOM mirror, and the mirror's
// keyboard focus. Strings in are UTF-8 on the wasm heap, owned by the caller.
#include <emscripten/emscripten.h>

#include <string>

#include "core/mirror_json.h"
#include "core/widget_config.h"
#include "web_runner.h"

using kiosque::WebRunner;

extern "C" {

// The element's whole configuration again, as for the first start (see
// widget_config.h): theme, accent and language apply on the next frame, a
// new section is selected, a new feed URL starts the widget over.
EMSCRIPTEN_KEEPALIVE void kiosque_configure(const char* config_json) {
  WebRunner::get().reconfigure(kiosque::parse_widget_config(config_json));
}

// Fetches the feed again; the last good content stays on screen meanwhile.
EMSCRIPTEN_KEEPALIVE void kiosque_refresh() {
  WebRunner::get().refresh_feed();
}

// The open article for the DOM mirror (mirror_json.h), or "null" on the
// home view; valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* kiosque_article_json() {
  static std::string json;
  const kiosque::Reader& reader = WebRunner::get().reader();
  const kiosque::Article* article = reader.article();
  json = article ? kiosque::article_mirror_json(*article, reader.breadcrumb()) : "null";
  return json.c_str();
}

// The mirror control that has the keyboard focus ("tab", 2), or ("", -1)
// when the focus left the widget: the canvas rings the same control.
EMSCRIPTEN_KEEPALIVE void kiosque_focus_control(const char* kind, int index) {
  kiosque::FocusedControl control;
  control.kind = kiosque::parse_control_kind(kind ? kind : "");
  control.index = control.kind == kiosque::ControlKind::None ? -1 : index;
  WebRunner::get().set_focused_control(control);
}

}  // extern "C"
