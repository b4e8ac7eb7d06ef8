// Kiosque core: the reader's state, independent of how it is drawn.
//
// The Reader holds the last good feed and what the reader is looking at: a
// section's home (tabs + headlines) or one article. Views draw it; the
// platform layer feeds it documents and commands. A failed load keeps the
// last good feed and only records the error, so a dead network or a bad feed
// never empties the screen.
//
// Paging (paging.h): later pages of the feed are appended without
// duplicates (by id) and listed after the articles already there, each page
// newest first, so nothing on screen moves. A refresh brings page 1 again:
// once later pages are in, every article loaded before that is not in the
// new page 1 stays, after it (the reader keeps what they scrolled to; an
// article the publisher withdrew meanwhile stays until the next visit).
//
//   Reader reader;
//   reader.load_succeeded(parse_feed(input));   // or load_failed("...")
//   reader.select_section("monde");
//   for (const Article* a : reader.headlines()) ...
//   reader.open_article(id); reader.back();
#pragma once

#include <string>
#include <vector>

#include "feed.h"
#include "feed_parser.h"
#include "paging.h"

namespace kiosque {

enum class ReaderPage { Home, Article };

// The tab that shows every section's stories, first in the strip.
constexpr const char* kAllSectionsSlug = "a-la-une";

struct SectionTab {
  std::string slug;
  std::string name;
  std::string id;  // empty for the all-sections tab
};

class Reader {
 public:
  // --- Loading ------------------------------------------------------------
  void load_started() { loading_ = true; }
  // Takes a parse result: a good one replaces the feed, a bad one only sets
  // the error. Returns true when the feed was replaced. `total_pages`:
  // X-WP-TotalPages, 0 when unknown.
  bool load_finished(ParseResult result, int total_pages = 0);
  // A network failure or an HTTP error: keeps the feed, records the message.
  void load_failed(std::string message);
  // The server answered 304 Not Modified: the feed on screen is current.
  void load_unchanged();
  // Set by the loader: when the feed on screen was last confirmed by the
  // server (kUnknownTime before), and whether the last attempt found no
  // network at all (the "offline" banner; cleared by the next answer).
  void set_updated_at(UtcSeconds time);
  void set_offline(bool offline);

  bool loading() const { return loading_; }
  bool has_feed() const { return has_feed_; }
  const Feed& feed() const { return feed_; }
  const std::string& error() const { return error_; }
  const std::vector<std::string>& warnings() const { return warnings_; }
  UtcSeconds updated_at() const { return updated_at_; }
  bool offline() const { return offline_; }

  // --- Paging ---------------------------------------------------------------
  FeedPaging& paging() { return paging_; }
  const FeedPaging& paging() const { return paging_; }
  void page_requested();
  // The next page's parse result: its new articles are appended. Returns
  // true when the feed grew (views of its articles must be refreshed).
  bool page_finished(ParseResult result, int total_pages = 0);
  void page_failed(int http_status, std::string message);

  // The all-sections tab's name in the interface language ("À la une").
  void set_all_sections_name(std::string name);

  // --- Navigation ---------------------------------------------------------
  // Unknown slugs are refused (returns false) and change nothing.
  bool select_section(const std::string& slug);
  bool open_article(const std::string& id);
  void back();

  ReaderPage page() const { return page_; }
  const std::string& section_slug() const { return section_slug_; }
  const Article* article() const;  // the open article, or nullptr

  // --- What the views show --------------------------------------------------
  // "À la une" first, then the top-level sections in the feed's order.
  const std::vector<SectionTab>& tabs() const { return tabs_; }
  // The current section's articles, newest first.
  const std::vector<const Article*>& headlines() const { return headlines_; }
  // The open article's section path from the top: Monde › ... › Guerre en Ukraine.
  std::vector<const Section*> breadcrumb() const;

  // Bumped on every change a view or the DOM mirror must redraw for.
  unsigned revision() const { return revision_; }

 private:
  void rebuild_tabs();
  void rebuild_headlines();
  bool section_contains(const std::string& ancestor_id, const std::string& section_id) const;

  Feed feed_;
  FeedPaging paging_;
  // Where each appended batch of articles starts in feed_.articles: a batch
  // is listed after the ones before it, whatever its dates.
  std::vector<std::size_t> batch_starts_;
  bool has_feed_ = false;
  bool loading_ = false;
  std::string error_;
  std::vector<std::string> warnings_;
  UtcSeconds updated_at_ = kUnknownTime;
  bool offline_ = false;

  ReaderPage page_ = ReaderPage::Home;
  std::string section_slug_ = kAllSectionsSlug;
  std::string article_id_;

  std::string all_sections_name_ = "À la une";
  std::vector<SectionTab> tabs_;
  std::vector<const Article*> headlines_;
  unsigned revision_ = 0;
};

}  // namespace kiosque
