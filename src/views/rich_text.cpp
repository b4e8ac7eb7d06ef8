#include "rich_text.h"

#include <imgui.h>

#include <cmath>

namespace kiosque {

namespace {

TextStyle style_for_run(std::uint8_t run_style, RichTextFonts faces) {
  if (run_style & kRunBold) return faces.bold;
  if (run_style & kRunItalic) return faces.italic;
  return faces.regular;
}

}  // namespace

RichTextBlock layout_rich_text(const std::vector<TextRun>& runs, float width, const Fonts& fonts,
                               RichTextFonts faces, float line_spacing) {
  RichTextBlock block;
  ImFont* regular = fonts.get(faces.regular);
  block.line_height = std::round(regular->FontSize * line_spacing);
  block.lines = layout_runs(runs, width, [&](std::uint8_t style, std::string_view text) {
    ImFont* font = fonts.get(style_for_run(style, faces));
    return font
        ->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size())
        .x;
  });
  return block;
}

std::vector<LinkBox> link_boxes(const RichTextBlock& block, const std::vector<TextRun>& runs,
                                ImVec2 origin) {
  std::vector<LinkBox> boxes;
  const std::size_t shown = static_cast<std::size_t>(block.shown_lines());
  for (std::size_t line_index = 0; line_index < shown; ++line_index) {
    const float y = std::round(origin.y + block.line_height * static_cast<float>(line_index));
    for (const LayoutFragment& fragment : block.lines[line_index].fragments) {
      if (runs[fragment.run].link.empty()) continue;
      const float x = std::round(origin.x + fragment.x);
      const bool continued = !boxes.empty() && boxes.back().run == fragment.run;
      // The link's words on its first line make its box.
      if (continued && boxes.back().min.y == y) boxes.back().max.x = x + fragment.width;
      if (!continued)
        boxes.push_back(
            LinkBox{fragment.run, ImVec2(x, y), ImVec2(x + fragment.width, y + block.line_height)});
    }
  }
  return boxes;
}

std::string draw_rich_text(const RichTextBlock& block, const std::vector<TextRun>& runs,
                           float width, const Fonts& fonts, RichTextFonts faces, ImU32 color,
                           const Theme& theme) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  std::string clicked;
  if (ImGui::IsRectVisible(ImVec2(origin.x + width, origin.y + block.height())))
    clicked = draw_rich_text_at(block, runs, origin, width, fonts, faces, color, theme);
  ImGui::Dummy(ImVec2(width, block.height()));
  return clicked;
}

std::string draw_rich_text_at(const RichTextBlock& block, const std::vector<TextRun>& runs,
                              ImVec2 origin, float width, const Fonts& fonts, RichTextFonts faces,
                              ImU32 color, const Theme& theme) {
  std::string clicked;
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const std::size_t shown = static_cast<std::size_t>(block.shown_lines());
  const bool truncated = shown < block.lines.size();
  for (std::size_t line_index = 0; line_index < shown; ++line_index) {
    const LayoutLine& line = block.lines[line_index];
    // Whole pixels: half-pixel positions blur glyphs rasterised for the real pixel size.
    const float y = std::round(origin.y + block.line_height * static_cast<float>(line_index));
    if (!ImGui::IsRectVisible(ImVec2(origin.x, y), ImVec2(origin.x + width, y + block.line_height)))
      continue;
    for (const LayoutFragment& fragment : line.fragments) {
      const TextRun& run = runs[fragment.run];
      ImFont* font = fonts.get(style_for_run(run.style, faces));
      const float baseline_shift = std::round((block.line_height - font->FontSize) * 0.5f);
      const ImVec2 position(std::round(origin.x + fragment.x), y + baseline_shift);
      const char* begin = run.text.data() + fragment.begin;
      const char* end = run.text.data() + fragment.end;
      ImU32 fragment_color = color;
      if (!run.link.empty()) {
        fragment_color = theme.accent;
        const ImVec2 max(position.x + fragment.width, y + block.line_height);
        // One underline under a link's words, spaces included.
        const bool link_goes_on =
            &fragment != &line.fragments.back() && (&fragment + 1)->run == fragment.run;
        const float underline_end =
            link_goes_on ? std::round(origin.x + (&fragment + 1)->x) : max.x;
        const bool hovered =
            ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(ImVec2(position.x, y), max);
        const float underline_y = std::round(position.y + font->FontSize * 0.95f);
        draw_list->AddLine(ImVec2(position.x, underline_y), ImVec2(underline_end, underline_y),
                           theme.accent, hovered ? 2.0f : 1.0f);
        if (hovered) {
          ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
          // A click is a press and a release on the same link, not a drag across it.
          const ImVec2 pressed_at = ImGui::GetIO().MouseClickedPos[0];
          const bool pressed_here = pressed_at.x >= position.x && pressed_at.x < max.x &&
                                    pressed_at.y >= y && pressed_at.y < max.y;
          if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && pressed_here) clicked = run.link;
        }
      }
      draw_list->AddText(font, font->FontSize, position, fragment_color, begin, end);
      const bool last_fragment = &fragment == &line.fragments.back();
      if (truncated && line_index + 1 == shown && last_fragment)
        draw_list->AddText(font, font->FontSize, ImVec2(position.x + fragment.width, position.y),
                           fragment_color,
                           "\xE2\x80\xA6");  // …
    }
  }
  return clicked;
}

}  // namespace kiosque
