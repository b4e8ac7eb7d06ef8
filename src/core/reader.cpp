#include "reader.h"

#include <algorithm>

namespace kiosque {

namespace {
// Section trees from a hostile feed can loop (a parent of its own parent):
// every walk up the tree stops after this many steps.
constexpr int kMaxSectionDepth = 32;
}  // namespace

bool Reader::load_finished(ParseResult result, int total_pages) {
  loading_ = false;
  ++revision_;
  if (!result.ok) {
    error_ = std::move(result.error);
    return false;
  }
  const std::string previous_article = article_id_;
  const std::string next_url = result.feed.next_url;
  const bool keep_pages = paging_.pages_loaded() > 1;
  Feed earlier = std::move(feed_);
  feed_ = std::move(result.feed);
  batch_starts_.clear();
  if (keep_pages) {
    const std::size_t first_page = feed_.articles.size();
    append_page(feed_, std::move(earlier));
    if (feed_.articles.size() > first_page) batch_starts_.push_back(first_page);
  }
  paging_.first_page_loaded(feed_.format, next_url, total_pages);
  warnings_ = std::move(result.warnings);
  has_feed_ = true;
  error_.clear();
  rebuild_tabs();
  if (!feed_.find_section_by_slug(section_slug_)) section_slug_ = kAllSectionsSlug;
  // The article being read stays open across refreshes while it still exists.
  if (page_ == ReaderPage::Article && !feed_.find_article(previous_article)) back();
  rebuild_headlines();
  return true;
}

void Reader::page_requested() {
  paging_.page_requested();
  ++revision_;
}

bool Reader::page_finished(ParseResult result, int total_pages) {
  if (paging_.state() != PagingState::Loading) return false;  // another feed meanwhile
  if (!result.ok) {
    page_failed(0, std::move(result.error));
    return false;
  }
  const std::string next_url = result.feed.next_url;
  const std::size_t before = feed_.articles.size();
  append_page(feed_, std::move(result.feed));
  const std::size_t added = feed_.articles.size() - before;
  if (added > 0) batch_starts_.push_back(before);
  paging_.page_loaded(next_url, added, total_pages);
  rebuild_headlines();
  ++revision_;
  return added > 0;
}

void Reader::page_failed(int http_status, std::string message) {
  paging_.page_failed(http_status, std::move(message));
  ++revision_;
}

void Reader::set_all_sections_name(std::string name) {
  all_sections_name_ = std::move(name);
  if (has_feed_) rebuild_tabs();
  ++revision_;
}

void Reader::load_failed(std::string message) {
  loading_ = false;
  error_ = std::move(message);
  ++revision_;
}

void Reader::load_unchanged() {
  loading_ = false;
  error_.clear();
  ++revision_;
}

void Reader::set_updated_at(UtcSeconds time) {
  if (time == updated_at_) return;
  updated_at_ = time;
  ++revision_;
}

void Reader::set_offline(bool offline) {
  if (offline == offline_) return;
  offline_ = offline;
  ++revision_;
}

bool Reader::select_section(const std::string& slug) {
  const bool known = slug == kAllSectionsSlug || feed_.find_section_by_slug(slug) != nullptr;
  if (!known) return false;
  section_slug_ = slug;
  page_ = ReaderPage::Home;
  article_id_.clear();
  rebuild_headlines();
  ++revision_;
  return true;
}

bool Reader::open_article(const std::string& id) {
  if (!feed_.find_article(id)) return false;
  article_id_ = id;
  page_ = ReaderPage::Article;
  ++revision_;
  return true;
}

void Reader::back() {
  if (page_ == ReaderPage::Home) return;
  page_ = ReaderPage::Home;
  article_id_.clear();
  ++revision_;
}

const Article* Reader::article() const {
  return page_ == ReaderPage::Article ? feed_.find_article(article_id_) : nullptr;
}

std::vector<const Section*> Reader::breadcrumb() const {
  std::vector<const Section*> path;
  const Article* open = article();
  if (!open || open->section_ids.empty()) return path;
  // The deepest section the article is filed under tells the whole path.
  for (const std::string& id : open->section_ids) {
    std::vector<const Section*> candidate;
    for (const Section* s = feed_.find_section(id); s && candidate.size() < kMaxSectionDepth;
         s = s->parent_id.empty() ? nullptr : feed_.find_section(s->parent_id))
      candidate.push_back(s);
    if (candidate.size() > path.size()) path = std::move(candidate);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

void Reader::rebuild_tabs() {
  tabs_.clear();
  tabs_.push_back({kAllSectionsSlug, all_sections_name_, ""});
  for (const Section& section : feed_.sections)
    if (section.parent_id.empty() && !section.name.empty())
      tabs_.push_back({section.slug, section.name, section.id});
}

bool Reader::section_contains(const std::string& ancestor_id, const std::string& section_id) const {
  std::string current = section_id;
  for (int step = 0; step < kMaxSectionDepth && !current.empty(); ++step) {
    if (current == ancestor_id) return true;
    const Section* section = feed_.find_section(current);
    if (!section) return false;
    current = section->parent_id;
  }
  return false;
}

void Reader::rebuild_headlines() {
  headlines_.clear();
  const Section* selected = feed_.find_section_by_slug(section_slug_);
  for (const Article& article : feed_.articles) {
    const bool in_section =
        !selected ||
        std::any_of(article.section_ids.begin(), article.section_ids.end(),
                    [&](const std::string& id) { return section_contains(selected->id, id); });
    if (in_section) headlines_.push_back(&article);
  }
  // Newest first within a batch; a later page's batch after the earlier ones.
  const auto batch_of = [this](const Article* article) {
    const auto index = static_cast<std::size_t>(article - feed_.articles.data());
    return std::upper_bound(batch_starts_.begin(), batch_starts_.end(), index) -
           batch_starts_.begin();
  };
  std::stable_sort(headlines_.begin(), headlines_.end(), [&](const Article* a, const Article* b) {
    const auto batch_a = batch_of(a), batch_b = batch_of(b);
    return batch_a != batch_b ? batch_a < batch_b : a->published > b->published;
  });
}

}  // namespace kiosque
