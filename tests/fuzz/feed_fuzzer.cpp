// libFuzzer target for the feed parsers (WordPress, JSON Feed, detection,
// limits) and for what is built on their output (feed_to_json, append_page).
//
// The input is tried whole, as the feed document; then pushed to a
// FeedStream in pieces whose sizes come from the input's own bytes, which
// must read exactly as the whole; then, when it holds
// a NUL byte, split there: the document before it, and after it a
// categories and media document (WordPress without _embed). Seeds are in
// tests/fuzz/corpus/feed/.
//
// Besides crashes and sanitizer reports, it traps when the model breaks its
// promises: an error exactly when not ok, valid UTF-8 text, article links
// only http(s), and a normalized JSON that parses back.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "core/feed_json.h"
#include "core/feed_parser.h"
#include "core/feed_stream.h"
#include "core/text.h"

namespace {

void require(bool condition) {
  if (!condition) __builtin_trap();
}

bool is_http_or_empty(const std::string& url) {
  return url.empty() || url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

void check_result(const kiosque::ParseResult& result) {
  require(result.ok == result.error.empty());
  for (const std::string& warning : result.warnings) require(kiosque::is_valid_utf8(warning));
  require(kiosque::is_valid_utf8(result.error));
  require(result.ok == (result.problem.kind == kiosque::FeedErrorKind::None));
  require(
      kiosque::is_valid_utf8(kiosque::describe_feed_error(result.problem, kiosque::Lang::French)));
  const kiosque::Feed& feed = result.feed;
  require(kiosque::is_valid_utf8(feed.title));
  for (const kiosque::Section& section : feed.sections)
    require(!section.name.empty() && !section.slug.empty() && kiosque::is_valid_utf8(section.name));
  for (const kiosque::Article& article : feed.articles) {
    require(!article.id.empty() && !article.title.empty());
    require(kiosque::is_valid_utf8(article.title) && kiosque::is_valid_utf8(article.summary));
    require(is_http_or_empty(article.url) && is_http_or_empty(article.image.url));
    require(article.reading_minutes >= 1);
  }
  const std::string normalized = kiosque::feed_to_json(feed, result.warnings);
  require(!nlohmann::json::parse(normalized, nullptr, false).is_discarded());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Small limits, so that the fuzzer reaches the limit paths too.
  kiosque::FeedLimits limits;
  limits.max_items = 50;
  limits.max_depth = 16;
  limits.max_string = 4096;

  kiosque::FeedInput input;
  input.document = bytes;
  input.base_url = "https://fuzz.example/wp-json/wp/v2/posts";
  kiosque::ParseResult whole = kiosque::parse_feed(input, limits);
  check_result(whole);

  // Piece sizes from 1 to 64, drawn from the bytes themselves (deterministic).
  kiosque::FeedStream stream(input.base_url, limits);
  for (std::size_t from = 0, step = 0; from < size; from += step)
    stream.push(bytes.substr(from, step = 1 + data[(from * 31 + 7) % size] % 64));
  const kiosque::ParseResult pieces = stream.finish();
  require(pieces.ok == whole.ok && pieces.error == whole.error &&
          pieces.warnings == whole.warnings &&
          kiosque::feed_to_json(pieces.feed, {}) == kiosque::feed_to_json(whole.feed, {}));

  const std::size_t split = bytes.find('\0');
  if (split != std::string_view::npos) {
    input.document = bytes.substr(0, split);
    input.categories = bytes.substr(split + 1);
    input.media = input.categories;
    kiosque::ParseResult parts = kiosque::parse_feed(input, limits);
    check_result(parts);
    // A second page onto the first: ids stay unique.
    kiosque::append_page(whole.feed, std::move(parts.feed));
    for (std::size_t i = 0; i < whole.feed.articles.size(); ++i)
      for (std::size_t j = i + 1; j < whole.feed.articles.size(); ++j)
        require(whole.feed.articles[i].id != whole.feed.articles[j].id);
  }

  const kiosque::UtcSeconds time = kiosque::parse_iso8601(bytes.substr(0, 64));
  if (time != kiosque::kUnknownTime)
    require(kiosque::parse_iso8601(kiosque::format_iso8601(time)) == time);
  require(!kiosque::wordpress_page_url(bytes.substr(0, 256), static_cast<int>(size)).empty());
  return 0;
}
