// Kiosque views: small drawing pieces the views share: image boxes, icon
// buttons, text buttons. All sizes are device pixels.
#pragma once

#include <imgui.h>

#include <string>

#include "core/dates.h"
#include "core/feed.h"
#include "image_source.h"
#include "theme.h"

namespace kiosque {

enum class Chevron { Left, Right, Down };

// Fills [min, max] with `image` cropped to cover it, or a quiet placeholder
// while it loads (or when there is none). `label` is drawn on the
// placeholder of an image-less story so the box still looks designed.
void draw_image_box(ImDrawList* draw_list, ImageSource& images, const Image& image, ImVec2 min,
                    ImVec2 max, const Theme& theme, float rounding, ImFont* label_font = nullptr,
                    const std::string& label = {});

void draw_chevron(ImDrawList* draw_list, ImVec2 center, float size, Chevron direction, ImU32 color,
                  float thickness);

// A round button with a chevron; returns true when clicked.
bool chevron_button(const char* id, ImVec2 center, float radius, Chevron direction,
                    ImU32 background, ImU32 foreground);

// Text that acts as a button: hover underline, pointer cursor.
bool text_button(const char* label, ImFont* font, ImU32 color, ImU32 underline, float scale);
// Moves the cursor back by a text button's padding, so that the next
// button's text (not its padding) lines up with the text above it.
void align_text_button(float scale);
// The width text_button() takes for `label`.
float text_button_width(const char* label, ImFont* font, float scale);
// Puts the next item after the last one when `next_width` still fits before
// `right` (screen x), else on a new line: a row of buttons that wraps.
// Returns whether it stays on the same line.
bool same_line_if_fits(float next_width, float right);

// The same colour with another alpha (0-255).
ImU32 with_alpha(ImU32 color, int alpha);

}  // namespace kiosque

namespace kiosque {

// The interface's words: French, or English when asked.
inline const char* tr(Lang lang, const char* french, const char* english) {
  return lang == Lang::French ? french : english;
}

// Starts a centred column at most `measure` device pixels wide inside the
// current window, with `padding` on each side. Returns its width; end it
// with ImGui::EndGroup().
float begin_column(float measure, float padding);

}  // namespace kiosque
