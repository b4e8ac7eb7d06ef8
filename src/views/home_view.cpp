// Kiosque views: a section's home. The carousel of its newest stories, then
// the other headlines: stacked when narrow, side by side when wide, the
// headlines alone when the box is very short (core/home_layout.h decides).
// At the end of the list, the next page of the feed (core/paging.h): a
// loading row while it comes, an error row that asks again when pressed
// (or when its button in the DOM mirror is: kiosque_retry_paging).
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "reader_view.h"
#include "widgets.h"

namespace kiosque {

namespace {
constexpr int kCarouselSlides = 5;
constexpr float kListMeasure = 760.0f;  // CSS pixels: a headline list reads best narrow
}  // namespace

void ReaderView::draw_home(Reader& reader, const ViewContext& context, const HomeLayout& layout,
                           ViewOutput& output) {
  const float scale = context.scale;
  const std::vector<const Article*>& headlines = reader.headlines();
  const std::size_t slide_count =
      layout.show_carousel ? std::min<std::size_t>(kCarouselSlides, headlines.size()) : 0;
  // Another section starts the carousel again; a refresh of the same one keeps
  // the slide on screen, and new stories come in at the next turn.
  if (slides_.size() != slide_count ||
      !std::equal(slides_.begin(), slides_.end(), headlines.begin())) {
    slides_.assign(headlines.begin(), headlines.begin() + static_cast<std::ptrdiff_t>(slide_count));
    if (carousel_section_ != reader.section_slug())
      carousel_.restart(static_cast<int>(slides_.size()), context.now_ms);
    else
      carousel_.set_count(static_cast<int>(slides_.size()), context.now_ms);
    carousel_section_ = reader.section_slug();
  }
  carousel_.set_paused(kPauseReader, false, context.now_ms);
  const float padding = layout.padding * scale;

  if (layout.side_by_side) {
    const float lead_width = layout.carousel_width * scale;
    ImGui::BeginChild("##lead", ImVec2(lead_width, 0), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(padding, padding));
    draw_carousel(reader, slides_, ImVec2(lead_width - 2 * padding, layout.carousel_height * scale),
                  context, output);
    ImGui::EndChild();
    ImGui::SameLine(0, 0);
  }

  ImGui::BeginChild("##headlines", ImVec2(0, 0), false);
  apply_touch_scroll(context);
  if (layout.show_carousel && !layout.side_by_side) {
    draw_carousel(reader, slides_,
                  ImVec2(ImGui::GetContentRegionAvail().x, layout.carousel_height * scale), context,
                  output);
  }
  ImGui::Dummy(ImVec2(0, 4 * scale));
  const float width = begin_column(kListMeasure * scale, padding);
  if (headlines.size() > slide_count) {
    draw_visible_headlines(reader, headlines, slide_count, context, layout, width);
  } else if (headlines.empty() && reader.paging().state() == PagingState::Ended) {
    ImGui::Dummy(ImVec2(0, 12 * scale));
    draw_plain(tr(context.lang, "Aucun article dans cette rubrique pour le moment.",
                  "No stories in this section yet."),
               TextStyle::Ui, context.theme.text_muted, 1.2f, width, context);
  }
  // A section with few stories so far asks for the next page at once.
  draw_list_end(reader, context, width, output);
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, padding));
  output.can_scroll_up = ImGui::GetScrollY() > 0;
  output.can_scroll_down = ImGui::GetScrollY() < ImGui::GetScrollMaxY();
  ImGui::EndChild();
}

// Only the rows on screen are laid out, drawn and recorded as controls; the
// others are space (core/row_window.h), so that a frame, and the first one,
// cost the same with 50 stories or 5 000.
void ReaderView::draw_visible_headlines(Reader& reader,
                                        const std::vector<const Article*>& headlines,
                                        std::size_t first, const ViewContext& context,
                                        const HomeLayout& layout, float width) {
  const float row_estimate =
      (layout.thumbnail + 24) * context.scale + ImGui::GetStyle().ItemSpacing.y;
  headline_rows_.set_list(headlines.size() - first, width, row_estimate);
  const float list_top = ImGui::GetCursorPosY();
  const float view_top = ImGui::GetScrollY() - list_top;
  const RowSpan span = headline_rows_.visible(view_top, view_top + ImGui::GetWindowHeight());
  ImGui::SetCursorPosY(list_top + span.first_top);
  for (std::size_t row = span.first; row < span.end; ++row) {
    const float row_top = ImGui::GetCursorPosY();
    draw_headline(reader, *headlines[first + row], context, layout, width);
    headline_rows_.measured(row, ImGui::GetCursorPosY() - row_top);
  }
  ImGui::SetCursorPosY(list_top + headline_rows_.height());
}

