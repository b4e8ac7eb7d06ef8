#include "feed_loader.h"

#include <emscripten/eventloop.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "core/feed_parser.h"
#include "core/reader_snapshot.h"
#include "web_runner.h"

extern "C" double kiosque_js_now_ms();
extern "C" void kiosque_js_watch_network();
extern "C" void kiosque_js_keep_body(int request_id, const char* store, const char* key,
                                     double fetched_at);
extern "C" void kiosque_js_storage_touch(const char* store, const char* key, double fetched_at);

namespace kiosque {

namespace {

// The Cache Storage caches of the kept documents, both under the feed URL.
constexpr const char* kPostsStore = "kiosque-feeds-v2";
constexpr const char* kCategoriesStore = "kiosque-categories-v2";

// Posts read before the first load shows them: more than a screen holds.
constexpr std::size_t kPreviewArticles = 24;

std::string fetch_error_message(const FetchResult& result, const std::string& url, Lang lang) {
  const bool french = lang == Lang::French;
  if (result.status == 404)
    return (french ? "flux introuvable (HTTP 404) : " : "feed not found (HTTP 404): ") + url;
  // A 2xx whose body was cut off mid-way.
  if (result.status >= 200 && result.status < 300)
    return (french ? "réponse incomplète : " : "incomplete response: ") + url;
  if (result.status != 0) return "HTTP " + std::to_string(result.status) + " : " + url;
  if (result.error == "timeout")
    return (french ? "le serveur ne répond pas : " : "the server does not answer: ") + url;
  // fetch() does not tell a dead network from a CORS refusal, on purpose.
  return (french ? "réseau indisponible ou accès refusé (CORS) : "
                 : "network unavailable or access refused (CORS): ") +
         url;
}

// What went wrong said in the reader's language.
ParseResult for_reader(ParseResult result, Lang lang) {
  if (!result.ok) result.error = describe_feed_error(result.problem, lang);
  return result;
}

UtcSeconds now_seconds() {
  return static_cast<UtcSeconds>(kiosque_js_now_ms() / 1000.0);
}

// A stalled server is given up after five refresh periods, between 5 and 30 s.
double fetch_timeout_seconds(double refresh_seconds) {
  return refresh_seconds > 0 ? std::clamp(refresh_seconds * 5, 5.0, 30.0) : 30.0;
}

}  // namespace

FeedLoader::FeedLoader(WebRunner& runner)
    : runner_(runner),
      rng_(static_cast<std::mt19937::result_type>(
          std::chrono::steady_clock::now().time_since_epoch().count())) {}

FetchRequest FeedLoader::request_for(const std::string& url, const GoodDocument& last) const {
  FetchRequest request;
  request.url = url;
  request.if_none_match = last.etag;
  request.if_modified_since = last.last_modified;
  request.timeout_seconds = fetch_timeout_seconds(runner_.config().refresh_seconds);
  request.keep_body = true;
  return request;
}

void FeedLoader::load() {
  const WidgetConfig& config = runner_.config();
  if (!watching_network_) {
    kiosque_js_watch_network();
    watching_network_ = true;
  }
  cancel_refresh();
  if (config.refresh_seconds > 0 && config.refresh_seconds != policy_.interval_seconds())
    policy_ = RefreshPolicy(config.refresh_seconds);
  Reader& reader = runner_.reader();
  // A Reader with nothing yet (the first load, or a new feed) pages this feed.
  if (reader.paging().pages_loaded() == 0) reader.paging().reset(config.feed_url);
  reader.load_started();
  if (config.feed_url != feed_url_) {
    // Another publication: nothing of the last one's is good for it, but
    // this one may have been kept from an earlier visit. The store and the
    // network are asked at once: opening the store can take a second on a
    // cold start, and a first visit waits for the network. So the first
    // request goes without validators.
    feed_url_ = config.feed_url;
    has_good_ = false;
    good_posts_ = good_categories_ = GoodDocument{};
    restore();
  }
  fetch_documents();
}

void FeedLoader::fetch_documents() {
  const WidgetConfig& config = runner_.config();
  const int generation = ++generation_;
  pending_documents_ = config.categories_url.empty() ? 1 : 2;
  posts_stream_ = std::make_unique<FeedStream>(config.feed_url);
  FetchRequest posts = request_for(config.feed_url, good_posts_);
  posts.on_chunk = [this, generation](std::string_view bytes) {
    if (generation == generation_) posts_piece(bytes);
  };
  // An answer to a request since replaced lets its kept body go.
  const auto stale = [this, generation](const FetchResult& result) {
    if (generation == generation_) return false;
    kiosque_js_keep_body(result.request_id, nullptr, "", 0);
    return true;
  };
  posts_request_ = fetch_url(std::move(posts), [this, stale](FetchResult result) {
    if (stale(result)) return;
    posts_ = std::move(result);
    if (--pending_documents_ == 0) finish();
  });
  if (!config.categories_url.empty()) {
    FetchRequest categories = request_for(config.categories_url, good_categories_);
    categories.max_bytes = FeedLimits{}.max_bytes;
    categories_request_ = fetch_url(std::move(categories), [this, stale](FetchResult result) {
      if (stale(result)) return;
      categories_ = std::move(result);
      if (--pending_documents_ == 0) finish();
    });
  }
}

void FeedLoader::posts_piece(std::string_view bytes) {
  posts_stream_->push(bytes);
  if (!runner_.reader().has_feed() && posts_stream_->articles_read() >= kPreviewArticles)
    show_preview();
}

// The first load: what is read so far, while the rest arrives.
void FeedLoader::show_preview() {
  Reader& reader = runner_.reader();
  // One page that ends here for now: the list's end asks for no page 2
  // until the whole of page 1 is in.
  if (!reader.load_finished(posts_stream_->preview(kPreviewArticles), /*total_pages=*/1)) return;
  previewed_ = true;
  reader.load_started();
  runner_.feed_replaced();
  first_shown();
  runner_.after_change();
}

void FeedLoader::first_shown() {
  const WidgetConfig& config = runner_.config();
  Reader& reader = runner_.reader();
  if (!config.section.empty()) reader.select_section(config.section);
  runner_.emit("ready", section_event_json(reader));
}

void FeedLoader::finish() {
  Reader& reader = runner_.reader();
  // Offline only when the browser says so: a host out of reach while the
  // network is up says what it is (fetch_error_message).
  reader.set_offline(posts_.status == 0 && posts_.error == "offline");
  const bool ok = apply_documents();
  previewed_ = false;
  if (ok) {
    fetched_at_ = now_seconds();
    reader.set_updated_at(fetched_at_);
  }
  keep_documents(ok);
  if (runner_.config().refresh_seconds > 0) {
    std::optional<double> retry_after;
    if (posts_.status == 503) retry_after = parse_retry_after(posts_.retry_after, now_seconds());
    schedule_refresh(ok ? policy_.after_success(rng_) : policy_.after_failure(retry_after, rng_));
  }
  posts_ = FetchResult{};
  categories_ = FetchResult{};
  posts_stream_.reset();
  runner_.after_change();
}

void FeedLoader::keep_documents(bool ok) {
  const char* key = feed_url_.c_str();
  const double fetched_at = static_cast<double>(fetched_at_);
  if (ok && posts_.not_modified()) kiosque_js_storage_touch(kPostsStore, key, fetched_at);
  kiosque_js_keep_body(posts_request_, ok && posts_.ok ? kPostsStore : nullptr, key, fetched_at);
  kiosque_js_keep_body(categories_request_, ok && categories_.ok ? kCategoriesStore : nullptr, key,
                       fetched_at);
}

bool FeedLoader::apply_documents() {
  const WidgetConfig& config = runner_.config();
  Reader& reader = runner_.reader();
  const bool was_ready = reader.has_feed();
  if (!posts_.ok && !(posts_.not_modified() && has_good_)) {
    reader.load_failed(fetch_error_message(posts_, config.feed_url, config.lang));
    runner_.emit("error", message_event_json(reader.error()));
    return false;
  }
  if (!posts_.ok) {
    // 304. New categories wait for posts to read them with: the next
    // request for the posts goes without validators.
    if (categories_.ok) {
      good_categories_ = GoodDocument::taken_from(categories_);
      good_posts_ = GoodDocument{};
    }
    reader.load_unchanged();
    return true;
  }
  // Sections degrade to those embedded in the posts when categories never came.
  const std::string_view categories = categories_.ok ? categories_.body : good_categories_.body;
  ParseResult parsed = for_reader(posts_stream_->finish(categories), config.lang);
  if (parsed.ok && parsed.feed.articles.empty() && !reader.feed().articles.empty()) {
    // A publisher's feed does not lose every story at once: a broken CMS or
    // cache does. The stories on screen stay.
    reader.load_failed(
        (config.lang == Lang::French ? "le flux est vide : " : "the feed is empty: ") +
        config.feed_url);
    runner_.emit("error", message_event_json(reader.error()));
    return false;
  }
  if (!reader.load_finished(std::move(parsed), posts_.total_pages)) {
    runner_.emit("error", message_event_json(reader.error()));
    return false;
  }
  good_posts_ = GoodDocument::validators_of(posts_);
  if (categories_.ok) good_categories_ = GoodDocument::taken_from(categories_);
  has_good_ = true;
  runner_.feed_replaced();
  if (!was_ready) first_shown();
  // The configured section may have had no story among the first ones.
  if (previewed_ && reader.section_slug() == kAllSectionsSlug && !config.section.empty())
    reader.select_section(config.section);
  return true;
}

void FeedLoader::restore() {
  const int generation = ++restore_generation_;
  pending_restore_ = 2;
  restore_stream_ = std::make_unique<FeedStream>(feed_url_);
  FetchRequest posts;
  posts.url = feed_url_;
  posts.from_store = kPostsStore;
  posts.on_chunk = [this, generation](std::string_view bytes) {
    // Nothing to read once the network's feed is on screen.
    if (generation != restore_generation_ || !restore_stream_) return;
    if (runner_.reader().has_feed())
      restore_stream_.reset();
    else
      restore_stream_->push(bytes);
  };
  FetchRequest categories;
  categories.url = feed_url_;
  categories.from_store = kCategoriesStore;
  const auto arrived = [this, generation](FetchResult& into, FetchResult result) {
    if (generation != restore_generation_) return;
    into = std::move(result);
    if (--pending_restore_ == 0) restored();
  };
  fetch_url(std::move(posts),
            [this, arrived](FetchResult result) { arrived(restored_posts_, std::move(result)); });
  fetch_url(std::move(categories), [this, arrived](FetchResult result) {
    arrived(restored_categories_, std::move(result));
  });
}

void FeedLoader::restored() {
  Reader& reader = runner_.reader();
  const std::unique_ptr<FeedStream> stream = std::move(restore_stream_);
  FetchResult posts = std::move(restored_posts_), categories = std::move(restored_categories_);
  // Nothing kept, or the network was quicker: nothing to show.
  if (!stream || !posts.ok || reader.has_feed()) return;
  // The network may have answered first, and failed: the kept feed is shown
  // and the failure still said.
  const std::string network_error = pending_documents_ == 0 ? reader.error() : std::string();
  ParseResult parsed = stream->finish(categories.ok ? categories.body : std::string_view());
  // What was kept and no longer reads is not an error to show: the network's answer will be.
  if (!parsed.ok || !reader.load_finished(std::move(parsed))) return;
  good_posts_ = GoodDocument::validators_of(posts);
  good_categories_ = categories.ok ? GoodDocument::taken_from(categories) : GoodDocument{};
  has_good_ = true;
  fetched_at_ = posts.fetched_at > 0 ? static_cast<UtcSeconds>(posts.fetched_at) : kUnknownTime;
  reader.set_updated_at(fetched_at_);
  if (pending_documents_ > 0)
    reader.load_started();  // the network's answer is still to come
  else if (!network_error.empty())
    reader.load_failed(network_error);
  runner_.feed_replaced();
  first_shown();
  runner_.after_change();
}

void FeedLoader::load_next_page() {
  Reader& reader = runner_.reader();
  const std::string url = reader.paging().next_page_url();
  reader.page_requested();
  FetchRequest request;
  request.url = url;
  request.timeout_seconds = fetch_timeout_seconds(runner_.config().refresh_seconds);
  fetch_url(std::move(request), [this, url, feed_url = feed_url_](FetchResult result) {
    if (feed_url != feed_url_) return;  // another feed meanwhile
    Reader& reader = runner_.reader();
    if (!result.ok) {
      reader.page_failed(result.status, fetch_error_message(result, url, runner_.config().lang));
    } else {
      FeedInput input;
      input.document = result.body;
      input.base_url = url;
      if (reader.page_finished(for_reader(parse_feed(input), runner_.config().lang),
                               result.total_pages))
        runner_.feed_replaced();
    }
    runner_.after_change();
  });
  runner_.after_change();
}

void FeedLoader::network_changed(bool online) {
  Reader& reader = runner_.reader();
  if (!online) {
    reader.set_offline(true);
    runner_.after_change();
    return;
  }
  if (policy_.should_retry_when_online() || reader.offline()) runner_.refresh_feed();
}

void FeedLoader::schedule_refresh(double seconds) {
  cancel_refresh();
  refresh_timer_ = emscripten_set_timeout(&FeedLoader::on_refresh_timer, seconds * 1000, this);
}

void FeedLoader::cancel_refresh() {
  if (refresh_timer_) emscripten_clear_timeout(refresh_timer_);
  refresh_timer_ = 0;
}

void FeedLoader::on_refresh_timer(void* loader) {
  auto* self = static_cast<FeedLoader*>(loader);
  self->refresh_timer_ = 0;
  self->runner_.refresh_feed();
}

}  // namespace kiosque

// Called by kiosque_bridge.js when the browser goes on (1) or off (0) line.
extern "C" EMSCRIPTEN_KEEPALIVE void kiosque_network_changed(int online) {
  kiosque::WebRunner::get().feed_loader().network_changed(online != 0);
}
