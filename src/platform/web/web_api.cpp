// Kiosque web platform: the C functions web/kiosque.js calls. Strings in are
// UTF-8 on the wasm heap, owned by the caller.
#include <emscripten/emscripten.h>

#include <string>

#include "core/reader_snapshot.h"
#include "core/route.h"
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

// The `state()` contract as JSON; valid until the next call. Without
// `every_headline`, "revision" in place of the headlines (reader_snapshot.h).
EMSCRIPTEN_KEEPALIVE const char* kiosque_state_json(int every_headline) {
  static std::string state;
  WebRunner& runner = WebRunner::get();
  state = kiosque::reader_snapshot_json(
      runner.reader(), runner.frames_rendered(), runner.controls(), runner.runtime_figures(),
      every_headline ? kiosque::HeadlineList::Every : kiosque::HeadlineList::RevisionOnly);
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

// Goes to a place written as a URL fragment ("#/monde/article/42", see
// core/route.h). Returns false, and stays, when the section or the article
// is not in the feed; an unknown article still opens its section.
EMSCRIPTEN_KEEPALIVE int kiosque_navigate(const char* fragment) {
  kiosque::Reader& reader = WebRunner::get().reader();
  const kiosque::Route route = kiosque::parse_route(fragment);
  bool found =
      reader.select_section(route.section.empty() ? kiosque::kAllSectionsSlug : route.section);
  if (found && !route.article_id.empty()) found = reader.open_article(route.article_id);
  WebRunner::get().after_change();
  return found;
}

EMSCRIPTEN_KEEPALIVE void kiosque_back() {
  WebRunner::get().reader().back();
  WebRunner::get().after_change();
}

}  // extern "C"
