#include "reader_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/url.h"

namespace kiosque {

namespace {

constexpr float kTabStripHeight = 44.0f;  // CSS pixels
constexpr float kPagePadding = 16.0f;
constexpr float kArticleMeasure = 680.0f;  // comfortable line length for body text

const char* text_for(Lang lang, const char* french, const char* english) {
  return lang == Lang::French ? french : english;
}

// The content column: centred, at most `measure` wide, with side padding.
float begin_column(float measure, float scale) {
  const float available = ImGui::GetContentRegionAvail().x;
  const float padding = kPagePadding * scale;
  const float width = std::min(available - 2 * padding, measure * scale);
  const float indent = std::floor((available - width) * 0.5f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
  ImGui::BeginGroup();
  return width;
}

bool text_button(const char* label, ImFont* font, ImU32 color, ImU32 underline, float scale) {
  ImGui::PushFont(font);
  const ImVec2 size = ImGui::CalcTextSize(label);
  const ImVec2 padding(8 * scale, 6 * scale);
  const ImVec2 position = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(label, ImVec2(size.x + 2 * padding.x, size.y + 2 * padding.y));
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->AddText(ImVec2(std::round(position.x + padding.x), std::round(position.y + padding.y)), color, label);
  if (underline || hovered) {
    const float y = std::round(position.y + size.y + 2 * padding.y - 3 * scale);
    draw_list->AddRectFilled(ImVec2(position.x + padding.x, y),
                             ImVec2(position.x + padding.x + size.x, y + 3 * scale),
                             underline ? underline : ImGui::GetColorU32(ImGuiCol_Border));
  }
  ImGui::PopFont();
  return pressed;
}

std::string byline(const Article& article, Lang lang) {
  std::string line;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!line.empty()) line += " · ";
    line += part;
  };
  std::string authors;
  for (const std::string& author : article.authors) authors += (authors.empty() ? "" : ", ") + author;
  if (!authors.empty()) add(text_for(lang, "Par ", "By ") + authors);
  if (article.published != kUnknownTime) add(format_date(article.published, lang));
  if (article.updated != kUnknownTime) add(format_updated(article.updated, lang));
  if (article.reading_minutes > 0) add(format_reading_time(article.reading_minutes, lang));
  return line;
}

}  // namespace

// ---------------------------------------------------------------------------
// Frame
// ---------------------------------------------------------------------------

ViewOutput ReaderView::draw(Reader& reader, const ViewContext& context) {
  ViewOutput output;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  const ImGuiWindowFlags frame_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##kiosque", nullptr, frame_flags);
  if (reader.has_feed()) draw_tab_strip(reader, context);
  draw_status(reader, context);
  if (reader.has_feed()) {
    if (const Article* article = reader.article())
      draw_article(reader, *article, context, output);
    else
      draw_home(reader, context, output);
  }
  ImGui::End();
  return output;
}

// ---------------------------------------------------------------------------
// Tab strip
// ---------------------------------------------------------------------------

void ReaderView::draw_tab_strip(Reader& reader, const ViewContext& context) {
  const float height = kTabStripHeight * context.scale;
  ImGui::BeginChild("##tabs", ImVec2(0, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::SetCursorPos(ImVec2(kPagePadding * 0.5f * context.scale, 4 * context.scale));
  for (const SectionTab& tab : reader.tabs()) {
    const bool active = tab.slug == reader.section_slug() && reader.page() == ReaderPage::Home;
    const bool current = tab.slug == reader.section_slug();
    ImFont* font = context.fonts.get(current ? TextStyle::UiStrong : TextStyle::Ui);
    ImGui::PushID(tab.slug.c_str());
    if (text_button(tab.name.c_str(), font, context.theme.text, current ? context.theme.accent : 0,
                    context.scale) &&
        !active)
      reader.select_section(tab.slug);
    ImGui::PopID();
    ImGui::SameLine(0, 2 * context.scale);
  }
  ImGui::EndChild();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(start, ImVec2(start.x + ImGui::GetWindowWidth(), start.y),
                                      context.theme.rule, std::max(1.0f, std::floor(context.scale)));
}

// ---------------------------------------------------------------------------
// Status: loading, errors
// ---------------------------------------------------------------------------

void ReaderView::draw_status(const Reader& reader, const ViewContext& context) {
  const Theme& theme = context.theme;
  if (!reader.error().empty()) {
    // With content on screen the error is a strip above it; alone, it is the page.
    const std::string message = (reader.has_feed() ? text_for(context.lang, "Mise à jour impossible : ",
                                                              "Could not update: ")
                                                   : text_for(context.lang, "Impossible de charger les actualités : ",
                                                              "Could not load the news: ")) +
                                reader.error();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::PushFont(context.fonts.get(TextStyle::Ui));
    const float padding = 10 * context.scale;
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 text_size = ImGui::CalcTextSize(message.c_str(), nullptr, false, width - 2 * padding);
    ImGui::GetWindowDrawList()->AddRectFilled(start, ImVec2(start.x + width, start.y + text_size.y + 2 * padding),
                                              theme.error_background);
    ImGui::SetCursorScreenPos(ImVec2(start.x + padding, start.y + padding));
    ImGui::PushStyleColor(ImGuiCol_Text, theme.error_text);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * padding);
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + text_size.y + 2 * padding));
    ImGui::Dummy(ImVec2(0, 0));
  } else if (!reader.has_feed()) {
    ImGui::PushFont(context.fonts.get(TextStyle::Ui));
    ImGui::SetCursorPos(ImVec2(kPagePadding * context.scale, kPagePadding * context.scale));
    ImGui::TextDisabled("%s", text_for(context.lang, "Chargement des actualités…", "Loading the news…"));
    ImGui::PopFont();
  }
}