// The row after the last headline, and whether the reader has reached it
// (the platform layer fetches the next page then).
void ReaderView::draw_list_end(Reader& reader, const ViewContext& context, float width,
                               ViewOutput& output) {
  FeedPaging& paging = reader.paging();
  const float scale = context.scale;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float window_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
  paging.set_end_visible(top.y < window_bottom);
  if (paging.state() == PagingState::Loading) {
    ImGui::Dummy(ImVec2(0, 16 * scale));
    draw_plain(tr(context.lang, "Chargement des articles suivants…", "Loading more stories…"),
               TextStyle::Ui, context.theme.text_muted, 1.2f, width, context);
  } else if (paging.state() == PagingState::Failed) {
    // Drawn first, so the button under it knows its height.
    const Theme& theme = context.theme;
    const float margin = 16 * scale;
    const float title_height = draw_plain_at(
        tr(context.lang, "La suite n’a pas pu être chargée. Réessayer",
           "More stories could not be loaded. Try again"),
        TextStyle::Ui, theme.accent, 1.2f, ImVec2(top.x, top.y + margin), width, context);
    const float detail_height =
        draw_plain_at(paging.error(), TextStyle::Small, theme.text_muted, 1.2f,
                      ImVec2(top.x, top.y + margin + title_height + 4 * scale), width, context);
    ImGui::SetCursorScreenPos(top);
    if (ImGui::InvisibleButton(
            "##more-retry", ImVec2(width, title_height + detail_height + 4 * scale + 2 * margin)))
      paging.retry();
    record_control("more-retry", "", scale);
    // The mirror's "try again" button (kiosque.js) stands for this row.
    reveal_if_focused(FocusedControl{"more-retry", ""}, ImGui::GetItemRectMin(),
                      ImGui::GetItemRectMax(), context, output);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
}

// Section, date and reading time: one line when they fit in `width`, else
// broken between them (never inside one), so a narrow column loses nothing.
std::vector<std::string> ReaderView::meta_lines(const Reader& reader, const Article& article,
                                                const ViewContext& context, float width) const {
  std::vector<std::string> pieces;
  if (std::string section = section_label(reader, article); !section.empty())
    pieces.push_back(std::move(section));
  if (std::string when = format_relative(article.published, context.now, context.lang);
      !when.empty())
    pieces.push_back(std::move(when));
  if (article.reading_minutes > 0)
    pieces.push_back(format_reading_time(article.reading_minutes, context.lang));
  ImFont* small = context.fonts.get(TextStyle::Small);
  std::vector<std::string> lines;
  for (const std::string& piece : pieces) {
    const std::string joined = lines.empty() ? piece : lines.back() + " · " + piece;
    if (!lines.empty() &&
        small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, joined.c_str()).x <= width)
      lines.back() = joined;
    else
      lines.push_back(piece);
  }
  return lines;
}

// One headline: thumbnail, title (three lines at most), then section, date
// and reading time. The whole row opens the article.
void ReaderView::draw_headline(Reader& reader, const Article& article, const ViewContext& context,
                               const HomeLayout& layout, float width) {
  const Theme& theme = context.theme;
  const float scale = context.scale;
  const float thumb = layout.thumbnail * scale;
  const float gap = 12 * scale;
  const float vertical = 12 * scale;
  ImGui::PushID(article.id.c_str());
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float text_x = top.x + thumb + gap;
  const float text_width = width - thumb - gap;

  // Measure first (layouts are cached), so the row knows its height.
  const RichTextBlock& title =
      cached_layout(&article.title, plain_runs(article.title),
                    RichTextFonts{TextStyle::Headline, TextStyle::Headline, TextStyle::Headline},
                    1.05f, text_width, context);
  const float title_height =
      title.line_height * static_cast<float>(std::min<int>(layout.title_lines, title.lines.size()));
  ImFont* small = context.fonts.get(TextStyle::Small);
  const std::vector<std::string> meta = meta_lines(reader, article, context, text_width);
  const float meta_line_height = std::round(small->FontSize * 1.3f);
  const float meta_height = meta_line_height * static_cast<float>(meta.size());
  const float row_height = std::max(thumb, title_height + 6 * scale + meta_height) + 2 * vertical;

  const bool pressed = ImGui::InvisibleButton("##open", ImVec2(width, row_height));
  record_control("headline", article.id, scale);
  const bool hovered = ImGui::IsItemHovered();
  if (pressed) reader.open_article(article.id);
  if (ImGui::IsItemVisible()) {
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    if (hovered) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      draw_list->AddRectFilled(ImVec2(top.x - 6 * scale, top.y),
                               ImVec2(top.x + width + 6 * scale, top.y + row_height),
                               with_alpha(theme.surface, 200), 4 * scale);
    }
    const ImVec2 thumb_min(top.x, top.y + vertical);
    draw_image_box(draw_list, context.images, article.image, thumb_min,
                   ImVec2(thumb_min.x + thumb, thumb_min.y + thumb), theme, 4 * scale);
    draw_plain_at(article.title, TextStyle::Headline, hovered ? theme.accent : theme.text, 1.05f,
                  ImVec2(text_x, top.y + vertical), text_width, context, layout.title_lines);
    // Clipped at the row's edge: only a single piece wider than the column is cut.
    const ImVec4 clip(text_x, top.y, top.x + width, top.y + row_height);
    const float meta_top = std::round(top.y + vertical + title_height + 6 * scale);
    for (std::size_t line = 0; line < meta.size(); ++line)
      draw_list->AddText(small, small->FontSize,
                         ImVec2(text_x, meta_top + meta_line_height * static_cast<float>(line)),
                         theme.text_muted, meta[line].c_str(), nullptr, 0.0f, &clip);
    draw_list->AddLine(ImVec2(top.x, top.y + row_height), ImVec2(top.x + width, top.y + row_height),
                       theme.rule);
  }
  ImGui::PopID();
}

}  // namespace kiosque
