// Kiosque views: "En ce moment", the carousel of the newest stories.
//
// Each slide is the story's image cropped to fill, a scrim so the text stays
// legible on any picture, the section label, the title and the date. It
// glides to the next slide by itself (core/carousel.h keeps time), pauses
// under the pointer or a finger and while the keyboard is on it (a mirror
// control focused, or the canvas focused by a press on the carousel), and
// offers arrows, dots, a progress line, swipe, and the left/right keys
// while the widget has focus.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "reader_view.h"
#include "widgets.h"

namespace kiosque {

namespace {
constexpr float kSwipeThreshold = 40.0f;   // CSS pixels of horizontal travel
constexpr double kProgressTickMs = 100.0;  // the progress line moves at 10 frames a second
}  // namespace

void ReaderView::draw_carousel(Reader& reader, const std::vector<const Article*>& slides,
                               ImVec2 size, const ViewContext& context, ViewOutput& output) {
  if (slides.empty() || size.x <= 0 || size.y <= 0) return;
  const Theme& theme = context.theme;
  const float scale = context.scale;
  const double now = context.now_ms;
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + size.x, min.y + size.y);

  ImGui::PushID("carousel");
  ImGui::InvisibleButton("##slides", size);
  record_control("slide", std::to_string(carousel_.index()), scale);
  ImGui::SetItemAllowOverlap();  // the arrows and dots drawn over it take the clicks
  const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem |
                                            ImGuiHoveredFlags_AllowWhenOverlapped);
  carousel_.set_paused(kPauseHover, hovered, now);
  carousel_.set_paused(kPauseTouch, ImGui::IsItemActive(), now);
  // Pressed on its slides, arrows or dots, the canvas takes the keyboard and
  // ←/→ drive the carousel: it holds still while that lasts.
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) carousel_pressed_last_ = true;
  carousel_.set_paused(kPauseKeys, carousel_pressed_last_ && context.canvas_focused, now);

  // Swipe, or a tap that opens the story.
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemActivated()) swipe_start_x_ = io.MousePos.x;
  if (ImGui::IsItemDeactivated() && swipe_start_x_ >= 0) {
    const float travel = io.MousePos.x - swipe_start_x_;
    if (travel <= -kSwipeThreshold * scale)
      carousel_.next(now);
    else if (travel >= kSwipeThreshold * scale)
      carousel_.previous(now);
    else if (hovered)
      reader.open_article(slides[static_cast<std::size_t>(carousel_.index())]->id);
    swipe_start_x_ = -1;
  }
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
      reader.page() == ReaderPage::Home) {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) carousel_.previous(now);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) carousel_.next(now);
  }
  carousel_.update(now);

  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->PushClipRect(min, max, true);
  const int index = std::min(carousel_.index(), static_cast<int>(slides.size()) - 1);
  if (carousel_.transitioning(now)) {
    // Both slides glide together, the old one out, the new one in.
    const float t = ease_in_out(carousel_.transition_progress(now));
    const float direction = static_cast<float>(carousel_.direction());
    const float out_x = std::round(-direction * t * size.x);
    const float in_x = std::round(direction * (1 - t) * size.x);
    const int previous = std::min(carousel_.previous_index(), static_cast<int>(slides.size()) - 1);
    draw_slide(reader, *slides[previous], ImVec2(min.x + out_x, min.y),
               ImVec2(max.x + out_x, max.y), context);
    draw_slide(reader, *slides[index], ImVec2(min.x + in_x, min.y), ImVec2(max.x + in_x, max.y),
               context);
    output.animating = true;
  } else {
    draw_slide(reader, *slides[index], min, max, context);
  }

  // Progress line along the bottom edge.
  const float progress = carousel_.dwell_progress(now);
  const float line = std::max(2.0f, std::round(3 * scale));
  draw_list->AddRectFilled(ImVec2(min.x, max.y - line), ImVec2(min.x + size.x * progress, max.y),
                           theme.accent);
  draw_list->PopClipRect();

  if (slides.size() > 1) {
    // Arrows and dots share the top-right corner, clear of the text below.
    const float radius = 15 * scale;
    const float top_y = min.y + radius + 10 * scale;
    const ImVec2 next_center(max.x - radius - 10 * scale, top_y);
    const ImVec2 previous_center(next_center.x - 2 * radius - 8 * scale, top_y);
    const ImU32 button = with_alpha(IM_COL32(255, 255, 255, 255), hovered ? 230 : 170);
    if (chevron_button("##previous", previous_center, radius, Chevron::Left, button,
                       IM_COL32(20, 20, 20, 255)))
      carousel_.previous(now);
    record_control("carousel-previous", "", scale);
    if (chevron_button("##next", next_center, radius, Chevron::Right, button,
                       IM_COL32(20, 20, 20, 255)))
      carousel_.next(now);
    record_control("carousel-next", "", scale);
    // Position dots, left of the arrows, each a target.
    const float dot = 4 * scale, spacing = 14 * scale;
    const float dots_right = previous_center.x - radius - 10 * scale;
    for (std::size_t i = 0; i < slides.size(); ++i) {
      const ImVec2 center(dots_right - spacing * static_cast<float>(slides.size() - 1 - i), top_y);
      ImGui::SetCursorScreenPos(ImVec2(center.x - spacing * 0.5f, center.y - spacing * 0.5f));
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::InvisibleButton("##dot", ImVec2(spacing, spacing)))
        carousel_.go_to(static_cast<int>(i), now);
      record_control("carousel-dot", std::to_string(i), scale);
      ImGui::PopID();
      const bool current = static_cast<int>(i) == index;
      draw_list->AddCircleFilled(center, current ? dot * 1.3f : dot,
                                 current ? IM_COL32_WHITE : IM_COL32(255, 255, 255, 140), 16);
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(min.x, max.y));
  ImGui::Dummy(ImVec2(size.x, 0));
  ImGui::PopID();

  // Wake-ups: the progress line ticks, the next slide arrives on time.
  const double advance = carousel_.next_advance_ms();
  if (advance >= 0) {
    const double tick = now + kProgressTickMs;
    output.wake_at_ms = output.wake_at_ms < 0 ? std::min(advance, tick)
                                              : std::min({output.wake_at_ms, advance, tick});
  }
}