// ---------------------------------------------------------------------------
// Shared text helpers
// ---------------------------------------------------------------------------

std::string ReaderView::draw_text(const void* key, const std::vector<TextRun>& runs, RichTextFonts faces,
                                  ImU32 color, float line_spacing, float width, const ViewContext& context) {
  CachedLayout& cached = layouts_[key];
  // The same text can be drawn in two places (a title in the list and on the
  // article page): a layout is reused only for the same width and fonts.
  if (cached.width != width || cached.faces != faces || cached.line_spacing != line_spacing ||
      (cached.block.lines.empty() && !runs.empty())) {
    cached.width = width;
    cached.faces = faces;
    cached.line_spacing = line_spacing;
    cached.block = layout_rich_text(runs, width, context.fonts, faces, line_spacing);
  }
  return draw_rich_text(cached.block, runs, width, context.fonts, faces, color, context.theme);
}

std::string ReaderView::draw_plain(const std::string& text, TextStyle style, ImU32 color, float line_spacing,
                                   float width, const ViewContext& context) {
  std::vector<TextRun>& runs = plain_runs_[&text];
  if (runs.empty() || runs[0].text != text) runs = {TextRun{text, kRunPlain, ""}};
  return draw_text(&text, runs, RichTextFonts{style, style, style}, color, line_spacing, width, context);
}

// ---------------------------------------------------------------------------
// Home: headlines of the selected section
// ---------------------------------------------------------------------------

void ReaderView::draw_home(Reader& reader, const ViewContext& context, ViewOutput& output) {
  const Theme& theme = context.theme;
  ImGui::BeginChild("##home", ImVec2(0, 0), false);
  ImGui::Dummy(ImVec2(0, 8 * context.scale));
  const float width = begin_column(kArticleMeasure, context.scale);
  ImGui::PushItemWidth(width);
  for (const Article* article : reader.headlines()) {
    ImGui::PushID(article->id.c_str());
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::Dummy(ImVec2(width, 6 * context.scale));
    draw_plain(article->title, TextStyle::Headline, theme.text, 1.0f, width, context);
    std::string meta = format_date(article->published, context.lang);
    if (article->reading_minutes > 0) meta += " · " + format_reading_time(article->reading_minutes, context.lang);
    ImGui::PushFont(context.fonts.get(TextStyle::Small));
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text_muted);
    ImGui::TextUnformatted(meta.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(width, 6 * context.scale));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const ImVec2 bottom(top.x + width, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(top);
    if (ImGui::InvisibleButton("##open", ImVec2(width, bottom.y - top.y))) reader.open_article(article->id);
    if (ImGui::IsItemHovered()) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x - 4 * context.scale, top.y), bottom,
                                                (theme.surface & 0x00FFFFFF) | 0x80000000);
    }
    ImGui::GetWindowDrawList()->AddLine(ImVec2(top.x, bottom.y), bottom, theme.rule);
    ImGui::PopID();
  }
  ImGui::PopItemWidth();
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, kPagePadding * context.scale));
  output.can_scroll_up = ImGui::GetScrollY() > 0;
  output.can_scroll_down = ImGui::GetScrollY() < ImGui::GetScrollMaxY();
  ImGui::EndChild();
}

// ---------------------------------------------------------------------------
// Article
// ---------------------------------------------------------------------------

