// Kiosque core: a feed document read as it arrives. See feed_stream.h.
//
// Index:
//   - The reader's state: how the document starts, the nesting scan, the
//     top level of a posts array, the element being read
//   - Bytes: push, one byte at a time through the scan and the top level
//   - Elements: parsed, detected as posts, read
//   - Errors: where the whole document would have failed
//   - finish, preview
//
// Every byte goes through the same nesting scan as feed_parser.cpp's whole
// documents (strings followed, brackets counted), so that a document nested
// past the limit is refused as TooDeep wherever that happens. On top of it a
// small state machine checks the array's own commas and brackets and cuts
// out each element; what is inside an element is the JSON parser's business
// once the element is whole.
//
// Errors are those of the whole document. An element that does not parse
// fails at its own byte plus where it started. A top level that goes wrong
// (a missing comma, trailing data, a cut) is given to the JSON parser as a
// stand-in: "[0," for "an array after a value and a comma", followed by the
// real bytes since then, so that the parser says what it would have said,
// at a byte moved back to where those bytes really were.
#include "feed_stream.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "feed_formats.h"
#include "text.h"

namespace kiosque {

using formats::Json;

namespace {

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// What ends a scalar (number, true, false, null) at the top level.
bool ends_scalar(char c) {
  return c == ',' || c == ']' || c == '}' || is_json_space(c);
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
// The real bytes kept after a top level went wrong, for the parser's error:
// enough for any token it may quote (a string up to max_string).
constexpr std::size_t kErrorTailSlack = 4096;

}  // namespace

// ---------------------------------------------------------------------------
// The reader's state
// ---------------------------------------------------------------------------

class FeedStream::Reader {
 public:
  Reader(std::string base_url, const FeedLimits& limits, std::string media)
      : limits_(limits), media_(std::move(media)), warnings_(result_.warnings) {
    input_.base_url = std::move(base_url);
    input_.media = media_;
  }

  void push(std::string_view chunk);
  std::size_t articles_read() const { return posts_ ? result_.feed.articles.size() : 0; }
  ParseResult preview(std::size_t count) const;
  ParseResult finish(std::string_view categories);

 private:
  enum class Mode {
    Start,     // white space and a byte order mark so far
    Array,     // a top-level array, read element by element
    Whole,     // anything else, kept whole for the DOM road
    TooLarge,  // a whole document over max_bytes: counted, not kept
    NotJson,   // starts with "<"
    TooDeep,   // nested past max_depth at too_deep_at_
  };
  // Where the array's top level is, and what the JSON parser is shown in
  // front of the real bytes when it goes wrong there.
  enum class Top { ValueOrClose, Value, CommaOrClose, Closed };
  enum class Element { None, Container, String, Scalar };

  void start(std::string_view chunk, std::size_t& used);
  void scan_array(std::string_view chunk);
  // The top-level byte `c` at chunk[index], outside any element.
  void top_level(std::string_view chunk, std::size_t index);
  void begin_element(Element kind, std::size_t index);
  void keep(std::string_view bytes);
  void end_element(std::size_t end);
  // After '[' (prefix "["), ',' ("[0,"), an element ("[0") or ']' ("[]").
  void structural(std::size_t next, Top top, const char* prefix);
  void go_wrong(std::string_view rest);
  void read_element(const Json& element, std::size_t number, std::size_t longest_string);
  void start_posts();
  void fail(FeedError error);
  FeedError error_at_tail() const;
  bool reading() const { return mode_ == Mode::Array && !error_ && !wrong_; }

  FeedLimits limits_;
  std::string media_;
  FeedInput input_;
  ParseResult result_;
  formats::Warnings warnings_;
  const formats::ReadContext context_{input_, limits_, 0, warnings_};

  Mode mode_ = Mode::Start;
  std::size_t offset_ = 0;           // bytes pushed before the current chunk
  std::string whole_;                // Mode::Whole: the document so far
  std::size_t byte_order_mark_ = 0;  // its bytes seen at the start

  // The nesting scan (feed_parser.cpp's scan_json, one byte at a time).
  bool in_string_ = false, escaped_ = false;
  int depth_ = 0;
  std::size_t string_open_ = 0;
  std::size_t too_deep_at_ = 0;

  // The top level, and its bytes since the last comma or bracket.
  Top top_ = Top::ValueOrClose;
  std::string tail_prefix_ = "[";
  std::string tail_;
  std::size_t tail_start_ = 0;
  bool opened_ = false;
  bool wrong_ = false;  // the top level went wrong: tail_ keeps the rest for the error

