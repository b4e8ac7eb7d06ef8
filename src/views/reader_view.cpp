// Kiosque views: the frame, the section tabs, the status strip and the text
// helpers every view uses (see reader_view.h for the map of the views).
#include "reader_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "widgets.h"

namespace kiosque {

namespace {
constexpr float kTabStripHeight = 44.0f;  // CSS pixels; home_layout.cpp counts on it
}  // namespace

// ---------------------------------------------------------------------------
// Frame
// ---------------------------------------------------------------------------

ViewOutput ReaderView::draw(Reader& reader, const ViewContext& context) {
  ViewOutput output;
  controls_.clear();
  if (context.focus != revealed_focus_) revealed_focus_ = FocusedControl{};  // the focus moved on
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  const ImGuiWindowFlags frame_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##kiosque", nullptr, frame_flags);
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
    carousel_pressed_last_ = false;  // the carousel says if it was
  const HomeLayout layout =
      choose_home_layout(io.DisplaySize.x / context.scale, io.DisplaySize.y / context.scale);
  if (reader.has_feed()) draw_tab_strip(reader, context, layout.tabs);
  draw_status(reader, context);
  if (reader.has_feed()) {
    if (const Article* article = reader.article()) {
      reader.paging().set_end_visible(false);  // the headline list is not on screen
      draw_article(reader, *article, context, output);
    } else {
      draw_home(reader, context, layout, output);
    }
  }
  if (section_menu_open_) draw_section_menu(reader, context);
  ImGui::End();
  return output;
}

void ReaderView::apply_touch_scroll(const ViewContext& context) {
  if (context.touch_scroll == 0) return;
  const ImVec2 min = ImGui::GetWindowPos();
  const ImVec2 max(min.x + ImGui::GetWindowWidth(), min.y + ImGui::GetWindowHeight());
  const ImVec2 at = context.touch_at;
  if (at.x < min.x || at.y < min.y || at.x >= max.x || at.y >= max.y) return;
  ImGui::SetScrollY(
      std::clamp(ImGui::GetScrollY() + context.touch_scroll, 0.0f, ImGui::GetScrollMaxY()));
}

void ReaderView::record_control(const char* kind, const std::string& id, float scale) {
  if (!ImGui::IsItemVisible()) return;
  record_rect(kind, id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), scale);
}

void ReaderView::record_rect(const char* kind, const std::string& id, ImVec2 item_min,
                             ImVec2 item_max, float scale) {
  // Only the part inside the window's clip is on screen (a row cut by the
  // bottom edge is still clickable in its visible half).
  const ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec2 clip_min = draw_list->GetClipRectMin(), clip_max = draw_list->GetClipRectMax();
  const float x0 = std::max(item_min.x, clip_min.x), y0 = std::max(item_min.y, clip_min.y);
  const float x1 = std::min(item_max.x, clip_max.x), y1 = std::min(item_max.y, clip_max.y);
  if (x1 <= x0 || y1 <= y0) return;
  controls_.push_back(
      ControlRect{kind, id, x0 / scale, y0 / scale, (x1 - x0) / scale, (y1 - y0) / scale});
}

void ReaderView::reveal_if_focused(const FocusedControl& control, ImVec2 item_min, ImVec2 item_max,
                                   const ViewContext& context, ViewOutput& output) {
  if (context.focus != control || revealed_focus_ == control) return;
  revealed_focus_ = control;
  const float window_top = ImGui::GetWindowPos().y;
  const float window_height = ImGui::GetWindowHeight();
  if (item_min.y >= window_top && item_max.y <= window_top + window_height) return;
  ImGui::SetScrollY(ImGui::GetScrollY() + item_min.y - window_top - window_height * 0.4f);
  output.animating = true;  // the next frame draws it there
}

// ---------------------------------------------------------------------------
// Section tabs: a strip that scrolls sideways, or one menu button when narrow
// ---------------------------------------------------------------------------

