// Kiosque core: article HTML to rich blocks.
//
// The HTML is parsed, never executed nor passed through: the result is
// plain text in Blocks (see feed.h). script, style, iframe, noscript, form,
// object, embed, template, svg, math, select, textarea, button (and their
// contents) are dropped; unknown tags keep their text; comments, WordPress
// block comments included, are ignored; unclosed, misnested and unterminated
// tags are survived. Links keep only http(s)/mailto targets, resolved
// against `base_url` (see safe_link in url.h); any other link becomes plain
// text. Images keep only http(s) sources.
//
// Blocks: p, div, section, ... and text in the root are paragraphs; h1 reads
// as h2; each paragraph of a blockquote or WordPress pull quote is a Quote;
// lists are flattened (ordinals follow <ol start>); table rows are
// paragraphs; an <img> is an Image block (a <figure>'s figcaption is its
// caption; WordPress emoji pictures read as their alt text). White space
// collapses outside <pre>; blocks with no visible text ("<p>&nbsp;</p>")
// are dropped. Control characters are dropped and invalid UTF-8 replaced.
//
// One pass, linear in the input: at most max_depth elements are open at
// once (deeper ones are not opened, their text joins their parent's), and
// parsing stops at max_blocks. Runs stop copying their link past a budget
// of 4 x the input size, so that no input makes the output quadratic.
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
