// Kiosque web platform: the C functions the <kiosque-reader> element needs
// beyond the state() contract of web_api.cpp: attribute changes at run time,
// refresh(), the open article's text for the DOM mirror, the mirror's
// keyboard focus and its paging retry, and whether the widget can be seen. Strings in are UTF-8 on
// the wasm heap, owned by the caller.
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

// The mirror control that has the keyboard focus, named as state().controls
// names it ("tab", "monde"); kind "" when the focus left the widget. The
// canvas draws its focus ring there, and the carousel holds still meanwhile.
EMSCRIPTEN_KEEPALIVE void kiosque_focus_control(const char* kind, const char* id) {
  WebRunner::get().set_focused_control(kiosque::FocusedControl{kind ? kind : "", id ? id : ""});
}

// The mirror's "try again" button at the end of the headlines: the page
// that failed is asked again, as when its row on the canvas is pressed.
EMSCRIPTEN_KEEPALIVE void kiosque_retry_paging() {
  WebRunner::get().reader().paging().retry();
  WebRunner::get().after_change();
}

// Whether the widget can be seen (on screen, page not hidden): the carousel
// does not turn, and so draws nothing, while it cannot.
EMSCRIPTEN_KEEPALIVE void kiosque_set_visible(int visible) {
  WebRunner::get().set_visible(visible != 0);
}

}  // extern "C"
