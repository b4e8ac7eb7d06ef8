// Kiosque core: the model of the element's DOM mirror, the hidden copy of
// the screen that assistive technology reads (web/kiosque.js builds it).
//
// Two things live here:
//   - article_mirror_json: the open article as JSON the element turns into
//     a heading, paragraphs, lists and links, text only;
//   - the controls the mirror and the canvas share, so that the mirror's
//     keyboard focus can be drawn on the canvas as a ring on the same one.
//
// Plain C++: no ImGui, no Emscripten, no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "feed.h"

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

// A control the reader can act on, in the mirror and on the canvas. Indexes
// count within the kind: the 2nd tab, the 5th headline, the 3rd link of
// the article body.
enum class ControlKind { None, Tab, Slide, Headline, Back, ArticleLink, ReadOnSite };

struct FocusedControl {
  ControlKind kind = ControlKind::None;
  int index = -1;

  bool operator==(const FocusedControl& other) const {
    return kind == other.kind && index == other.index;
  }
  bool operator!=(const FocusedControl& other) const { return !(*this == other); }
};

// "tab", "slide", "headline", "back", "article-link", "read-on-site";
// anything else is None (the focus left the widget).
ControlKind parse_control_kind(std::string_view name);

}  // namespace kiosque