void ReaderView::draw_tab_strip(Reader& reader, const ViewContext& context, TabStyle style) {
  const float scale = context.scale;
  const float height = kTabStripHeight * scale;
  const Theme& theme = context.theme;
  ImGui::BeginChild("##tabs", ImVec2(0, height), false, ImGuiWindowFlags_NoScrollbar);
  ImGui::SetCursorPos(ImVec2(8 * scale, 4 * scale));
  if (style == TabStyle::Menu) {
    // The current section's name, and a chevron that opens the list.
    std::string current = reader.tabs().empty() ? "" : reader.tabs().front().name;
    for (const SectionTab& tab : reader.tabs())
      if (tab.slug == reader.section_slug()) current = tab.name;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (text_button(current.c_str(), context.fonts.get(TextStyle::UiStrong), theme.text,
                    theme.accent, scale))
      section_menu_open_ = !section_menu_open_;
    record_control("section-menu", "", scale);
    const ImVec2 end = ImGui::GetItemRectMax();
    draw_chevron(ImGui::GetWindowDrawList(), ImVec2(end.x + 8 * scale, (at.y + end.y) * 0.5f),
                 10 * scale, Chevron::Down, theme.text_muted, 1.5f * scale);
  } else {
    for (const SectionTab& tab : reader.tabs()) {
      const bool current = tab.slug == reader.section_slug();
      ImGui::PushID(tab.slug.c_str());
      if (text_button(tab.name.c_str(),
                      context.fonts.get(current ? TextStyle::UiStrong : TextStyle::Ui), theme.text,
                      current ? theme.accent : 0, scale))
        reader.select_section(tab.slug);
      record_control("tab", tab.slug, scale);
      if (current && ImGui::IsItemVisible() == false) ImGui::SetScrollHereX(0.5f);
      ImGui::PopID();
      ImGui::SameLine(0, 2 * scale);
    }
    // A vertical wheel over the strip scrolls it sideways.
    if (ImGui::IsWindowHovered() && ImGui::GetIO().MouseWheel != 0)
      ImGui::SetScrollX(ImGui::GetScrollX() - ImGui::GetIO().MouseWheel * 60 * scale);
  }
  ImGui::EndChild();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(start, ImVec2(start.x + ImGui::GetWindowWidth(), start.y),
                                      theme.rule, std::max(1.0f, std::floor(scale)));
}

void ReaderView::draw_section_menu(Reader& reader, const ViewContext& context) {
  const float scale = context.scale;
  ImGui::SetNextWindowPos(ImVec2(8 * scale, kTabStripHeight * scale));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, context.theme.background);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * scale, 8 * scale));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  ImGui::Begin("##sections", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings);
  for (const SectionTab& tab : reader.tabs()) {
    const bool current = tab.slug == reader.section_slug();
    ImGui::PushID(tab.slug.c_str());
    if (text_button(tab.name.c_str(),
                    context.fonts.get(current ? TextStyle::UiStrong : TextStyle::Ui),
                    context.theme.text, current ? context.theme.accent : 0, scale)) {
      reader.select_section(tab.slug);
      section_menu_open_ = false;
    }
    record_control("tab", tab.slug, scale);
    ImGui::PopID();
  }
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsWindowHovered() &&
      !ImGui::IsAnyItemHovered())
    section_menu_open_ = false;
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

// ---------------------------------------------------------------------------
// Status: loading, errors
// ---------------------------------------------------------------------------

