// Kiosque core: article HTML to rich blocks.
//
// The HTML is parsed, never executed nor passed through: the result is
// plain text in Blocks (see feed.h). script, style, iframe, form, object,
// embed (and their contents) are dropped; unknown tags keep their text;
// WordPress block comments are ignored; unclosed, misnested and
// unterminated tags are survived. Links keep only http(s)/mailto targets,
// resolved against `base_url`; any other link becomes plain text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "feed.h"

namespace kiosque {

struct HtmlLimits {
  std::size_t max_blocks = 20000;  // further blocks are dropped
  int max_depth = 256;             // deeper nesting is flattened
};

std::vector<Block> html_to_blocks(std::string_view html, std::string_view base_url = {},
                                  const HtmlLimits& limits = {});

// For titles and excerpts: the text of an HTML fragment, tags dropped,
// entities decoded, white space collapsed. "L&#8217;<em>été</em>" -> "L’été".
std::string html_to_text(std::string_view html);

}  // namespace kiosque
