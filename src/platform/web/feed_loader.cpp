#include "feed_loader.h"

#include "core/feed_parser.h"
#include "core/reader_snapshot.h"
#include "web_runner.h"

namespace kiosque {

namespace {

std::string fetch_error_message(const FetchResult& result, const std::string& url, Lang lang) {
  const bool french = lang == Lang::French;
  if (result.status == 404) return (french ? "flux introuvable (HTTP 404) : " : "feed not found (HTTP 404): ") + url;
  if (result.status != 0) return "HTTP " + std::to_string(result.status) + " : " + url;
  // fetch() does not tell a dead network from a CORS refusal, on purpose.
  return (french ? "réseau indisponible ou accès refusé (CORS) : " : "network unavailable or access refused (CORS): ") +
         url;
}

}  // namespace

void FeedLoader::load() {
  const WidgetConfig& config = runner_.config();
  runner_.reader().load_started();
  pending_documents_ = config.categories_url.empty() ? 1 : 2;
  fetch_url(config.feed_url, [this](FetchResult result) {
    posts_ = std::move(result);
    if (--pending_documents_ == 0) finish();
  });
  if (!config.categories_url.empty()) {
    fetch_url(config.categories_url, [this](FetchResult result) {
      categories_ = std::move(result);
      if (--pending_documents_ == 0) finish();
    });
  }
}

void FeedLoader::finish() {
  const WidgetConfig& config = runner_.config();
  Reader& reader = runner_.reader();
  const bool was_ready = reader.has_feed();
  if (!posts_.ok) {
    reader.load_failed(fetch_error_message(posts_, config.feed_url, config.lang));
    runner_.emit("error", message_event_json(reader.error()));
  } else {
    FeedInput input;
    input.document = posts_.body;
    // Sections degrade to those embedded in the posts when categories fail.
    if (categories_.ok) input.categories = categories_.body;
    input.base_url = config.feed_url;
    if (reader.load_finished(parse_feed(input))) {
      runner_.feed_replaced();
      if (!was_ready && !config.section.empty()) reader.select_section(config.section);
      if (!was_ready) runner_.emit("ready", section_event_json(reader));
    } else {
      runner_.emit("error", message_event_json(reader.error()));
    }
  }
  posts_ = FetchResult{};
  categories_ = FetchResult{};
  runner_.after_change();
}

}  // namespace kiosque
