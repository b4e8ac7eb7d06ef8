#include "theme.h"

namespace kiosque {

Theme Theme::light(ImU32 accent) {
  return {IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),
          IM_COL32(0xF2, 0xF2, 0xF0, 0xFF),
          IM_COL32(0x1A, 0x1A, 0x1A, 0xFF),
          IM_COL32(0x66, 0x66, 0x66, 0xFF),
          accent,
          IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),
          IM_COL32(0xE2, 0xE2, 0xE2, 0xFF),
          IM_COL32(0xFD, 0xEC, 0xEA, 0xFF),
          IM_COL32(0x8A, 0x1C, 0x12, 0xFF)};
}

Theme Theme::dark(ImU32 accent) {
  return {IM_COL32(0x14, 0x15, 0x17, 0xFF),
          IM_COL32(0x22, 0x24, 0x27, 0xFF),
          IM_COL32(0xEC, 0xEC, 0xEA, 0xFF),
          IM_COL32(0xA0, 0xA0, 0xA0, 0xFF),
          accent,
          IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),
          IM_COL32(0x33, 0x35, 0x38, 0xFF),
          IM_COL32(0x3A, 0x1C, 0x1A, 0xFF),
          IM_COL32(0xFF, 0xB4, 0xA8, 0xFF)};
}

void apply_theme(const Theme& theme, float scale) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.ChildBorderSize = 0;
  style.FramePadding = ImVec2(10, 6);
  style.ItemSpacing = ImVec2(8, 8);
  style.ScrollbarSize = 10;
  style.ScrollbarRounding = 5;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.ScaleAllSizes(scale);

  ImVec4* colors = style.Colors;
  const ImVec4 text = ImGui::ColorConvertU32ToFloat4(theme.text);
  const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(theme.accent);
  const ImVec4 surface = ImGui::ColorConvertU32ToFloat4(theme.surface);
  const ImVec4 rule = ImGui::ColorConvertU32ToFloat4(theme.rule);
  colors[ImGuiCol_Text] = text;
  colors[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(theme.text_muted);
  // The canvas is cleared to the background before each frame: a window
  // painting it again would cost a full-canvas fill (software WebGL shades
  // each pixel of it, ~0.1 s at 2880×1800). ImGui adds no rectangle of alpha 0.
  colors[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_Border] = rule;
  colors[ImGuiCol_Button] = surface;
  colors[ImGuiCol_ButtonHovered] = rule;
  colors[ImGuiCol_ButtonActive] = rule;
  colors[ImGuiCol_Header] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_HeaderHovered] = surface;
  colors[ImGuiCol_HeaderActive] = rule;
  colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_ScrollbarGrab] = rule;
  colors[ImGuiCol_ScrollbarGrabHovered] = ImGui::ColorConvertU32ToFloat4(theme.text_muted);
  colors[ImGuiCol_ScrollbarGrabActive] = accent;
  colors[ImGuiCol_NavHighlight] = accent;
  colors[ImGuiCol_Separator] = rule;
}

}  // namespace kiosque
