// Kiosque core: a parsed feed written out for tools and people: the model
// as JSON (`kiosque-feed normalize`) and a short human summary
// (`kiosque-feed check`). No I/O: the callers print the strings.
#pragma once

#include <string>
#include <vector>

#include "feed.h"
#include "feed_parser.h"

namespace kiosque {

// The model as a JSON document, two-space indented:
//   {"format": "wordpress" | "jsonfeed", "title", "home_url", "language",
//    "icon", "next_url",
//    "sections": [{"id", "name", "slug", "parent" (id or null), "count"}],
//    "articles": [{"id", "url", "title", "summary",
//                  "published", "updated" (ISO 8601 UTC or null),
//                  "authors": [names], "sections": [ids], "tags": [names],
//                  "image": {"url", "alt", "caption", "width", "height"} or null,
//                  "reading_minutes",
//                  "blocks": [{"type", "text", ...}]}],
//    "warnings": [strings]}
// Block types: "paragraph", "heading" (+ "level"), "quote", "list_item"
// (+ "depth", "ordered", "ordinal"), "image" (+ "image"), "preformatted",
// "separator". A block whose runs carry style or links also lists "runs":
// [{"text", "bold", "italic", "code", "link"}].
std::string feed_to_json(const Feed& feed, const std::vector<std::string>& warnings);

// What `kiosque-feed check` prints: format, title, sections, articles,
// images, warnings; or the error for an unusable feed. Ends with a newline.
std::string describe_parse_result(const ParseResult& result);

// Usable means the widget has something to show: parsed, with articles.
bool is_usable(const ParseResult& result);

}  // namespace kiosque