void ReaderView::draw_slide(const Reader& reader, const Article& article, ImVec2 min, ImVec2 max,
                            const ViewContext& context) {
  const Theme& theme = context.theme;
  const float scale = context.scale;
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const std::string section = section_label(reader, article);
  draw_image_box(draw_list, context.images, article.image, min, max, theme, 0,
                 context.fonts.get(TextStyle::Title), section);
  // Scrim: clear at the top, dark where the text sits.
  const float height = max.y - min.y;
  const float scrim_top = min.y + height * 0.35f;
  draw_list->AddRectFilledMultiColor(ImVec2(min.x, scrim_top), max, IM_COL32(0, 0, 0, 0),
                                     IM_COL32(0, 0, 0, 0), IM_COL32(0, 0, 0, 200),
                                     IM_COL32(0, 0, 0, 200));

  const float padding = 16 * scale;
  const float text_width = (max.x - min.x) - 2 * padding;
  ImFont* small = context.fonts.get(TextStyle::Small);
  const std::string when = format_date(article.published, context.lang);
  // Bottom up: date, title, section label.
  float y = max.y - padding - small->FontSize - 4 * scale;
  draw_list->AddText(small, small->FontSize, ImVec2(std::round(min.x + padding), std::round(y)),
                     IM_COL32(255, 255, 255, 220), when.c_str());
  const RichTextBlock& title = cached_layout(
      &article.title, plain_runs(article.title),
      RichTextFonts{TextStyle::SlideTitle, TextStyle::SlideTitle, TextStyle::SlideTitle}, 1.0f,
      text_width, context);
  const int title_lines = std::min<int>(3, static_cast<int>(title.lines.size()));
  y -= title.line_height * static_cast<float>(title_lines) + 4 * scale;
  draw_plain_at(article.title, TextStyle::SlideTitle, IM_COL32_WHITE, 1.0f,
                ImVec2(min.x + padding, std::round(y)), text_width, context, 3);
  if (!section.empty()) {
    ImFont* label = context.fonts.get(TextStyle::UiStrong);
    const ImVec2 label_size = label->CalcTextSizeA(small->FontSize, FLT_MAX, 0, section.c_str());
    const float label_y = std::round(y - label_size.y - 10 * scale);
    const ImVec2 pill_min(min.x + padding, label_y - 2 * scale);
    draw_list->AddRectFilled(
        pill_min,
        ImVec2(pill_min.x + label_size.x + 12 * scale, label_y + label_size.y + 2 * scale),
        theme.accent, 3 * scale);
    draw_list->AddText(label, small->FontSize, ImVec2(std::round(pill_min.x + 6 * scale), label_y),
                       theme.accent_text, section.c_str());
  }
}

}  // namespace kiosque
