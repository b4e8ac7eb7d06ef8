// Kiosque core (internal): what the feed format readers share.
//
// Included by feed_parser.cpp, feed_stream.cpp, feed_formats.cpp,
// wordpress_feed.cpp and json_feed.cpp only; the rest of the code base sees feed_parser.h.
//
// Index:
//   - Safe JSON accessors: read any shape without throwing or asserting
//   - JSON documents: limits, depth pre-scan, readable syntax errors
//   - Warnings: capped, numbered by entry
//   - Text, links and dates: model values from JSON strings
//   - Lists: the loop every list of entries goes through, articles on top
//   - Sections: the feed's section list with lookup by id
//   - The format readers (WordPress one post at a time, for feed_stream.cpp)
//
// The core is built with JSON_NOEXCEPTION, where a failed nlohmann check
// aborts the page. So nothing here calls get<>(), at(), value() or a const
// operator[] with a key: every access checks the type first, through these
// accessors.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "feed.h"
#include "feed_parser.h"

namespace kiosque::formats {

using Json = nlohmann::json;

// ---------------------------------------------------------------------------
// Safe JSON accessors
// ---------------------------------------------------------------------------

// The member `key` of `object`, or nullptr when `object` is not an object or lacks it.
const Json* find_member(const Json& object, std::string_view key);
// The member when it has the expected type, else nullptr.
const Json* find_object(const Json& object, std::string_view key);
const Json* find_array(const Json& object, std::string_view key);
// The text of a string value or member; empty for any other type.
std::string_view string_value(const Json& value);
std::string_view string_member(const Json& object, std::string_view key);
// Whole numbers: integers, integral floats (5.0) and decimal strings ("42"),
// since plugins re-serialise WordPress ids either way.
std::optional<std::int64_t> integer_value(const Json& value);
std::optional<std::int64_t> integer_member(const Json& object, std::string_view key);
// An id as the model keeps it: a whole number as decimal text, or a
// non-empty string. Empty when absent or of another type.
std::string id_value(const Json& value);
std::string id_member(const Json& object, std::string_view key);
// "a JSON number", "JSON null": what a value is, for wrong-shape errors.
std::string describe_json_type(const Json& value);

// ---------------------------------------------------------------------------
// JSON documents
// ---------------------------------------------------------------------------

class Warnings;

struct JsonDocument {
  Json root;
  // The raw length of the longest string literal: an upper bound of every
  // decoded string, so that entries need a closer look only when it is
  // over FeedLimits::max_string.
  std::size_t longest_string = 0;
};

// Parses `text` within `limits` (bytes, nesting depth). Returns false with
// `error` (a syntax error at byte 1234, ...). Invalid
// UTF-8 is replaced by U+FFFD with a warning rather than refused.
// (feed_parser.cpp)
bool parse_json_document(std::string_view text, const FeedLimits& limits, JsonDocument& document,
                         FeedError& error, Warnings& warnings);
// Parses one JSON value (a streamed feed's item) without the checks above,
// dropping the members no reader looks at; discarded when it is not JSON.
Json parse_json_value(std::string_view text);
// Where and why a document that is not JSON stops being JSON.
FeedError json_syntax_error(std::string_view text);

// The byte length of the first string (value or key) in `value` longer than
// `max_length`, or 0 when there is none.
std::size_t find_oversized_string(const Json& value, std::size_t max_length);
// "a string of 5000000 bytes is over the 4194304-byte limit"
std::string describe_oversized_string(std::size_t length, const FeedLimits& limits);

// ---------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------

// Collects warnings into a ParseResult, at most kMaxWarnings of them: a feed
// with 5000 broken dates should say so in a readable list, not 5000 lines.
class Warnings {
 public:
  static constexpr std::size_t kMaxWarnings = 100;

  explicit Warnings(std::vector<std::string>& out) : out_(out) {}
  void add(std::string text);
  // Appends "N more warnings not shown" when some were dropped.
  void finish();

