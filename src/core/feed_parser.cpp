// Kiosque core: reading a feed document into the model. See feed_parser.h.
//
// Index:
//   - JSON documents: byte and depth limits, syntax errors with a byte offset
//   - Format detection, documents read as one DOM
//   - parse_feed (a FeedStream given the whole document), append_page
//
// The formats themselves are read in wordpress_feed.cpp and json_feed.cpp;
// a posts array is read item by item by feed_stream.cpp.
#include "feed_parser.h"

#include <unordered_set>

#include "feed_formats.h"
#include "feed_stream.h"
#include "json_items.h"
#include "text.h"

namespace kiosque {

namespace formats {

namespace {

// ---------------------------------------------------------------------------
// JSON documents
// ---------------------------------------------------------------------------

struct JsonScan {
  std::size_t too_deep_at = 0;  // byte (from 1) where nesting went over the limit, 0 if never
  std::size_t longest_string = 0;
};

// One pass over the text before nlohmann sees it: counts bracket nesting
// outside strings, so that "[[[[..." a million deep is refused before any
// parser or DOM (whose copy and dump recurse) is built from it, and
// measures the longest string literal for FeedLimits::max_string.
// Malformed JSON is not this pass's business: the parser reports it.
JsonScan scan_json(std::string_view text, int max_depth) {
  JsonScan scan;
  int depth = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '"') {
      const std::size_t close = json_string_end(text, pos);
      scan.longest_string = std::max(scan.longest_string, close - pos - 1);
      pos = close;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        scan.too_deep_at = pos + 1;
        return scan;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return scan;
}

// Re-reads a document nlohmann refused, to learn where and why: parse()
// without exceptions only says "discarded".
class SyntaxErrorFinder : public nlohmann::json_sax<Json> {
 public:
  std::size_t byte = 0;
  std::string message;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& error) override {
    byte = position;
    message = error.what();
    return false;
  }
};

}  // namespace

// At byte 4, "unexpected ']'; expected '[', '{', or a literal" expecting
// "'[', '{', or a literal", from nlohmann's "[json.exception.parse_error.101]
// parse error at line 1, column 4: syntax error while parsing value -
// unexpected ']'; expected ...".
FeedError json_syntax_error(std::string_view text) {
  SyntaxErrorFinder finder;
  Json::sax_parse(text, &finder);
  std::string_view detail = finder.message;
  if (const std::size_t tag_end = detail.find("] "); tag_end != std::string_view::npos)
    detail.remove_prefix(tag_end + 2);
  if (const std::size_t what = detail.find(" - "); what != std::string_view::npos)
    detail.remove_prefix(what + 3);
  // "last read: '...'" can quote a whole megabyte string.
  constexpr std::size_t kMaxDetail = 160;
  const bool cut = detail.size() > kMaxDetail;
  FeedError error;
  error.kind = FeedErrorKind::Syntax;
  error.byte = finder.byte;
  error.detail = sanitize_utf8(detail.substr(0, kMaxDetail)) + (cut ? "…" : "");
  constexpr std::string_view kExpected = "; expected ";
  if (const std::size_t at = detail.find(kExpected); at != std::string_view::npos && !cut)
    error.expected = sanitize_utf8(detail.substr(at + kExpected.size()));
  return error;
}

namespace {

// JSON's white space, narrower than HTML's (no form feed).
bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Members no reader looks at, and that WordPress makes large: yoast_head is
// kilobytes of <meta> HTML per post, _links repeats at every level of an
// _embed response. Not storing them takes about a third off parsing a
// real posts page.
bool keep_member(int /*depth*/, Json::parse_event_t event, Json& parsed) {
  if (event != Json::parse_event_t::key) return true;
  const std::string_view key = string_value(parsed);
  return key != "_links" && key != "yoast_head" && key != "guid" && key != "avatar_urls";
}

// Scans and parses; false when the text is too deep or not JSON.
bool scan_and_parse(std::string_view text, const FeedLimits& limits, JsonDocument& document,
                    FeedError& error) {
  const JsonScan scan = scan_json(text, limits.max_depth);
  if (scan.too_deep_at != 0) {
    error.kind = FeedErrorKind::TooDeep;
    error.limit = static_cast<std::size_t>(limits.max_depth);
    error.byte = scan.too_deep_at;
    return false;
  }
  document.longest_string = scan.longest_string;
  document.root = Json::parse(text, keep_member, /*allow_exceptions=*/false);
  return !document.root.is_discarded();
}

}  // namespace

bool parse_json_document(std::string_view text, const FeedLimits& limits, JsonDocument& document,
                         FeedError& error, Warnings& warnings) {
  error = FeedError{};
  if (text.size() > limits.max_bytes) {
    error.kind = FeedErrorKind::TooLarge;
    error.size = text.size();
    error.limit = limits.max_bytes;
    return false;
  }
  std::size_t first = 0;
  while (first < text.size() && is_json_space(text[first])) ++first;
  if (first == text.size()) {
    error.kind = FeedErrorKind::Empty;
    return false;
  }
  if (text[first] == '<') {
    error.kind = FeedErrorKind::NotJson;
    return false;
  }
  if (scan_and_parse(text, limits, document, error)) return true;
  if (error.kind != FeedErrorKind::None) return false;
  // nlohmann refuses invalid UTF-8 inside strings. One bad byte in one
  // title should not cost the whole feed: repair, retry, and say so.
  if (!is_valid_utf8(text)) {
    const std::string repaired = sanitize_utf8(text);
    if (scan_and_parse(repaired, limits, document, error)) {
      warnings.add("invalid UTF-8 in the document was replaced by U+FFFD");
      return true;
    }
  }
  error = json_syntax_error(text);
  return false;
}

Json parse_json_value(std::string_view text) {
  return Json::parse(text, keep_member, /*allow_exceptions=*/false);
}

bool looks_like_post(const Json& value) {
  if (!find_member(value, "id")) return false;
  for (const char* field : {"title", "content", "excerpt", "link"})
    if (find_member(value, field)) return true;
  return false;
}

namespace {

// ---------------------------------------------------------------------------
// Format detection
// ---------------------------------------------------------------------------

bool is_json_feed_version(std::string_view version) {
  for (const std::string_view prefix :
       {"https://jsonfeed.org/version/1", "http://jsonfeed.org/version/1"}) {
    if (version.substr(0, prefix.size()) != prefix) continue;
    const std::string_view rest = version.substr(prefix.size());
    if (rest.empty() || rest.front() == '.' || rest.front() == '/') return true;  // 1, 1.1
  }
  return false;
}

FeedFormat detect_object(const Json& root, FeedError& error) {
  const std::string_view version = string_member(root, "version");
  if (!version.empty()) {
    if (is_json_feed_version(version)) return FeedFormat::JsonFeed;
    error.kind = FeedErrorKind::UnsupportedVersion;
    error.found = quote_for_message(version);
    return FeedFormat::Unknown;
  }
  if (find_member(root, "id")) {
    if (looks_like_post(root)) return FeedFormat::WordPress;
    error.kind = FeedErrorKind::PostWithoutContent;
    return FeedFormat::Unknown;
  }
  // What WordPress answers for a wrong route or a page past the end.
  const std::string_view code = string_member(root, "code");
  const std::string_view message = string_member(root, "message");
  if (!code.empty() && !message.empty()) {
    error.kind = FeedErrorKind::WordPressError;
    error.found = quote_for_message(code);
    error.detail = quote_for_message(message);
    return FeedFormat::Unknown;
  }
  error.kind = FeedErrorKind::NotAFeed;
  error.found = root.type_name();
  return FeedFormat::Unknown;
}

FeedFormat detect_format(const Json& root, FeedError& error) {
  if (root.is_object()) return detect_object(root, error);
  error.kind = FeedErrorKind::NotAFeed;
  error.found = root.type_name();
  return FeedFormat::Unknown;
}

}  // namespace

void read_dom_document(const FeedInput& input, const FeedLimits& limits, Warnings& warnings,
                       ParseResult& result) {
  JsonDocument document;
  if (!parse_json_document(input.document, limits, document, result.problem, warnings)) return;
  const FeedFormat format = detect_format(document.root, result.problem);
  const ReadContext context{input, limits, document.longest_string, warnings};
  result.feed.format = format;
  if (format == FeedFormat::WordPress) read_wordpress(document.root, context, result);
  if (format == FeedFormat::JsonFeed) read_json_feed(document.root, context, result);
}

}  // namespace formats

