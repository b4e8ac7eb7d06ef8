// Kiosque core: the kiosk show, a screen that reads the news by itself.
//
// With nobody in front of it, a kiosk walks through the feed: a section's
// home (its "En ce moment" carousel turning) for a while, then each of the
// section's top stories opened in turn and slowly scrolled to its end, then
// the next top-level section ("À la une" first, then the tabs in order),
// and round again. Any touch, click, wheel or key pauses the show and leaves
// the normal reader to the person; after `idle_seconds` without input the
// show resumes from the home of the section on screen.
//
// Index:
//   - KioskShowSettings   dwell times and the idle delay, with their defaults
//   - KioskShow           the state machine: update(), interrupt(), what to show
//   - format_clock, format_last_update, ms_until_minute_turns   the kiosk
//     corner: its texts, and when they change
//
// Time is passed in, never read (a monotonic clock in milliseconds): tests
// drive it with their own clock, and the runner asks `next_change_ms()` when
// to wake instead of drawing frames. The show moves the Reader itself, only
// at the end of a dwell: a refresh of the feed in between never jumps the
// screen (the open article stays open while it exists; stories picked at the
// start of a section that have since left the feed are skipped).
//
//   KioskShow show(settings);
//   show.update(reader, now_ms);          // before each frame and on wake
//   show.interrupt(now_ms);               // on any input
//   float at = show.article_scroll(now_ms);  // 0 -> 1 down the open story
//   double next = show.next_scroll_frame_ms(now_ms, range_px);  // draw then, not before
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dates.h"
#include "reader.h"

namespace kiosque {

// The show's timing. Attribute names of <kiosque-reader> (and query
// parameters of kiosk.html) in quotes.
struct KioskShowSettings {
  double carousel_seconds = 20;  // "show-carousel-seconds": a section's home, carousel turning
  double article_seconds = 30;   // "show-article-seconds": one story, top to end
  int stories = 3;               // "show-stories": top stories opened per section; 0: homes only
  double idle_seconds = 60;      // "idle-seconds": no input this long resumes the show
};

enum class ShowPhase {
  Waiting,   // no feed yet
  Carousel,  // a section's home
  Article,   // one of its top stories
};
const char* show_phase_name(ShowPhase phase);  // "waiting", "carousel", "article"

class KioskShow {
 public:
  explicit KioskShow(KioskShowSettings settings = {}) : settings_(settings) {}
  void set_settings(KioskShowSettings settings) { settings_ = settings; }
  const KioskShowSettings& settings() const { return settings_; }

  // Moves the reader when the current dwell is over (or when what it shows
  // left the feed), and resumes after the idle delay. Returns true when it
  // moved the reader.
  bool update(Reader& reader, double now_ms);
  // A person touched, clicked, scrolled or typed: the show holds still.
  void interrupt(double now_ms);

  ShowPhase phase() const { return phase_; }
  bool paused() const { return paused_; }
  const std::string& section() const { return section_slug_; }
  const std::string& article() const { return article_id_; }  // "" on a home
  // How far down the open story should be, 0 -> 1 over its dwell: still at
  // the top for a moment, a steady scroll, still at the end; < 0 when the
  // show is not scrolling an article (paused, or on a home).
  float article_scroll(double now_ms) const;
  // When update() must run next, in ms; < 0: never by itself (no feed).
  double next_change_ms() const;
  // When the scroll of the open story next needs a frame, for a story that
  // scrolls `range_px` device pixels in all: the scroll's start while it
  // stands at the top, then the moment it reaches its next whole pixel (the
  // view draws it at whole pixels, so a slow scroll draws only when it
  // moves); < 0 once it stands at the end, when it is not scrolling, or
  // when it fits (`range_px` <= 0). The frames that follow the story's
  // opening measure `range_px` (update() returned true: the caller draws a
  // few).
  double next_scroll_frame_ms(double now_ms, float range_px) const;

 private:
  void start_section(Reader& reader, std::size_t tab_index, double now_ms);
  void next_section(Reader& reader, double now_ms);
  // Opens the next picked story still in the feed; false when none is left.
  bool next_story(Reader& reader, double now_ms);
  double dwell_ms() const;
  // The open story's steady scroll, between its still moments at the top and the end.
  struct ScrollSpan {
    double start_ms;
    double length_ms;
  };
  ScrollSpan scroll_span() const;

  KioskShowSettings settings_;
  ShowPhase phase_ = ShowPhase::Waiting;
  bool paused_ = false;
  double phase_started_ms_ = 0;
  double last_input_ms_ = 0;
  std::size_t tab_index_ = 0;       // into reader.tabs()
  std::string section_slug_;        // the section on screen
  std::vector<std::string> picks_;  // its top stories, as they were when it started
  std::size_t next_pick_ = 0;
  std::string article_id_;
};

// "14:05": the wall clock `now` at `utc_offset_minutes` from UTC.
std::string format_clock(UtcSeconds now, int utc_offset_minutes);

// The corner's second line: "Mis à jour à l'instant", "Mis à jour il y a
// 12 min", after an hour "Mis à jour à 14:05", after a day "Mis à jour le
// 1 novembre 2024" (English: "Updated 12 min ago", ...); "" when unknown.
std::string format_last_update(UtcSeconds updated_at, UtcSeconds now, int utc_offset_minutes,
                               Lang lang);

// Milliseconds from `wall_ms` until the minutes counted from `origin_ms`
// next turn (origin 0: the clock's minute; the feed's update time: its age
// "il y a N min"). Always in (0, 60000].
double ms_until_minute_turns(double wall_ms, double origin_ms);

}  // namespace kiosque