void ReaderView::draw_status(const Reader& reader, const ViewContext& context) {
  const Theme& theme = context.theme;
  const float scale = context.scale;
  // A strip above the content, as tall as its text.
  auto draw_strip = [&](const std::string& message, ImU32 text_colour, ImU32 background,
                        float text_scale) {
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float padding = 10 * scale * text_scale / 1.1f;
    const float width = ImGui::GetContentRegionAvail().x;
    // The strip's height is known once its text is laid out: draw the text on
    // the upper channel, then the strip under it.
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_list->ChannelsSplit(2);
    draw_list->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(start.x + padding, start.y + padding));
    draw_plain(message, TextStyle::Ui, text_colour, text_scale, width - 2 * padding, context);
    const float bottom = ImGui::GetItemRectMax().y + padding;
    draw_list->ChannelsSetCurrent(0);
    draw_list->AddRectFilled(start, ImVec2(start.x + width, bottom), background);
    draw_list->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
    ImGui::Dummy(ImVec2(0, 0));
  };
  if (reader.has_feed() && reader.offline()) {
    // Out of reach of the network: a discreet line that says how old the
    // content is, gone as soon as the server answers again.
    draw_strip(format_offline(reader.updated_at(), context.now, context.lang), theme.text_muted,
               theme.surface, 0.95f);
  } else if (!reader.error().empty()) {
    // With content on screen the error is a strip above it; alone, it is the page.
    draw_strip((reader.has_feed()
                    ? tr(context.lang, "Mise à jour impossible : ", "Could not update: ")
                    : tr(context.lang,
                         "Impossible de charger les actualités : ", "Could not load the news: ")) +
                   reader.error(),
               theme.error_text, theme.error_background, 1.1f);
  } else if (!reader.has_feed()) {
    ImGui::SetCursorPos(ImVec2(16 * scale, 16 * scale));
    draw_plain(tr(context.lang, "Chargement des actualités…", "Loading the news…"), TextStyle::Ui,
               theme.text_muted, 1.1f, 400 * scale, context);
  }
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

RichTextBlock& ReaderView::cached_layout(const void* key, const std::vector<TextRun>& runs,
                                         RichTextFonts faces, float line_spacing, float width,
                                         const ViewContext& context) {
  CachedLayout& cached = layouts_[key];
  // The same text can be drawn in two places (a title in the list and on the
  // article page): a layout is reused only for the same width and fonts.
  const bool current = cached.width == width && !(cached.faces != faces) &&
                       cached.line_spacing == line_spacing &&
                       (!cached.block.lines.empty() || runs.empty());
  if (!current) {
    cached.width = width;
    cached.faces = faces;
    cached.line_spacing = line_spacing;
    cached.block = layout_rich_text(runs, width, context.fonts, faces, line_spacing);
  }
  return cached.block;
}

const std::vector<TextRun>& ReaderView::plain_runs(const std::string& text) {
  std::vector<TextRun>& runs = plain_runs_[&text];
  if (runs.empty() || runs[0].text != text) {
    runs = {TextRun{text, kRunPlain, ""}};
    layouts_.erase(&text);  // another string now lives at this address
  }
  return runs;
}

std::string ReaderView::draw_text(const void* key, const std::vector<TextRun>& runs,
                                  RichTextFonts faces, ImU32 color, float line_spacing, float width,
                                  const ViewContext& context, int max_lines) {
  RichTextBlock& block = cached_layout(key, runs, faces, line_spacing, width, context);
  block.max_lines = max_lines;
  return draw_rich_text(block, runs, width, context.fonts, faces, color, context.theme);
}

std::string ReaderView::draw_plain(const std::string& text, TextStyle style, ImU32 color,
                                   float line_spacing, float width, const ViewContext& context,
                                   int max_lines) {
  return draw_text(&text, plain_runs(text), RichTextFonts{style, style, style}, color, line_spacing,
                   width, context, max_lines);
}

float ReaderView::draw_plain_at(const std::string& text, TextStyle style, ImU32 color,
                                float line_spacing, ImVec2 origin, float width,
                                const ViewContext& context, int max_lines) {
  const RichTextFonts faces{style, style, style};
  const std::vector<TextRun>& runs = plain_runs(text);
  RichTextBlock& block = cached_layout(&text, runs, faces, line_spacing, width, context);
  block.max_lines = max_lines;
  draw_rich_text_at(block, runs, origin, width, context.fonts, faces, color, context.theme);
  return block.height();
}

std::string ReaderView::section_label(const Reader& reader, const Article& article) const {
  // The top-level section the article belongs to: what the site prints above titles.
  for (const std::string& id : article.section_ids) {
    const Section* section = reader.feed().find_section(id);
    for (int depth = 0; section && !section->parent_id.empty() && depth < 32; ++depth)
      section = reader.feed().find_section(section->parent_id);
    if (section && !section->name.empty()) return section->name;
  }
  return "";
}

}  // namespace kiosque
