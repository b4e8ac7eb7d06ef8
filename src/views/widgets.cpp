#include "widgets.h"

#include <imgui_internal.h>  // FindRenderedTextEnd: labels may carry a "##id" suffix

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/image_fit.h"

namespace kiosque {

ImU32 with_alpha(ImU32 color, int alpha) {
  return (color & ~IM_COL32_A_MASK) |
         (static_cast<ImU32>(std::clamp(alpha, 0, 255)) << IM_COL32_A_SHIFT);
}

void draw_image_box(ImDrawList* draw_list, ImageSource& images, const Image& image, ImVec2 min,
                    ImVec2 max, const Theme& theme, float rounding, ImFont* label_font,
                    const std::string& label) {
  const float width = max.x - min.x, height = max.y - min.y;
  const ViewImage* loaded = image.empty() ? nullptr : images.image(choose_rendition(image, width));
  if (loaded) {
    const CoverCrop crop = cover_crop(static_cast<float>(loaded->width),
                                      static_cast<float>(loaded->height), width, height);
    draw_list->AddImageRounded(loaded->id, min, max, ImVec2(crop.u0, crop.v0),
                               ImVec2(crop.u1, crop.v1), IM_COL32_WHITE, rounding);
    return;
  }
  draw_list->AddRectFilled(min, max, theme.surface, rounding);
  if (image.empty() && label_font && !label.empty()) {
    // No picture at all: the section's name, large and faint, as a cover.
    const float size = std::min(label_font->FontSize, height * 0.4f);
    const ImVec2 text = label_font->CalcTextSizeA(size, FLT_MAX, 0, label.c_str());
    draw_list->PushClipRect(min, max, true);
    draw_list->AddText(label_font, size,
                       ImVec2(std::round(min.x + (width - text.x) * 0.5f),
                              std::round(min.y + (height - text.y) * 0.5f)),
                       with_alpha(theme.text_muted, 110), label.c_str());
    draw_list->PopClipRect();
  }
}

void draw_chevron(ImDrawList* draw_list, ImVec2 center, float size, Chevron direction, ImU32 color,
                  float thickness) {
  const float h = size * 0.5f;
  ImVec2 points[3];
  switch (direction) {
    case Chevron::Left:
      points[0] = ImVec2(center.x + h * 0.5f, center.y - h);
      points[1] = ImVec2(center.x - h * 0.5f, center.y);
      points[2] = ImVec2(center.x + h * 0.5f, center.y + h);
      break;
    case Chevron::Right:
      points[0] = ImVec2(center.x - h * 0.5f, center.y - h);
      points[1] = ImVec2(center.x + h * 0.5f, center.y);
      points[2] = ImVec2(center.x - h * 0.5f, center.y + h);
      break;
    case Chevron::Down:
      points[0] = ImVec2(center.x - h, center.y - h * 0.5f);
      points[1] = ImVec2(center.x, center.y + h * 0.5f);
      points[2] = ImVec2(center.x + h, center.y - h * 0.5f);
      break;
  }
  draw_list->AddPolyline(points, 3, color, ImDrawFlags_None, thickness);
}

bool chevron_button(const char* id, ImVec2 center, float radius, Chevron direction,
                    ImU32 background, ImU32 foreground) {
  ImGui::SetCursorScreenPos(ImVec2(center.x - radius, center.y - radius));
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(2 * radius, 2 * radius));
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->AddCircleFilled(center, radius, hovered ? with_alpha(background, 240) : background,
                             32);
  draw_chevron(draw_list, center, radius * 0.8f, direction, foreground,
               std::max(1.5f, radius * 0.12f));
  return pressed;
}

namespace {
constexpr float kTextButtonPaddingX = 8, kTextButtonPaddingY = 6;  // CSS pixels
}  // namespace

void align_text_button(float scale) {
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() - kTextButtonPaddingX * scale);
}

float text_button_width(const char* label, ImFont* font, float scale) {
  const char* end = ImGui::FindRenderedTextEnd(label);
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label, end).x +
         2 * kTextButtonPaddingX * scale;
}

bool same_line_if_fits(float next_width, float right) {
  const bool fits =
      ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width <= right;
  if (fits) ImGui::SameLine();
  return fits;
}

bool text_button(const char* label, ImFont* font, ImU32 color, ImU32 underline, float scale) {
  ImGui::PushFont(font);
  const ImVec2 size = ImGui::CalcTextSize(label, nullptr, true);
  const ImVec2 padding(kTextButtonPaddingX * scale, kTextButtonPaddingY * scale);
  const ImVec2 position = ImGui::GetCursorScreenPos();
  const bool pressed =
      ImGui::InvisibleButton(label, ImVec2(size.x + 2 * padding.x, size.y + 2 * padding.y));
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->AddText(ImVec2(std::round(position.x + padding.x), std::round(position.y + padding.y)),
                     color, label, ImGui::FindRenderedTextEnd(label));
  if (underline || hovered) {
    const float y = std::round(position.y + size.y + 2 * padding.y - 3 * scale);
    draw_list->AddRectFilled(ImVec2(position.x + padding.x, y),
                             ImVec2(position.x + padding.x + size.x, y + 3 * scale),
                             underline ? underline : ImGui::GetColorU32(ImGuiCol_Border));
  }
  ImGui::PopFont();
  return pressed;
}

}  // namespace kiosque

namespace kiosque {

float begin_column(float measure, float padding) {
  const float available = ImGui::GetContentRegionAvail().x;
  const float width = std::max(1.0f, std::min(available - 2 * padding, measure));
  const float indent = std::floor((available - width) * 0.5f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
  ImGui::BeginGroup();
  return width;
}

}  // namespace kiosque
