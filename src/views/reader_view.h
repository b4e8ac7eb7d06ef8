// Kiosque views: the whole reader drawn with Dear ImGui from a Reader.
//
// Index of reader_view.cpp:
//   - frame        one borderless ImGui window over the whole canvas
//   - tab strip    "À la une" and the sections, scrolls sideways
//   - status       loading, and errors (over the content, or alone)
//   - home         the section's headlines
//   - article      breadcrumb, title, standfirst, byline, body blocks
//
// Navigation goes straight to the Reader; what needs the browser (opening a
// link) comes back in ViewOutput for the platform layer to do.
#pragma once

#include <string>
#include <unordered_map>

#include "core/dates.h"
#include "core/reader.h"
#include "fonts.h"
#include "rich_text.h"
#include "theme.h"

namespace kiosque {

struct ViewContext {
  const Fonts& fonts;
  const Theme& theme;
  float scale;  // device pixels per CSS pixel
  Lang lang;
  UtcSeconds now;
};

struct ViewOutput {
  std::string open_url;          // a link the reader clicked: open it in a new tab
  bool can_scroll_up = false;    // the visible list or article can scroll further
  bool can_scroll_down = false;
};

class ReaderView {
 public:
  ViewOutput draw(Reader& reader, const ViewContext& context);
  // The feed or the fonts changed: laid-out text must be laid out again.
  void invalidate_layout() { layouts_.clear(); }

 private:
  void draw_tab_strip(Reader& reader, const ViewContext& context);
  void draw_status(const Reader& reader, const ViewContext& context);
  void draw_home(Reader& reader, const ViewContext& context, ViewOutput& output);
  void draw_article(Reader& reader, const Article& article, const ViewContext& context,
                    ViewOutput& output);
  // Lays out (or takes from the cache) and draws one piece of rich text.
  std::string draw_text(const void* key, const std::vector<TextRun>& runs, RichTextFonts faces,
                        ImU32 color, float line_spacing, float width, const ViewContext& context);
  std::string draw_plain(const std::string& text, TextStyle style, ImU32 color, float line_spacing,
                         float width, const ViewContext& context);

  struct CachedLayout {
    float width = 0;
    RichTextFonts faces{};
    float line_spacing = 0;
    RichTextBlock block;
  };
  std::unordered_map<const void*, CachedLayout> layouts_;
  std::unordered_map<const void*, std::vector<TextRun>> plain_runs_;
  std::string scrolled_article_;  // the article whose scroll position is current
};

}  // namespace kiosque