void ReaderView::draw_article(Reader& reader, const Article& article, const ViewContext& context,
                              ViewOutput& output) {
  const Theme& theme = context.theme;
  const float scale = context.scale;
  ImGui::BeginChild("##article", ImVec2(0, 0), false);
  if (scrolled_article_ != article.id) {
    ImGui::SetScrollY(0);
    scrolled_article_ = article.id;
  }
  ImGui::Dummy(ImVec2(0, 6 * scale));
  const float width = begin_column(kArticleMeasure, scale);

  if (text_button(text_for(context.lang, "‹ Retour", "‹ Back"), context.fonts.get(TextStyle::Ui),
                  theme.accent, 0, scale) ||
      (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape)))
    reader.back();

  std::string path;
  for (const Section* section : reader.breadcrumb()) path += (path.empty() ? "" : " › ") + section->name;
  if (!path.empty()) {
    ImGui::PushFont(context.fonts.get(TextStyle::Small));
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text_muted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextWrapped("%s", path.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  draw_plain(article.title, TextStyle::Title, theme.text, 0.95f, width, context);
  ImGui::Dummy(ImVec2(0, 4 * scale));
  if (!article.summary.empty())
    draw_plain(article.summary, TextStyle::Standfirst, theme.text_muted, 1.1f, width, context);
  ImGui::Dummy(ImVec2(0, 4 * scale));
  draw_plain(byline(article, context.lang), TextStyle::Small, theme.text_muted, 1.1f, width, context);
  ImGui::Dummy(ImVec2(0, 12 * scale));

  const RichTextFonts body{TextStyle::Body, TextStyle::BodyBold, TextStyle::BodyItalic};
  std::string clicked;
  for (const Block& block : article.body) {
    std::string link;
    switch (block.type) {
      case BlockType::Paragraph:
      case BlockType::Preformatted:
        link = draw_text(&block, block.runs, body, theme.text, 1.25f, width, context);
        break;
      case BlockType::Heading:
        ImGui::Dummy(ImVec2(0, 6 * scale));
        link = draw_text(&block, block.runs, RichTextFonts{TextStyle::Heading, TextStyle::Heading, TextStyle::Heading},
                         theme.text, 1.05f, width, context);
        break;
      case BlockType::Quote: {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float indent = 16 * scale;
        ImGui::Indent(indent);
        link = draw_text(&block, block.runs, RichTextFonts{TextStyle::BodyItalic, TextStyle::BodyBold, TextStyle::BodyItalic},
                         theme.text, 1.25f, width - indent, context);
        ImGui::Unindent(indent);
        ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + 3 * scale, ImGui::GetItemRectMax().y),
                                                  theme.accent);
        break;
      }
      case BlockType::ListItem: {
        const float indent = 22 * scale * static_cast<float>(std::max(1, block.depth));
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const std::string marker = block.ordered ? std::to_string(block.ordinal) + "." : "•";
        ImGui::GetWindowDrawList()->AddText(context.fonts.get(TextStyle::Body), context.fonts.get(TextStyle::Body)->FontSize,
                                            ImVec2(top.x + indent - 16 * scale, top.y), theme.text_muted,
                                            marker.c_str());
        ImGui::Indent(indent);
        link = draw_text(&block, block.runs, body, theme.text, 1.25f, width - indent, context);
        ImGui::Unindent(indent);
        break;
      }
      case BlockType::Image:
        if (!block.image.caption.empty())
          draw_plain(block.image.caption, TextStyle::Small, theme.text_muted, 1.1f, width, context);
        break;
      case BlockType::Separator: {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float mid = at.y + 8 * scale;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x + width * 0.4f, mid), ImVec2(at.x + width * 0.6f, mid),
                                            theme.rule, scale);
        ImGui::Dummy(ImVec2(width, 16 * scale));
        break;
      }
    }
    if (!link.empty()) clicked = link;
    ImGui::Dummy(ImVec2(0, 4 * scale));
  }
  ImGui::Dummy(ImVec2(0, 8 * scale));
  if (is_http_url(article.url) &&
      text_button(text_for(context.lang, "Lire sur le site ›", "Read on the site ›"), context.fonts.get(TextStyle::UiStrong),
                  theme.accent, 0, scale))
    clicked = article.url;
  ImGui::Dummy(ImVec2(0, kPagePadding * scale));
  ImGui::EndGroup();
  output.open_url = clicked;
  output.can_scroll_up = ImGui::GetScrollY() > 0;
  output.can_scroll_down = ImGui::GetScrollY() < ImGui::GetScrollMaxY();
  ImGui::EndChild();
}

}  // namespace kiosque
