#include "kiosk_show.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kiosque {

namespace {
// A dwell shorter than this would move the screen before it can be read,
// and a zero one would move it on every frame.
constexpr double kShortestDwellMs = 1000;
// A story stays still at its top (title, standfirst) and at its end for a
// moment, at most this long, at most this share of its dwell each.
constexpr double kStillMs = 3000;
constexpr double kStillShare = 0.15;
constexpr double kMinuteMs = 60000;
}  // namespace

const char* show_phase_name(ShowPhase phase) {
  switch (phase) {
    case ShowPhase::Carousel:
      return "carousel";
    case ShowPhase::Article:
      return "article";
    default:
      return "waiting";
  }
}

bool KioskShow::update(Reader& reader, double now_ms) {
  if (paused_) {
    if (now_ms - last_input_ms_ < settings_.idle_seconds * 1000) return false;
    paused_ = false;
    if (phase_ != ShowPhase::Waiting && reader.has_feed()) {
      // Back from the person's place: the home of the section they left on.
      std::size_t index = 0;
      for (std::size_t i = 0; i < reader.tabs().size(); ++i)
        if (reader.tabs()[i].slug == reader.section_slug()) index = i;
      start_section(reader, index, now_ms);
      return true;
    }
  }
  if (!reader.has_feed() || reader.tabs().empty()) {
    phase_ = ShowPhase::Waiting;
    return false;
  }
  if (phase_ == ShowPhase::Waiting) {
    start_section(reader, 0, now_ms);
    return true;
  }
  // A refresh took away what is on screen: the reader went back to a home.
  const Article* open = reader.article();
  const bool gone = phase_ == ShowPhase::Article ? !open || open->id != article_id_
                                                 : reader.section_slug() != section_slug_;
  if (!gone && now_ms - phase_started_ms_ < dwell_ms()) return false;
  if (!next_story(reader, now_ms)) next_section(reader, now_ms);
  return true;
}

void KioskShow::interrupt(double now_ms) {
  last_input_ms_ = now_ms;
  paused_ = true;
}

void KioskShow::start_section(Reader& reader, std::size_t tab_index, double now_ms) {
  const std::vector<SectionTab>& tabs = reader.tabs();
  tab_index_ = tab_index % tabs.size();
  section_slug_ = tabs[tab_index_].slug;
  reader.select_section(section_slug_);
  picks_.clear();
  const std::vector<const Article*>& headlines = reader.headlines();
  const std::size_t count =
      std::min(headlines.size(), static_cast<std::size_t>(std::max(0, settings_.stories)));
  for (std::size_t i = 0; i < count; ++i) picks_.push_back(headlines[i]->id);
  next_pick_ = 0;
  article_id_.clear();
  phase_ = ShowPhase::Carousel;
  phase_started_ms_ = now_ms;
}

void KioskShow::next_section(Reader& reader, double now_ms) {
  const std::vector<SectionTab>& tabs = reader.tabs();
  // After the section on screen; when a refresh took it away, the one that
  // took its place.
  std::size_t start = tab_index_;
  for (std::size_t i = 0; i < tabs.size(); ++i)
    if (tabs[i].slug == section_slug_) start = i + 1;
  // The next section with stories: an empty one has nothing to show.
  for (std::size_t step = 0; step < tabs.size(); ++step) {
    const std::size_t index = (start + step) % tabs.size();
    const std::string slug = tabs[index].slug;
    reader.select_section(slug);
    if (!reader.headlines().empty()) return start_section(reader, index, now_ms);
  }
  start_section(reader, start, now_ms);  // nothing anywhere: keep turning
}

bool KioskShow::next_story(Reader& reader, double now_ms) {
  while (next_pick_ < picks_.size()) {
    const std::string& id = picks_[next_pick_++];
    if (!reader.open_article(id)) continue;  // left the feed since the section started
    article_id_ = id;
    phase_ = ShowPhase::Article;
    phase_started_ms_ = now_ms;
    return true;
  }
  return false;
}

double KioskShow::dwell_ms() const {
  const double seconds =
      phase_ == ShowPhase::Article ? settings_.article_seconds : settings_.carousel_seconds;
  return std::max(kShortestDwellMs, seconds * 1000);
}

float KioskShow::article_scroll(double now_ms) const {
  if (phase_ != ShowPhase::Article || paused_) return -1;
  const ScrollSpan span = scroll_span();
  const double progress = (now_ms - span.start_ms) / span.length_ms;
  return static_cast<float>(std::clamp(progress, 0.0, 1.0));
}

double KioskShow::next_scroll_frame_ms(double now_ms, float range_px) const {
  if (phase_ != ShowPhase::Article || paused_) return -1;
  const ScrollSpan span = scroll_span();
  if (now_ms < span.start_ms) return span.start_ms;
  if (now_ms >= span.start_ms + span.length_ms) return -1;
  if (range_px <= 0) return -1;  // the story fits: nothing moves
  // The first whole pixel past the one drawn now.
  const double next_pixel = std::floor(article_scroll(now_ms) * range_px) + 1;
  return std::min(span.start_ms + span.length_ms,
                  span.start_ms + span.length_ms * next_pixel / range_px);
}

KioskShow::ScrollSpan KioskShow::scroll_span() const {
  const double dwell = dwell_ms();
  const double still = std::min(kStillMs, dwell * kStillShare);
  return {phase_started_ms_ + still, dwell - 2 * still};
}

double KioskShow::next_change_ms() const {
  if (paused_) return last_input_ms_ + settings_.idle_seconds * 1000;
  if (phase_ == ShowPhase::Waiting) return -1;
  return phase_started_ms_ + dwell_ms();
}

std::string format_clock(UtcSeconds now, int utc_offset_minutes) {
  constexpr std::int64_t kDay = 24 * 3600;
  const std::int64_t local = now + static_cast<std::int64_t>(utc_offset_minutes) * 60;
  const std::int64_t of_day = ((local % kDay) + kDay) % kDay;
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(of_day / 3600),
                static_cast<int>(of_day / 60 % 60));
  return text;
}

std::string format_last_update(UtcSeconds updated_at, UtcSeconds now, int utc_offset_minutes,
                               Lang lang) {
  if (updated_at == kUnknownTime) return "";
  const bool french = lang == Lang::French;
  const std::int64_t elapsed = std::max<std::int64_t>(0, now - updated_at);
  if (elapsed < 60) return french ? "Mis à jour à l'instant" : "Updated just now";
  if (elapsed < 3600) {
    const std::string minutes = std::to_string(elapsed / 60);
    return french ? "Mis à jour il y a " + minutes + " min" : "Updated " + minutes + " min ago";
  }
  if (elapsed < 24 * 3600) {
    const std::string clock = format_clock(updated_at, utc_offset_minutes);
    return (french ? "Mis à jour à " : "Updated at ") + clock;
  }
  return format_updated(updated_at, lang);
}

double ms_until_minute_turns(double wall_ms, double origin_ms) {
  double into = std::fmod(wall_ms - origin_ms, kMinuteMs);
  if (into < 0) into += kMinuteMs;
  return kMinuteMs - into;
}

}  // namespace kiosque
