// Kiosque core: the reader's state as a plain JSON object, for the page.
//
// This is the public `state()` contract of the widget (README, "JavaScript
// API"): ready, view, section, sections [{slug, name}], headlines [{id,
// title}], articles (how many are loaded), paging {state, pages, error}
// (core/paging.h), article, route, error, framesRendered, and `controls`: where each
// interactive control is on the canvas, for the accessible mirror's focus
// ring and for tests that click like a person.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kiosk_show.h"
#include "reader.h"

namespace kiosque {

// One control as drawn in the last frame, in CSS pixels from the canvas's
// top-left corner. `kind` says what it does ("tab", "headline", "slide",
// "carousel-next", "back", "copy-link", ...), `id` which one (a slug, an
// article id, a slide index).
struct ControlRect {
  std::string kind;
  std::string id;
  float x = 0, y = 0, width = 0, height = 0;
};

// What the platform adds to the state: `show` ({phase, section, article,
// paused}; null when the widget is not a kiosk) and `memory` ({wasmHeap,
// wasmHeapUsed, textures, textureBytes}: what the soak test watches).
struct RuntimeFigures {
  const KioskShow* show = nullptr;
  std::size_t heap_bytes = 0, heap_used_bytes = 0, textures = 0, texture_bytes = 0;
};

// Which headlines the state lists: every one of the section (the public
// state()), or none but `revision`, the reader's, which moves whenever they
// may have changed (the element's mirror, which asks for thousands of
// headlines again only then, not at each carousel slide).
enum class HeadlineList { Every, RevisionOnly };

std::string reader_snapshot_json(const Reader& reader, std::uint64_t frames_rendered,
                                 const std::vector<ControlRect>& controls = {},
                                 const RuntimeFigures& runtime = {},
                                 HeadlineList headlines = HeadlineList::Every);

// The reader's place as a URL fragment (core/route.h): "#/monde/article/42".
std::string reader_route(const Reader& reader);

// Small JSON objects for the element's DOM events.
std::string article_event_json(const Article& article);
std::string section_event_json(const Reader& reader);
std::string message_event_json(const std::string& message);
std::string route_event_json(const std::string& route);

}  // namespace kiosque
