// Kiosque core: the model of the element's DOM mirror, the hidden copy of
// the screen that assistive technology reads (web/kiosque.js builds it).
//
// Two things live here:
//   - article_mirror_json: the open article as JSON the element turns into
//     a heading, paragraphs, lists and links, text only;
//   - the mirror's keyboard focus, and the control drawn on the canvas that
//     it stands for, to ring it there.
//
// Plain C++: no ImGui, no Emscripten, no I/O.
#pragma once

#include <string>
#include <vector>

#include "feed.h"
#include "reader_snapshot.h"

namespace kiosque {

// The open article for the mirror:
//   {id, title, url, summary, authors: [..], published: seconds | null,
//    breadcrumb: [section names, top first],
//    blocks: [{type, runs: [{text, link?, bold?, italic?}], level?, depth?,
//              ordered?, ordinal?, alt?, caption?}]}
// `type` is paragraph, heading, quote, list-item, image, preformatted or
// separator. Links are those the article text already holds (http(s) and
// mailto only: see html_blocks.h).
std::string article_mirror_json(const Article& article,
                                const std::vector<const Section*>& breadcrumb);

// The control that has the keyboard focus in the mirror, named as the view
// names what it draws (ControlRect in reader_snapshot.h): kind "tab" and
// id "monde", kind "headline" and an article id, kind "back" and no id...
// An empty kind: the focus is not in the widget.
struct FocusedControl {
  std::string kind;
  std::string id;

  bool operator==(const FocusedControl& other) const {
    return kind == other.kind && id == other.id;
  }
  bool operator!=(const FocusedControl& other) const { return !(*this == other); }
};

// Where to draw the focus ring: the focused control among those drawn in the
// last frame (for a tab, the "section-menu" button when the canvas shows
// that instead of the tabs), or nullptr when there is no focus or the
// control is not on screen (scrolled away, or not drawn in this layout).
const ControlRect* find_focused_control(const std::vector<ControlRect>& controls,
                                        const FocusedControl& focused);

}  // namespace kiosque