 private:
  std::vector<std::string>& out_;
  std::size_t dropped_ = 0;
};

// One entry of a list being read: its number for warnings, and where they go.
struct EntryContext {
  const char* label;   // "item", "category", "media"
  std::size_t number;  // from 1, in the document's order
  Warnings& warnings;
  void warn(std::string_view text);       // "item 3: <text>"
  void skipped(std::string_view reason);  // "item 3 skipped: <reason>"
};

// An untrusted value for a warning: quoted, valid UTF-8, at most ~60 bytes.
std::string quote_for_message(std::string_view value);

// ---------------------------------------------------------------------------
// Text, links and dates
// ---------------------------------------------------------------------------

// Model text from a plain JSON string: valid UTF-8, entities decoded
// (publishers put "&#8217;" in plain fields too), white space collapsed.
// HTML fields go through html_to_text instead.
std::string plain_text(std::string_view text);
// Paragraph blocks from plain text (JSON Feed content_text): blank lines
// separate paragraphs.
std::vector<Block> text_to_blocks(std::string_view text);
// "Économie & finances" -> "economie-finances". Latin letters lose their
// accents; other scripts are kept as UTF-8, as WordPress keeps them.
std::string slugify(std::string_view text);
// The names of people: an array of {"name": ...} objects, or one such
// object (WordPress _embedded.author, JSON Feed authors / author).
std::vector<std::string> names_of(const Json& people);
// `reference` resolved against `base` when the result is an http(s) URL, else "".
std::string http_url(std::string_view base, std::string_view reference);
// The date in `object[key]`: kUnknownTime when absent or null, and a
// warning when present but unreadable.
UtcSeconds date_member(const Json& object, std::string_view key, EntryContext& entry);
// `modified` when it is later than `published` by more than a minute (an
// edit worth showing), else kUnknownTime.
UtcSeconds update_time(UtcSeconds published, UtcSeconds modified);

constexpr int kWordsPerMinute = 230;
// Words of the body / 230, rounded up, at least 1.
int reading_minutes_for(const std::vector<Block>& body);
// The first words of the body (or of `fallback_text`), for untitled posts.
std::string title_from_text(const std::vector<Block>& body, std::string_view fallback_text);

// ---------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------

using ReadEntry = std::function<void(const Json& entry, EntryContext& context)>;

// Calls `read_entry` with `entry` unless it is not an object or holds a
// string over limits.max_string, which are skipped with a warning.
// `longest_string` is the raw length of the longest string literal of the
// entry, or of its whole document (see JsonDocument).
void read_checked_entry(const Json& entry, EntryContext& context, std::size_t longest_string,
                        const FeedLimits& limits, const ReadEntry& read_entry);

// Calls read_checked_entry for each entry of `list` (an array, or one
// object read as a list of one) up to limits.max_items, warning about the rest.
void for_each_entry(const Json& list, const char* label, std::size_t longest_string,
                    const FeedLimits& limits, Warnings& warnings, const ReadEntry& read_entry);

// Fills `article` from one item, or returns the reason to skip it.
using ReadItem =
    std::function<std::string(const Json& item, EntryContext& context, Article& article)>;

// Reads items into feed.articles, one at a time as a list is walked or a
// stream delivers them, with the rules both formats share: items with a
// duplicate id, or with neither title nor text, are skipped (warning);
// untitled items get their first words as title; reading time is computed
// when the feed gave none.
class ArticleCollector {
 public:
  ArticleCollector(const char* format_label, const FeedLimits& limits, ReadItem read_item,
                   Feed& feed, Warnings& warnings);
  // The item numbered `number` (from 1, at most limits.max_items); see
  // read_checked_entry for `longest_string`.
  void add(const Json& item, std::size_t number, std::size_t longest_string);
  // `total`: the entries of the list, read or not. An empty list is fine
  // (warning); false with `error` when there were items but none could be read.
  bool finish(std::size_t total, FeedError& error);

 private:
  const char* format_label_;
  const FeedLimits& limits_;
  ReadItem read_item_;
  Feed& feed_;
  Warnings& warnings_;
  std::unordered_set<std::string> seen_ids_;
  std::string first_skip_;  // quoted in the error when nothing could be read
};

// An ArticleCollector over the entries of `list` (an array, or one object).
bool read_articles(const Json& list, const char* format_label, std::size_t longest_string,
                   const FeedLimits& limits, const ReadItem& read_item, Feed& feed,
                   Warnings& warnings, FeedError& error);

// ---------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------

// feed.sections with a lookup by id. Only named sections go in: an id with
// no known name stays on its articles but makes no tab.
class SectionIndex {
 public:
  explicit SectionIndex(std::vector<Section>& sections);
  // False (and nothing added) for an unnamed section or a known id.
  bool add(Section section);
  bool contains(const std::string& id) const { return by_id_.count(id) != 0; }

 private:
  std::vector<Section>& sections_;
  std::unordered_map<std::string, std::size_t> by_id_;
};

// ---------------------------------------------------------------------------
// The format readers (wordpress_feed.cpp, json_feed.cpp)
// ---------------------------------------------------------------------------

struct ReadContext {
  const FeedInput& input;
  const FeedLimits& limits;
  std::size_t longest_string;  // of the main document, see JsonDocument
  Warnings& warnings;
};

// WordPress posts read one at a time (a streamed array, or a DOM list).
// The categories document is read last, at finish(): it may arrive after
// the posts, and it only decides the sections.
class WordPressPosts {
 public:
  // Reads the media document of `context.input`, if any.
  WordPressPosts(const ReadContext& context, Feed& feed);
  ~WordPressPosts();
  WordPressPosts(const WordPressPosts&) = delete;
  WordPressPosts& operator=(const WordPressPosts&) = delete;

  // Post `number` (from 1, at most limits.max_items); see read_checked_entry.
  void add(const Json& post, std::size_t number, std::size_t longest_string);
  // The sections the posts read so far embed (before the categories document).
  const std::vector<Section>& embedded_sections() const;
  // `total`: the posts in the list. Reads context.input.categories and sets
  // result.ok / result.problem.
  void finish(std::size_t total, ParseResult& result);

 private:
  class Reader;
  std::unique_ptr<Reader> reader_;
};

// A WordPress post: an object with "id" and one of "title", "content",
// "excerpt", "link". (feed_parser.cpp)
bool looks_like_post(const Json& value);
// The main document when it is not an array (JSON Feed, one post, an error
// object, ...): parsed as one DOM, detected and read into `result`.
// (feed_parser.cpp)
void read_dom_document(const FeedInput& input, const FeedLimits& limits, Warnings& warnings,
                       ParseResult& result);

// JSON Feed, from a document parse_feed detected as one; WordPress from a
// DOM list (one post given as an object).
void read_json_feed(const Json& root, const ReadContext& context, ParseResult& result);
void read_wordpress(const Json& posts, const ReadContext& context, ParseResult& result);

}  // namespace kiosque::formats
