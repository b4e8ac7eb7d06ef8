#include "paging.h"

#include "feed_parser.h"

namespace kiosque {

const char* paging_state_name(PagingState state) {
  switch (state) {
    case PagingState::More:
      return "more";
    case PagingState::Loading:
      return "loading";
    case PagingState::Failed:
      return "failed";
    case PagingState::Ended:
      break;
  }
  return "ended";
}

void FeedPaging::reset(std::string feed_url) {
  *this = FeedPaging();
  feed_url_ = std::move(feed_url);
}

void FeedPaging::first_page_loaded(FeedFormat format, const std::string& next_url,
                                   int total_pages) {
  format_ = format;
  // Pages already appended keep their cursor: the refreshed page 1 only
  // brings what is new at the top.
  if (pages_loaded_ > 1) {
    if (total_pages > 0) total_pages_ = total_pages;
    return;
  }
  pages_loaded_ = 1;
  fetched_.clear();
  fetched_.insert(feed_url_);
  error_.clear();
  waiting_for_reach_ = false;
  set_cursor(next_url, total_pages);
}

void FeedPaging::set_cursor(const std::string& next_url, int total_pages) {
  total_pages_ = total_pages;
  next_url_ = next_url;
  bool more = false;
  if (format_ == FeedFormat::JsonFeed)
    more = !next_url_.empty() && fetched_.count(next_url_) == 0;
  else if (format_ == FeedFormat::WordPress)
    more = !feed_url_.empty() && (total_pages_ <= 0 || pages_loaded_ < total_pages_);
  state_ = more ? PagingState::More : PagingState::Ended;
}

void FeedPaging::set_end_visible(bool visible) {
  if (!visible) waiting_for_reach_ = false;
  end_visible_ = visible;
}

bool FeedPaging::wants_next_page() const {
  const bool may_ask =
      state_ == PagingState::More || (state_ == PagingState::Failed && !waiting_for_reach_);
  return may_ask && end_visible_;
}

std::string FeedPaging::next_page_url() const {
  if (format_ == FeedFormat::JsonFeed) return next_url_;
  return wordpress_page_url(feed_url_, pages_loaded_ + 1);
}

void FeedPaging::page_requested() {
  if (format_ == FeedFormat::JsonFeed) fetched_.insert(next_url_);
  state_ = PagingState::Loading;
}

void FeedPaging::page_loaded(const std::string& next_url, std::size_t new_articles,
                             int total_pages) {
  if (state_ != PagingState::Loading) return;
  error_.clear();
  ++pages_loaded_;
  set_cursor(next_url, total_pages > 0 ? total_pages : total_pages_);
  if (new_articles == 0) state_ = PagingState::Ended;
}

void FeedPaging::page_failed(int http_status, std::string message) {
  if (state_ != PagingState::Loading) return;
  if (format_ == FeedFormat::WordPress && http_status == 400) {
    state_ = PagingState::Ended;  // past the last page
    return;
  }
  state_ = PagingState::Failed;
  error_ = std::move(message);
  waiting_for_reach_ = true;
}

void FeedPaging::retry() {
  if (state_ == PagingState::Failed) waiting_for_reach_ = false;
}

}  // namespace kiosque
