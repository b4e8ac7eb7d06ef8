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
extern "C" void kiosque_js_storage_load(const char* key);
extern "C" void kiosque_js_storage_save(const char* key, const char* json);

namespace kiosque {

namespace {

std::string fetch_error_message(const FetchResult& result, const std::string& url, Lang lang) {
  const bool french = lang == Lang::French;
  if (result.refused_bytes > 0)
    return (french ? "flux trop volumineux (" : "feed too large (") +
           std::to_string(static_cast<long long>(result.refused_bytes)) +
           (french ? " octets, limite " : " bytes, limit ") +
           std::to_string(FeedLimits{}.max_bytes) + (french ? ") : " : "): ") + url;
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

// parse_feed, with what went wrong said in the reader's language.
ParseResult parse_for_reader(const FeedInput& input, Lang lang) {
  ParseResult result = parse_feed(input);
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

FetchRequest FeedLoader::request_for(const std::string& url, const StoredDocument& last) const {
  return FetchRequest{url, last.etag, last.last_modified,
                      fetch_timeout_seconds(runner_.config().refresh_seconds),
                      FeedLimits{}.max_bytes};
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
    good_ = StoredFeed{};
    kiosque_js_storage_load(feed_url_.c_str());
  }
  fetch_documents();
}

void FeedLoader::restored(const std::string& feed_url, std::optional<StoredFeed> stored) {
  Reader& reader = runner_.reader();
  // The feed changed meanwhile, or the network was quicker: nothing to show.
  if (feed_url != feed_url_ || reader.has_feed()) return;
  // The network may have answered first, and failed: the kept feed is shown
  // and the failure still said.
  const std::string network_error = pending_documents_ == 0 ? reader.error() : std::string();
  if (stored) {
    FeedInput input;
    input.document = stored->posts.body;
    input.categories = stored->categories.body;
    input.base_url = feed_url_;
    ParseResult parsed = parse_feed(input);
    // What was kept and no longer reads is not an error to show: the network's answer will be.
    if (parsed.ok && reader.load_finished(std::move(parsed))) {
      good_ = std::move(*stored);
      reader.set_updated_at(good_.fetched_at);
      if (pending_documents_ > 0)
        reader.load_started();  // the network's answer is still to come
      else if (!network_error.empty())
        reader.load_failed(network_error);
      runner_.feed_replaced();
      const WidgetConfig& config = runner_.config();
      if (!config.section.empty()) reader.select_section(config.section);
      runner_.emit("ready", section_event_json(reader));
      runner_.after_change();
    }
  }
}

void FeedLoader::fetch_documents() {
  const WidgetConfig& config = runner_.config();
  pending_documents_ = config.categories_url.empty() ? 1 : 2;
  fetch_url(request_for(config.feed_url, good_.posts), [this](FetchResult result) {
    posts_ = std::move(result);
    if (--pending_documents_ == 0) finish();
  });
  if (!config.categories_url.empty()) {
    fetch_url(request_for(config.categories_url, good_.categories), [this](FetchResult result) {
      categories_ = std::move(result);
      if (--pending_documents_ == 0) finish();
    });
  }
}

void FeedLoader::finish() {
  Reader& reader = runner_.reader();
  // Offline only when the browser says so: a host out of reach while the
  // network is up says what it is (fetch_error_message).
  reader.set_offline(posts_.status == 0 && posts_.error == "offline");
  const bool ok = apply_documents();
  if (ok) {
    good_.fetched_at = now_seconds();
    reader.set_updated_at(good_.fetched_at);
    kiosque_js_storage_save(feed_url_.c_str(), stored_feed_json(good_).c_str());
  }
  if (runner_.config().refresh_seconds > 0) {
    std::optional<double> retry_after;
    if (posts_.status == 503) retry_after = parse_retry_after(posts_.retry_after, now_seconds());
    schedule_refresh(ok ? policy_.after_success(rng_) : policy_.after_failure(retry_after, rng_));
  }
  posts_ = FetchResult{};
  categories_ = FetchResult{};
  runner_.after_change();
}

bool FeedLoader::apply_documents() {
  const WidgetConfig& config = runner_.config();
  Reader& reader = runner_.reader();
  const bool was_ready = reader.has_feed();
  if (!posts_.ok && !(posts_.not_modified() && !good_.posts.body.empty())) {
    reader.load_failed(fetch_error_message(posts_, config.feed_url, config.lang));
    runner_.emit("error", message_event_json(reader.error()));
    return false;
  }
  if (!posts_.ok && !categories_.ok) {
    reader.load_unchanged();  // 304, and the sections did not change either
    return true;
  }
  // What changed, with the last good version of what did not. Sections
  // degrade to those embedded in the posts when categories never came. The
  // new bodies are moved, not copied: a large feed is in the heap once.
  const auto take = [](FetchResult& fetched, const StoredDocument& last) {
    return fetched.ok ? StoredDocument{std::move(fetched.body), fetched.etag, fetched.last_modified}
                      : last;
  };
  StoredFeed fresh{take(posts_, good_.posts), take(categories_, good_.categories),
                   good_.fetched_at};
  FeedInput input;
  input.document = fresh.posts.body;
  input.categories = fresh.categories.body;
  input.base_url = config.feed_url;
  ParseResult parsed = parse_for_reader(input, config.lang);
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
  good_ = std::move(fresh);
  runner_.feed_replaced();
  if (!was_ready && !config.section.empty()) reader.select_section(config.section);
  if (!was_ready) runner_.emit("ready", section_event_json(reader));
  return true;
}

void FeedLoader::load_next_page() {
  Reader& reader = runner_.reader();
  const std::string url = reader.paging().next_page_url();
  reader.page_requested();
  const FetchRequest request{url, "", "", fetch_timeout_seconds(runner_.config().refresh_seconds)};
  fetch_url(request, [this, url, feed_url = feed_url_](FetchResult result) {
    if (feed_url != feed_url_) return;  // another feed meanwhile
    Reader& reader = runner_.reader();
    if (!result.ok) {
      reader.page_failed(result.status, fetch_error_message(result, url, runner_.config().lang));
    } else {
      FeedInput input;
      input.document = result.body;
      input.base_url = url;
      if (reader.page_finished(parse_for_reader(input, runner_.config().lang), result.total_pages))
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

// Called by kiosque_storage.js with what it kept for `key` (json: null when
// nothing); takes ownership of both strings.
extern "C" EMSCRIPTEN_KEEPALIVE void kiosque_storage_loaded(char* key, char* json) {
  const std::string feed_url = key ? key : "";
  std::optional<kiosque::StoredFeed> stored;
  if (json) stored = kiosque::parse_stored_feed(json);
  std::free(key);
  std::free(json);
  kiosque::WebRunner::get().feed_loader().restored(feed_url, std::move(stored));
}

// Called by kiosque_bridge.js when the browser goes on (1) or off (0) line.
extern "C" EMSCRIPTEN_KEEPALIVE void kiosque_network_changed(int online) {
  kiosque::WebRunner::get().feed_loader().network_changed(online != 0);
}
