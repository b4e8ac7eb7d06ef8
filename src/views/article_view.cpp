// Kiosque views: one article, in the site's reading order: breadcrumb,
// title, standfirst, byline, share actions, featured image and caption, the
// body's blocks, then "Continuer la lecture". A thin bar at the top shows
// how far the reader has read.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/url.h"
#include "reader_view.h"
#include "widgets.h"

namespace kiosque {

namespace {

constexpr float kArticleMeasure = 680.0f;  // CSS pixels: a comfortable line for body text
constexpr std::size_t kRelatedHeadlines = 6;

// Spaces that do not break: a date or a reading time stays on one line.
std::string kept_together(std::string text) {
  std::string kept;
  for (char c : text) kept += c == ' ' ? std::string("\xC2\xA0") : std::string(1, c);
  return kept;
}

std::string byline(const Article& article, Lang lang) {
  std::string line;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!line.empty()) line += " · ";
    line += kept_together(part);
  };
  std::string authors;
  for (const std::string& author : article.authors)
    authors += (authors.empty() ? "" : ", ") + author;
  if (!authors.empty()) line = tr(lang, "Par ", "By ") + authors;  // a long list may wrap
  if (article.published != kUnknownTime) add(format_date(article.published, lang));
  if (article.updated != kUnknownTime) add(format_updated(article.updated, lang));
  if (article.reading_minutes > 0) add(format_reading_time(article.reading_minutes, lang));
  return line;
}

}  // namespace

