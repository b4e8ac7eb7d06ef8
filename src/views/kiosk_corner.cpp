#include "kiosk_corner.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace kiosque {

void draw_kiosk_corner(const std::string& clock, const std::string& last_update,
                       const ViewContext& context) {
  const float scale = context.scale;
  ImFont* clock_font = context.fonts.get(TextStyle::SlideTitle);
  ImFont* update_font = context.fonts.get(TextStyle::Small);
  const ImVec2 clock_size =
      clock_font->CalcTextSizeA(clock_font->FontSize, FLT_MAX, 0, clock.c_str());
  const ImVec2 update_size =
      last_update.empty()
          ? ImVec2(0, 0)
          : update_font->CalcTextSizeA(update_font->FontSize, FLT_MAX, 0, last_update.c_str());
  const float padding = std::round(10 * scale), margin = std::round(12 * scale);
  const float gap = last_update.empty() ? 0 : std::round(2 * scale);
  const float width = std::max(clock_size.x, update_size.x) + 2 * padding;
  const float height = clock_size.y + gap + update_size.y + 2 * padding;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const ImVec2 max(display.x - margin, display.y - margin);
  const ImVec2 min(std::round(max.x - width), std::round(max.y - height));
  // Over everything, on the page's own colours: a card that stays legible
  // on a picture as on text.
  ImDrawList* draw_list = ImGui::GetForegroundDrawList();
  const ImU32 card = (context.theme.background & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 0xE6);
  draw_list->AddRectFilled(min, max, card, 6 * scale);
  draw_list->AddRect(min, max, context.theme.rule, 6 * scale, 0, std::max(1.0f, std::floor(scale)));
  // Right-aligned, on whole pixels.
  draw_list->AddText(clock_font, clock_font->FontSize,
                     ImVec2(std::round(max.x - padding - clock_size.x), min.y + padding),
                     context.theme.text, clock.c_str());
  if (!last_update.empty())
    draw_list->AddText(
        update_font, update_font->FontSize,
        ImVec2(std::round(max.x - padding - update_size.x), min.y + padding + clock_size.y + gap),
        context.theme.text_muted, last_update.c_str());
}

}  // namespace kiosque
