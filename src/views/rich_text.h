// Kiosque views: drawing rich text (runs of bold, italic and links) with
// ImGui, word-wrapped by core/text_layout. Links are hit-tested, hovered
// (underline, pointer cursor) and reported when clicked.
#pragma once

#include <string>
#include <vector>

#include "core/feed.h"
#include "core/text_layout.h"
#include "fonts.h"
#include "theme.h"

namespace kiosque {

// Which fonts a block's runs use: plain runs use `regular`, bold and italic
// runs the other two.
struct RichTextFonts {
  TextStyle regular;
  TextStyle bold;
  TextStyle italic;

  bool operator!=(const RichTextFonts& other) const {
    return regular != other.regular || bold != other.bold || italic != other.italic;
  }
};

struct RichTextBlock {
  std::vector<LayoutLine> lines;
  float line_height = 0;
  int max_lines = 0;  // 0: all; else the text stops there with an ellipsis
  int shown_lines() const {
    const int count = static_cast<int>(lines.size());
    return max_lines > 0 && count > max_lines ? max_lines : count;
  }
  float height() const { return line_height * static_cast<float>(shown_lines()); }
};

// Lays out `runs` for `width` pixels.
RichTextBlock layout_rich_text(const std::vector<TextRun>& runs, float width, const Fonts& fonts,
                               RichTextFonts faces, float line_spacing);

// Draws a laid-out block with its top-left at `origin`, without touching the
// layout cursor. Returns the URL of a link clicked this frame, or "".
std::string draw_rich_text_at(const RichTextBlock& block, const std::vector<TextRun>& runs,
                              ImVec2 origin, float width, const Fonts& fonts, RichTextFonts faces,
                              ImU32 color, const Theme& theme);

// Where each link run of a block laid out at `origin` starts: the box of its
// first fragment, for runs with a link (drawn or not: a keyboard focus ring
// and scrolling to it need those off screen too).
struct LinkBox {
  std::size_t run = 0;  // index into the block's runs
  ImVec2 min, max;
};
std::vector<LinkBox> link_boxes(const RichTextBlock& block, const std::vector<TextRun>& runs,
                                ImVec2 origin);

// The same at the layout cursor, which then moves below the text.
std::string draw_rich_text(const RichTextBlock& block, const std::vector<TextRun>& runs,
                           float width, const Fonts& fonts, RichTextFonts faces, ImU32 color,
                           const Theme& theme);

}  // namespace kiosque
