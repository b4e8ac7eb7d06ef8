// Kiosque views: colours and spacing. A light theme close to the publisher's
// site (white, dark text, one accent) and a dark one.
#pragma once

#include <imgui.h>

namespace kiosque {

struct Theme {
  ImU32 background;
  ImU32 surface;  // cards, placeholders
  ImU32 text;
  ImU32 text_muted;   // dates, bylines
  ImU32 accent;       // active tab, links, progress
  ImU32 accent_text;  // text drawn on the accent colour
  ImU32 rule;         // separators
  ImU32 error_background;
  ImU32 error_text;

  static Theme light(ImU32 accent);
  static Theme dark(ImU32 accent);
};

// The publisher's red.
constexpr ImU32 kDefaultAccent = IM_COL32(0xC4, 0x1E, 0x2A, 0xFF);

// Puts the theme into ImGui's style at `scale` device pixels per CSS pixel:
// no window chrome, no default ImGui look.
void apply_theme(const Theme& theme, float scale);

}  // namespace kiosque