  // The element being read.
  Element element_ = Element::None;
  std::string element_text_;
  std::size_t element_start_ = 0;
  std::size_t element_longest_ = 0;
  bool element_dropped_ = false;  // over max_item_bytes: counted, not kept
  std::size_t elements_ = 0;

  std::optional<FeedError> error_;            // the first error, settled
  std::optional<FeedError> invalid_utf8_at_;  // where the first repaired element failed
  std::unique_ptr<formats::WordPressPosts> posts_;
  // Elements before the first post: the array is not known to be posts yet.
  struct Pending {
    Json element;
    std::size_t number, longest_string;
  };
  std::vector<Pending> pending_;
  // Kept within max_bytes of element text: an array of anything but posts
  // must not grow the heap with the document. Past it, they are only counted.
  std::size_t pending_bytes_ = 0;
  std::size_t pending_dropped_ = 0;
  bool has_terms_ = false;
};

// ---------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------

void FeedStream::Reader::push(std::string_view chunk) {
  std::size_t used = 0;
  if (mode_ == Mode::Start) start(chunk, used);
  const std::string_view rest = chunk.substr(used);
  offset_ += used;
  switch (mode_) {
    case Mode::Array:
      scan_array(rest);
      break;
    case Mode::Whole:
      if (whole_.size() + rest.size() <= limits_.max_bytes) {
        whole_.append(rest.data(), rest.size());
      } else {
        mode_ = Mode::TooLarge;
        std::string().swap(whole_);
      }
      break;
    default:
      break;
  }
  offset_ += rest.size();
}

// Skips white space and a byte order mark; the first other byte decides.
void FeedStream::Reader::start(std::string_view chunk, std::size_t& used) {
  for (; used < chunk.size(); ++used) {
    const char c = chunk[used];
    const std::size_t pos = offset_ + used;
    if (pos == byte_order_mark_ && pos < kByteOrderMark.size() && c == kByteOrderMark[pos]) {
      ++byte_order_mark_;
      continue;
    }
    const bool mark_cut = byte_order_mark_ > 0 && byte_order_mark_ < kByteOrderMark.size();
    if (is_json_space(c) && !mark_cut) continue;
    if (c == '[' && !mark_cut) {
      mode_ = Mode::Array;
      return;  // the bracket is scanned as the array's first byte
    }
    if (c == '<' && !mark_cut) {
      mode_ = Mode::NotJson;
      used = chunk.size();
      return;
    }
    // The DOM road needs every byte, from the first.
    mode_ = Mode::Whole;
    whole_.assign(kByteOrderMark.substr(0, byte_order_mark_));
    whole_.append(pos - byte_order_mark_, ' ');  // the white space skipped
    return;
  }
}

void FeedStream::Reader::scan_array(std::string_view chunk) {
  if (wrong_ && !error_) go_wrong(chunk);
  std::size_t kept_from = 0;  // the current element's first byte in this chunk
  for (std::size_t index = 0; index < chunk.size(); ++index) {
    const char c = chunk[index];
    const std::size_t pos = offset_ + index;
    if (in_string_) {
      if (escaped_) {
        escaped_ = false;
      } else if (c != '"' && c != '\\') {
        // Most bytes of a feed are string contents: skip them in one tight loop.
        while (index + 1 < chunk.size() && chunk[index + 1] != '"' && chunk[index + 1] != '\\')
          ++index;
      } else if (c == '\\') {
        escaped_ = true;
      } else if (c == '"') {
        in_string_ = false;
        element_longest_ = std::max(element_longest_, pos - string_open_ - 1);
        if (reading() && element_ == Element::String) {
          keep(chunk.substr(kept_from, index + 1 - kept_from));
          end_element(pos + 1);
        }
      }
      continue;
    }
    if (c == '"') {
      in_string_ = true;
      string_open_ = pos;
    } else if (c == '[' || c == '{') {
      if (++depth_ > limits_.max_depth) {
        too_deep_at_ = pos + 1;
        mode_ = Mode::TooDeep;
        return;
      }
    } else if ((c == ']' || c == '}') && depth_ > 0) {
      --depth_;
    }
    if (!reading()) continue;
    if (element_ == Element::Container) {
      if (depth_ == 1 && (c == ']' || c == '}')) {
        keep(chunk.substr(kept_from, index + 1 - kept_from));
        end_element(pos + 1);
      }
      continue;
    }
    if (element_ == Element::Scalar) {
      if (!ends_scalar(c)) continue;
      keep(chunk.substr(kept_from, index - kept_from));
      end_element(pos);
      if (wrong_) {  // not a scalar after all: the rest is the error's
        go_wrong(chunk.substr(index));
        continue;
      }
    }
    top_level(chunk, index);
    if (element_ != Element::None) kept_from = index;
  }
  if (reading() && element_ != Element::None) keep(chunk.substr(kept_from));
}

void FeedStream::Reader::top_level(std::string_view chunk, std::size_t index) {
  const char c = chunk[index];
  const std::size_t pos = offset_ + index;
  if (!opened_) {  // the array's own bracket, where start() stopped
    opened_ = true;
    return structural(pos + 1, Top::ValueOrClose, "[");
  }
  if (is_json_space(c)) {
    if (tail_.size() < kErrorTailSlack) tail_.push_back(c);
    return;
  }
  if (top_ == Top::CommaOrClose && c == ',') return structural(pos + 1, Top::Value, "[0,");
  if ((top_ == Top::CommaOrClose || top_ == Top::ValueOrClose) && c == ']')
    return structural(pos + 1, Top::Closed, "[]");
  if (top_ == Top::Value || top_ == Top::ValueOrClose) {
    if (c == '"') return begin_element(Element::String, index);
    if (c == '[' || c == '{') return begin_element(Element::Container, index);
    if (!ends_scalar(c) && c != ':') return begin_element(Element::Scalar, index);
  }
  go_wrong(chunk.substr(index));
}

void FeedStream::Reader::begin_element(Element kind, std::size_t index) {
  element_ = kind;
  element_text_.clear();
  element_start_ = offset_ + index;
  element_longest_ = 0;
  element_dropped_ = false;
}

void FeedStream::Reader::keep(std::string_view bytes) {
  if (element_dropped_) return;
  if (element_text_.size() + bytes.size() > limits_.max_item_bytes) {
    element_dropped_ = true;
    std::string().swap(element_text_);
    return;
  }
  element_text_.append(bytes.data(), bytes.size());
}

void FeedStream::Reader::structural(std::size_t next, Top top, const char* prefix) {
  top_ = top;
  tail_prefix_ = prefix;
  tail_.clear();
  tail_start_ = next;
}

void FeedStream::Reader::go_wrong(std::string_view rest) {
  wrong_ = true;
  const std::size_t kept = limits_.max_string + kErrorTailSlack;
  if (tail_.size() < kept) tail_.append(rest.substr(0, kept - tail_.size()));
}

// ---------------------------------------------------------------------------
// Elements
// ---------------------------------------------------------------------------

void FeedStream::Reader::end_element(std::size_t end) {
  const Element kind = element_;
  element_ = Element::None;
  const std::size_t number = ++elements_;
  if (element_dropped_) {
    warnings_.add("item " + std::to_string(number) + " skipped: its " +
                  std::to_string(end - element_start_) + " bytes are over the " +
                  std::to_string(limits_.max_item_bytes) + "-byte item limit");
    return structural(end, Top::CommaOrClose, "[0");
  }
  // Past the item limit the elements are only counted (as parse_feed never parsed them).
  if (posts_ && number > limits_.max_items) return structural(end, Top::CommaOrClose, "[0");
  Json element = formats::parse_json_value(element_text_);
  if (element.is_discarded() && kind == Element::Scalar) {
    // "tru", "1.5e": the parser says it best in its place.
    tail_.append(element_text_);
    wrong_ = true;
    return;
  }
  if (element.is_discarded() && !is_valid_utf8(element_text_)) {
    // One bad byte in one title should not cost the whole feed: repair, say so once.
    element = formats::parse_json_value(sanitize_utf8(element_text_));
    if (!element.is_discarded() && !invalid_utf8_at_) {
      FeedError at = formats::json_syntax_error(element_text_);
      at.byte += element_start_;
      invalid_utf8_at_ = at;
      warnings_.add("invalid UTF-8 in the document was replaced by U+FFFD");
    }
  }
  if (element.is_discarded()) {
    FeedError error = formats::json_syntax_error(element_text_);
    error.byte += element_start_;
    // A document with bad UTF-8 fails where its first bad byte is.
    return fail(invalid_utf8_at_ ? *invalid_utf8_at_ : error);
  }
  read_element(element, number, element_longest_);
  structural(end, Top::CommaOrClose, "[0");
}

void FeedStream::Reader::read_element(const Json& element, std::size_t number,
                                      std::size_t longest_string) {
  if (!posts_) {
    if (!formats::looks_like_post(element)) {
      if (formats::find_member(element, "taxonomy")) has_terms_ = true;
      pending_bytes_ += element_text_.size();
      if (number <= limits_.max_items && pending_bytes_ <= limits_.max_bytes)
        pending_.push_back(Pending{element, number, longest_string});
      else
        ++pending_dropped_;
      return;
    }
    start_posts();
  }
  if (number <= limits_.max_items) posts_->add(element, number, longest_string);
}

// The array holds posts: what was pending before the first one is read now.
void FeedStream::Reader::start_posts() {
  result_.feed.format = FeedFormat::WordPress;
  posts_ = std::make_unique<formats::WordPressPosts>(context_, result_.feed);
  for (const Pending& pending : pending_)
    if (pending.number <= limits_.max_items)
      posts_->add(pending.element, pending.number, pending.longest_string);
  pending_.clear();
  pending_.shrink_to_fit();
  if (pending_dropped_ > 0)
    warnings_.add(std::to_string(pending_dropped_) + " items before the first post skipped");
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

void FeedStream::Reader::fail(FeedError error) {
  if (!error_) error_ = std::move(error);
  element_text_.clear();
  element_text_.shrink_to_fit();
}

// The parser's error for the stand-in of the top level followed by the
// real bytes since its last comma or bracket.
FeedError FeedStream::Reader::error_at_tail() const {
  FeedError error = formats::json_syntax_error(tail_prefix_ + tail_);
  if (error.byte >= tail_prefix_.size())
    error.byte = error.byte - tail_prefix_.size() + tail_start_;
  if (invalid_utf8_at_) return *invalid_utf8_at_;
  return error;
}

// ---------------------------------------------------------------------------
// finish, preview
// ---------------------------------------------------------------------------

ParseResult FeedStream::Reader::finish(std::string_view categories) {
  input_.categories = categories;
  FeedError& problem = result_.problem;
  switch (mode_) {
    case Mode::Start:
      problem.kind = FeedErrorKind::Empty;
      break;
    case Mode::NotJson:
      problem.kind = FeedErrorKind::NotJson;
      break;
    case Mode::TooLarge:
      problem.kind = FeedErrorKind::TooLarge;
      problem.size = offset_;
      problem.limit = limits_.max_bytes;
      break;
    case Mode::TooDeep:
      problem = FeedError{};
      problem.kind = FeedErrorKind::TooDeep;
      problem.limit = static_cast<std::size_t>(limits_.max_depth);
      problem.byte = too_deep_at_;
      break;
    case Mode::Whole:
      input_.document = whole_;
      formats::read_dom_document(input_, limits_, warnings_, result_);
      break;
    case Mode::Array:
      if (!error_ && !wrong_ && top_ != Top::Closed) {
        // Cut short: inside an element, or at the top level.
        if (element_ == Element::Container || element_ == Element::String) {
          FeedError error = formats::json_syntax_error(element_text_);
          error.byte += element_start_;
          fail(invalid_utf8_at_ ? *invalid_utf8_at_ : error);
        } else {
          if (element_ == Element::Scalar) tail_.append(element_text_);
          wrong_ = true;
        }
      }
      if (wrong_ && !error_) fail(error_at_tail());
      if (error_) {
        problem = *error_;
      } else if (posts_ || elements_ == 0) {
        if (!posts_) start_posts();  // a posts query with no result
        posts_->finish(elements_, result_);
      } else {
        problem.kind = has_terms_ ? FeedErrorKind::TermsNotPosts : FeedErrorKind::NotAFeed;
        problem.found = "array";
      }
      break;
  }
  warnings_.finish();
  if (!result_.ok) {
    result_.feed = Feed{};
    result_.error = describe_feed_error(problem, Lang::English);
  }
  return std::move(result_);
}

ParseResult FeedStream::Reader::preview(std::size_t count) const {
  ParseResult shown;
  if (!posts_ || result_.feed.articles.empty()) return shown;
  shown.ok = true;
  shown.feed.format = FeedFormat::WordPress;
  const auto& articles = result_.feed.articles;
  shown.feed.articles.assign(articles.begin(), articles.begin() + std::min(count, articles.size()));
  shown.feed.sections = posts_->embedded_sections();
  return shown;
}

FeedStream::FeedStream(std::string base_url, const FeedLimits& limits, std::string media)
    : reader_(std::make_unique<Reader>(std::move(base_url), limits, std::move(media))) {}

FeedStream::~FeedStream() = default;

void FeedStream::push(std::string_view chunk) {
  reader_->push(chunk);
}

std::size_t FeedStream::articles_read() const {
  return reader_->articles_read();
}

ParseResult FeedStream::preview(std::size_t count) const {
  return reader_->preview(count);
}

ParseResult FeedStream::finish(std::string_view categories) {
  return reader_->finish(categories);
}

}  // namespace kiosque
