// Kiosque views: the whole reader drawn with Dear ImGui from a Reader.
//
// Files:
//   reader_view.cpp    frame, section tabs (strip or menu), status strip, text helpers
//   home_view.cpp      a section's home: carousel + headline list, by breakpoint
//   carousel_view.cpp  "En ce moment": slides, scrim, arrows, dots, progress, swipe
//   article_view.cpp   breadcrumb, title, standfirst, byline, image, body, related
//
// Navigation goes straight to the Reader; what needs the browser (opening a
// link, copying, when to wake up) comes back in ViewOutput for the platform
// layer to do. Sizes in the views are device pixels: CSS pixels × `scale`.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/carousel.h"
#include "core/dates.h"
#include "core/home_layout.h"
#include "core/mirror_json.h"
#include "core/reader.h"
#include "core/reader_snapshot.h"
#include "core/row_window.h"
#include "fonts.h"
#include "image_source.h"
#include "rich_text.h"
#include "theme.h"

namespace kiosque {

struct ViewContext {
  const Fonts& fonts;
  const Theme& theme;
  ImageSource& images;
  float scale;  // device pixels per CSS pixel
  Lang lang;
  UtcSeconds now;          // wall clock, for "il y a 3 heures"
  double now_ms;           // monotonic clock, for animations and the carousel
  float touch_scroll = 0;  // finger scrolling this frame, device pixels, + towards the end
  ImVec2 touch_at;         // where the finger is: what is under it scrolls
  float show_scroll = -1;  // the kiosk show scrolls the article there, 0 top -> 1 end; < 0: not
  // The control the keyboard focus is on (the DOM mirror's): an article link
  // it moves to is scrolled into view.
  FocusedControl focus;
  bool canvas_focused = false;  // the canvas itself has the keyboard (clicked)
};

struct ViewOutput {
  std::string open_url;        // a link the reader clicked: open it in a new tab
  std::string copy_text;       // put this on the clipboard
  int text_size_step = 0;      // A- (-1) or A+ (+1) was pressed
  bool can_scroll_up = false;  // the visible list or article can scroll further
  bool can_scroll_down = false;
  bool animating = false;       // draw the next frame too
  double wake_at_ms = -1;       // draw again at this time (carousel), < 0: no need
  float show_scroll_range = 0;  // device pixels the kiosk show scrolls the open article over
};

class ReaderView {
 public:
  ViewOutput draw(Reader& reader, const ViewContext& context);
  // The feed or the fonts changed: laid-out text must be laid out again.
  // Both caches are keyed by the address of the text: after a new feed they
  // would only grow with addresses nothing draws any more.
  void invalidate_layout() {
    layouts_.clear();
    plain_runs_.clear();
  }
  Carousel& carousel() { return carousel_; }
  // The interactive controls of the last frame, in CSS pixels.
  const std::vector<ControlRect>& controls() const { return controls_; }

 private:
  // reader_view.cpp
  // Inside a scrolling child: follows the finger when it is over this window.
  static void apply_touch_scroll(const ViewContext& context);
  // Notes where the last ImGui item is, if it is visible at all.
  void record_control(const char* kind, const std::string& id, float scale);
  void record_rect(const char* kind, const std::string& id, ImVec2 min, ImVec2 max, float scale);
  // Tab moved the mirror's focus to `control`, drawn at min-max outside the
  // current window's view: scrolls it to the middle, once per focus (the
  // reader may scroll away from it after).
  void reveal_if_focused(const FocusedControl& control, ImVec2 min, ImVec2 max,
                         const ViewContext& context, ViewOutput& output);
  void draw_tab_strip(Reader& reader, const ViewContext& context, TabStyle style);
  void draw_section_menu(Reader& reader, const ViewContext& context);
  void draw_status(const Reader& reader, const ViewContext& context);
  std::string draw_text(const void* key, const std::vector<TextRun>& runs, RichTextFonts faces,
                        ImU32 color, float line_spacing, float width, const ViewContext& context,
                        int max_lines = 0);
  std::string draw_plain(const std::string& text, TextStyle style, ImU32 color, float line_spacing,
                         float width, const ViewContext& context, int max_lines = 0);
  // Draws plain text at `origin` (no layout cursor); returns its height.
  float draw_plain_at(const std::string& text, TextStyle style, ImU32 color, float line_spacing,
                      ImVec2 origin, float width, const ViewContext& context, int max_lines = 0);
  RichTextBlock& cached_layout(const void* key, const std::vector<TextRun>& runs,
                               RichTextFonts faces, float line_spacing, float width,
                               const ViewContext& context);
  const std::vector<TextRun>& plain_runs(const std::string& text);
  std::string section_label(const Reader& reader, const Article& article) const;
  // home_view.cpp
  void draw_home(Reader& reader, const ViewContext& context, const HomeLayout& layout,
                 ViewOutput& output);
  void draw_visible_headlines(Reader& reader, const std::vector<const Article*>& headlines,
                              std::size_t first, const ViewContext& context,
                              const HomeLayout& layout, float width);
  void draw_headline(Reader& reader, const Article& article, const ViewContext& context,
                     const HomeLayout& layout, float width);
  std::vector<std::string> meta_lines(const Reader& reader, const Article& article,
                                      const ViewContext& context, float width) const;
  void draw_list_end(Reader& reader, const ViewContext& context, float width, ViewOutput& output);
  // carousel_view.cpp
  void draw_carousel(Reader& reader, const std::vector<const Article*>& slides, ImVec2 size,
                     const ViewContext& context, ViewOutput& output);
  void draw_slide(const Reader& reader, const Article& article, ImVec2 min, ImVec2 max,
                  const ViewContext& context);
  // article_view.cpp
  void draw_article(Reader& reader, const Article& article, const ViewContext& context,
                    ViewOutput& output);
  void draw_body(const Article& article, float width, const ViewContext& context,
                 ViewOutput& output);
  // A body block's text at the cursor; its links recorded as "article-link"
  // controls, numbered in reading order as the DOM mirror numbers them.
  std::string draw_body_text(const Block& block, RichTextFonts faces, float line_spacing,
                             float width, const ViewContext& context, int& link_number,
                             ViewOutput& output);

  struct CachedLayout {
    float width = 0;
    RichTextFonts faces{};
    float line_spacing = 0;
    RichTextBlock block;
  };
  std::unordered_map<const void*, CachedLayout> layouts_;
  std::unordered_map<const void*, std::vector<TextRun>> plain_runs_;
  Carousel carousel_;
  std::vector<ControlRect> controls_;
  std::vector<const Article*> slides_;
  RowWindow headline_rows_;       // the home list's rows: which are on screen
  std::string carousel_section_;  // the section the slides come from
  bool section_menu_open_ = false;
  std::string scrolled_article_;        // the article whose scroll position is current
  FocusedControl revealed_focus_;       // the focused control last scrolled into view
  float swipe_start_x_ = -1;            // where a press on the carousel began
  bool carousel_pressed_last_ = false;  // the last press on the canvas was on the carousel
};

}  // namespace kiosque