// ---------------------------------------------------------------------------
// parse_feed, append_page
// ---------------------------------------------------------------------------

ParseResult parse_feed(const FeedInput& input, const FeedLimits& limits) {
  FeedStream stream(input.base_url, limits, std::string(input.media));
  stream.push(input.document);
  return stream.finish(input.categories);
}

void append_page(Feed& into, Feed&& page) {
  // Views of ids stay valid: the vector is reserved first, so nothing moves.
  into.articles.reserve(into.articles.size() + page.articles.size());
  std::unordered_set<std::string_view> ids;
  for (const Article& article : into.articles) ids.insert(article.id);
  for (Article& article : page.articles) {
    if (ids.count(article.id)) continue;
    into.articles.push_back(std::move(article));
    ids.insert(into.articles.back().id);
  }
  formats::SectionIndex sections(into.sections);
  for (Section& section : page.sections) sections.add(std::move(section));
  into.next_url = std::move(page.next_url);
  if (into.format == FeedFormat::Unknown) into.format = page.format;
  if (into.title.empty()) into.title = std::move(page.title);
  if (into.home_url.empty()) into.home_url = std::move(page.home_url);
  if (into.language.empty()) into.language = std::move(page.language);
  if (into.icon.empty()) into.icon = std::move(page.icon);
}

}  // namespace kiosque