void ReaderView::draw_article(Reader& reader, const Article& article, const ViewContext& context,
                              ViewOutput& output) {
  const Theme& theme = context.theme;
  const float scale = context.scale;
  carousel_.set_paused(kPauseReader, true, context.now_ms);
  ImGui::BeginChild("##article", ImVec2(0, 0), false);
  apply_touch_scroll(context);
  if (scrolled_article_ != article.id) {
    ImGui::SetScrollY(0);
    scrolled_article_ = article.id;
  }
  if (context.show_scroll >= 0) {
    // Whole pixels: a slow scroll then needs a frame only when it moves one.
    ImGui::SetScrollY(std::floor(context.show_scroll * ImGui::GetScrollMaxY()));
    output.show_scroll_range = ImGui::GetScrollMaxY();
  }
  const ImVec2 window_min = ImGui::GetWindowPos();
  const float window_width = ImGui::GetWindowWidth();
  ImGui::Dummy(ImVec2(0, 6 * scale));
  const float width = begin_column(kArticleMeasure * scale, 16 * scale);

  align_text_button(scale);
  const bool back_clicked = text_button(tr(context.lang, "‹ Retour", "‹ Back"),
                                        context.fonts.get(TextStyle::Ui), theme.accent, 0, scale);
  record_control("back", "", scale);
  if (back_clicked || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) reader.back();

  std::string path;
  for (const Section* section : reader.breadcrumb())
    path += (path.empty() ? "" : " › ") + section->name;
  if (!path.empty()) draw_plain(path, TextStyle::Small, theme.text_muted, 1.1f, width, context);
  ImGui::Dummy(ImVec2(0, 2 * scale));
  draw_plain(article.title, TextStyle::Title, theme.text, 0.95f, width, context);
  ImGui::Dummy(ImVec2(0, 4 * scale));
  if (!article.summary.empty())
    draw_plain(article.summary, TextStyle::Standfirst, theme.text_muted, 1.1f, width, context);
  ImGui::Dummy(ImVec2(0, 4 * scale));
  draw_plain(byline(article, context.lang), TextStyle::Small, theme.text_muted, 1.1f, width,
             context);
  ImGui::Dummy(ImVec2(0, 10 * scale));

  // Share: the link on the clipboard, or the article on the publisher's site;
  // then the reader text size. The row wraps where the column ends.
  ImFont* strong = context.fonts.get(TextStyle::UiStrong);
  const float row_right = ImGui::GetCursorScreenPos().x + width;
  const char* open_label = tr(context.lang, "Lire sur le site ›", "Read on the site ›");
  const char* smaller_label = "A\xE2\x80\x93##smaller";
  const char* larger_label = "A+##larger";
  // A– and A+ go together.
  const float size_buttons_width = text_button_width(smaller_label, strong, scale) +
                                   ImGui::GetStyle().ItemSpacing.x +
                                   text_button_width(larger_label, strong, scale);
  align_text_button(scale);
  if (is_http_url(article.url)) {
    if (text_button(tr(context.lang, "Copier le lien", "Copy link"), strong, theme.accent, 0,
                    scale))
      output.copy_text = article.url;
    record_control("copy-link", article.id, scale);
    if (!same_line_if_fits(text_button_width(open_label, strong, scale), row_right))
      align_text_button(scale);
    if (text_button(open_label, strong, theme.accent, 0, scale)) output.open_url = article.url;
    record_control("open-site", article.id, scale);
    if (!same_line_if_fits(size_buttons_width, row_right)) align_text_button(scale);
  }
  // Reader text size, remembered by the platform layer.
  if (text_button(smaller_label, strong, theme.text_muted, 0, scale)) output.text_size_step = -1;
  record_control("text-smaller", "", scale);
  ImGui::SameLine();
  if (text_button(larger_label, strong, theme.text_muted, 0, scale)) output.text_size_step = +1;
  record_control("text-larger", "", scale);
  ImGui::Dummy(ImVec2(0, 6 * scale));
  if (!article.image.empty()) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float image_height = std::round(width * 9.0f / 16.0f);
    draw_image_box(ImGui::GetWindowDrawList(), context.images, article.image, at,
                   ImVec2(at.x + width, at.y + image_height), theme, 4 * scale);
    ImGui::Dummy(ImVec2(width, image_height));
    const std::string& caption =
        article.image.caption.empty() ? article.image.alt : article.image.caption;
    if (!caption.empty())
      draw_plain(caption, TextStyle::Small, theme.text_muted, 1.1f, width, context);
    ImGui::Dummy(ImVec2(0, 6 * scale));
  }

  ImGui::Dummy(ImVec2(0, 8 * scale));
  draw_body(article, width, context, output);

  // Continuer la lecture: the section's other stories.
  ImGui::Dummy(ImVec2(0, 16 * scale));
  draw_plain(tr(context.lang, "Continuer la lecture", "Keep reading"), TextStyle::Heading,
             theme.text, 1.05f, width, context);
  HomeLayout related_layout;
  related_layout.thumbnail = 72;
  related_layout.title_lines = 2;
  std::size_t shown = 0;
  for (const Article* other : reader.headlines()) {
    if (shown == kRelatedHeadlines) break;
    if (other->id == article.id) continue;
    draw_headline(reader, *other, context, related_layout, width);
    ++shown;
  }
  ImGui::Dummy(ImVec2(0, 24 * scale));
  ImGui::EndGroup();

  const float scroll_max = ImGui::GetScrollMaxY();
  output.can_scroll_up = ImGui::GetScrollY() > 0;
  output.can_scroll_down = ImGui::GetScrollY() < scroll_max;
  // Reading progress, drawn over the top edge of the article.
  if (scroll_max > 0) {
    const float read = std::clamp(ImGui::GetScrollY() / scroll_max, 0.0f, 1.0f);
    ImDrawList* overlay = ImGui::GetForegroundDrawList();
    overlay->AddRectFilled(window_min,
                           ImVec2(window_min.x + window_width * read, window_min.y + 3 * scale),
                           theme.accent);
  }
  ImGui::EndChild();
}

void ReaderView::draw_body(const Article& article, float width, const ViewContext& context,
                           ViewOutput& output) {
  const Theme& theme = context.theme;
  const float scale = context.scale;
  const RichTextFonts body{TextStyle::Body, TextStyle::BodyBold, TextStyle::BodyItalic};
  const RichTextFonts heading{TextStyle::Heading, TextStyle::Heading, TextStyle::Heading};
  const RichTextFonts quote{TextStyle::BodyItalic, TextStyle::BodyBold, TextStyle::BodyItalic};
  int link_number = 0;
  const auto text = [&](const Block& block, RichTextFonts faces, float line_spacing, float width) {
    return draw_body_text(block, faces, line_spacing, width, context, link_number, output);
  };
  for (const Block& block : article.body) {
    std::string link;
    switch (block.type) {
      case BlockType::Paragraph:
      case BlockType::Preformatted:
        link = text(block, body, 1.25f, width);
        break;
      case BlockType::Heading:
        ImGui::Dummy(ImVec2(0, 8 * scale));
        link = text(block, heading, 1.05f, width);
        break;
      case BlockType::Quote: {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float indent = 18 * scale;
        ImGui::Indent(indent);
        link = text(block, quote, 1.25f, width - indent);
        ImGui::Unindent(indent);
        ImGui::GetWindowDrawList()->AddRectFilled(
            top, ImVec2(top.x + 3 * scale, ImGui::GetItemRectMax().y), theme.accent);
        break;
      }
      case BlockType::ListItem: {
        const float indent = 24 * scale * static_cast<float>(std::max(1, block.depth));
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const std::string marker = block.ordered ? std::to_string(block.ordinal) + "." : "•";
        ImFont* font = context.fonts.get(TextStyle::Body);
        const float marker_width =
            font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, marker.c_str()).x;
        const float line_height = std::round(font->FontSize * 1.25f);
        ImGui::GetWindowDrawList()->AddText(
            font, font->FontSize,
            ImVec2(std::round(top.x + indent - 8 * scale - marker_width),
                   std::round(top.y + (line_height - font->FontSize) * 0.5f)),
            theme.text_muted, marker.c_str());
        ImGui::Indent(indent);
        link = text(block, body, 1.25f, width - indent);
        ImGui::Unindent(indent);
        break;
      }
      case BlockType::Image: {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float aspect =
            block.image.width > 0 && block.image.height > 0
                ? static_cast<float>(block.image.height) / static_cast<float>(block.image.width)
                : 9.0f / 16.0f;
        const float height = std::round(width * std::min(aspect, 1.25f));
        draw_image_box(ImGui::GetWindowDrawList(), context.images, block.image, at,
                       ImVec2(at.x + width, at.y + height), theme, 4 * scale);
        ImGui::Dummy(ImVec2(width, height));
        if (!block.image.caption.empty())
          draw_plain(block.image.caption, TextStyle::Small, theme.text_muted, 1.1f, width, context);
        break;
      }
      case BlockType::Separator: {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float mid = std::round(at.y + 10 * scale);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x + width * 0.4f, mid),
                                            ImVec2(at.x + width * 0.6f, mid), theme.rule, scale);
        ImGui::Dummy(ImVec2(width, 20 * scale));
        break;
      }
    }
    if (!link.empty()) output.open_url = link;
    ImGui::Dummy(ImVec2(0, 6 * scale));
  }
}

std::string ReaderView::draw_body_text(const Block& block, RichTextFonts faces, float line_spacing,
                                       float width, const ViewContext& context, int& link_number,
                                       ViewOutput& output) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  std::string clicked =
      draw_text(&block, block.runs, faces, context.theme.text, line_spacing, width, context);
  const bool has_links = std::any_of(block.runs.begin(), block.runs.end(),
                                     [](const TextRun& run) { return is_http_url(run.link); });
  if (!has_links) return clicked;
  const std::vector<LinkBox> boxes = link_boxes(
      cached_layout(&block, block.runs, faces, line_spacing, width, context), block.runs, origin);
  for (std::size_t run = 0; run < block.runs.size(); ++run) {
    if (!is_http_url(block.runs[run].link)) continue;
    const std::string id = std::to_string(link_number++);
    const auto box =
        std::find_if(boxes.begin(), boxes.end(), [run](const LinkBox& b) { return b.run == run; });
    if (box == boxes.end()) continue;
    record_rect("article-link", id, box->min, box->max, context.scale);
    reveal_if_focused(FocusedControl{"article-link", id}, box->min, box->max, context, output);
  }
  return clicked;
}

}  // namespace kiosque
