// Kiosque core (internal): what the feed format readers share. See feed_formats.h.
//
// Index:
//   - Safe JSON accessors
//   - Warnings
//   - Text, links and dates
//   - Lists and articles
//   - Sections
#include "feed_formats.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <unordered_set>

#include "dates.h"
#include "html_blocks.h"
#include "text.h"
#include "url.h"

namespace kiosque::formats {

// ---------------------------------------------------------------------------
// Safe JSON accessors
// ---------------------------------------------------------------------------

const Json* find_member(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto found = object.find(key);
  return found == object.end() ? nullptr : &*found;
}

const Json* find_object(const Json& object, std::string_view key) {
  const Json* member = find_member(object, key);
  return member && member->is_object() ? member : nullptr;
}

const Json* find_array(const Json& object, std::string_view key) {
  const Json* member = find_member(object, key);
  return member && member->is_array() ? member : nullptr;
}

std::string_view string_value(const Json& value) {
  const std::string* text = value.get_ptr<const std::string*>();
  return text ? std::string_view(*text) : std::string_view();
}

std::string_view string_member(const Json& object, std::string_view key) {
  const Json* member = find_member(object, key);
  return member ? string_value(*member) : std::string_view();
}

std::optional<std::int64_t> integer_value(const Json& value) {
  if (const auto* number = value.get_ptr<const Json::number_unsigned_t*>()) {
    if (*number > static_cast<Json::number_unsigned_t>(INT64_MAX)) return std::nullopt;
    return static_cast<std::int64_t>(*number);
  }
  if (const auto* number = value.get_ptr<const Json::number_integer_t*>()) return *number;
  if (const auto* number = value.get_ptr<const Json::number_float_t*>()) {
    // Beyond 2^53 a double no longer holds every whole number: not an id.
    if (std::isfinite(*number) && *number == std::floor(*number) && std::fabs(*number) < 9e15)
      return static_cast<std::int64_t>(*number);
    return std::nullopt;
  }
  const std::string_view text = string_value(value);
  std::int64_t parsed = 0;
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (text.empty() || status != std::errc() || end != text.data() + text.size())
    return std::nullopt;
  return parsed;
}

std::optional<std::int64_t> integer_member(const Json& object, std::string_view key) {
  const Json* member = find_member(object, key);
  return member ? integer_value(*member) : std::nullopt;
}

std::string id_value(const Json& value) {
  if (value.is_string()) return sanitize_utf8(string_value(value));
  if (const auto number = integer_value(value)) return std::to_string(*number);
  return {};
}

std::string id_member(const Json& object, std::string_view key) {
  const Json* member = find_member(object, key);
  return member ? id_value(*member) : std::string();
}

std::string describe_json_type(const Json& value) {
  return json_type_phrase(value.type_name(), Lang::English);
}

std::size_t find_oversized_string(const Json& value, std::size_t max_length) {
  // A work list, not recursion: the depth limit is the caller's to set.
  std::vector<const Json*> pending{&value};
  while (!pending.empty()) {
    const Json& current = *pending.back();
    pending.pop_back();
    if (current.is_string()) {
      const std::size_t length = string_value(current).size();
      if (length > max_length) return length;
    } else if (current.is_object()) {
      for (auto member = current.begin(); member != current.end(); ++member) {
        if (member.key().size() > max_length) return member.key().size();
        pending.push_back(&member.value());
      }
    } else if (current.is_array()) {
      for (const Json& element : current) pending.push_back(&element);
    }
  }
  return 0;
}

std::string describe_oversized_string(std::size_t length, const FeedLimits& limits) {
  return "a string of " + std::to_string(length) + " bytes is over the " +
         std::to_string(limits.max_string) + "-byte limit";
}

// ---------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------

void Warnings::add(std::string text) {
  if (out_.size() < kMaxWarnings)
    out_.push_back(std::move(text));
  else
    ++dropped_;
}

void Warnings::finish() {
  if (dropped_ > 0) out_.push_back(std::to_string(dropped_) + " more warnings not shown");
  dropped_ = 0;
}

void EntryContext::warn(std::string_view text) {
  warnings.add(std::string(label) + " " + std::to_string(number) + ": " + std::string(text));
}

void EntryContext::skipped(std::string_view reason) {
  warnings.add(std::string(label) + " " + std::to_string(number) +
               " skipped: " + std::string(reason));
}

std::string quote_for_message(std::string_view value) {
  constexpr std::size_t kMaxQuoted = 60;
  const bool cut = value.size() > kMaxQuoted;
  // Cutting may split a UTF-8 sequence: sanitize_utf8 turns the stub into U+FFFD.
  return "\"" + sanitize_utf8(value.substr(0, kMaxQuoted)) + (cut ? "…\"" : "\"");
}

// ---------------------------------------------------------------------------
// Text, links and dates
// ---------------------------------------------------------------------------

std::string plain_text(std::string_view text) {
  return collapse_whitespace(decode_entities(sanitize_utf8(text)));
}

namespace {

bool is_blank(std::string_view line) {
  for (const char c : line)
    if (!is_ascii_space(c)) return false;
  return true;
}

Block paragraph_block(std::string text) {
  Block block;
  block.runs.push_back(TextRun{std::move(text), kRunPlain, {}});
  return block;
}

// Lower-case ASCII for U+00C0..U+00FF; nullptr for the two signs (× ÷) in the range.
const char* const kLatin1Folds[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};

// Reads one UTF-8 sequence at `text[pos]`; returns its length, 0 when invalid.
std::size_t decode_utf8(std::string_view text, std::size_t pos, std::uint32_t& code_point) {
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || pos + length > text.size()) return 0;
  code_point = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i)
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  return length;
}

// Spaces, quotes, dashes and other punctuation outside ASCII: word breaks in a slug.
bool is_separator(std::uint32_t code_point) {
  return code_point < 0xC0 || code_point == 0xD7 || code_point == 0xF7 ||
         (code_point >= 0x2000 && code_point <= 0x206F) || code_point == 0x3000 ||
         code_point == 0xFFFD;
}

}  // namespace

std::vector<Block> text_to_blocks(std::string_view text) {
  const std::size_t max_blocks = HtmlLimits{}.max_blocks;  // the same cap as HTML bodies
  std::vector<Block> blocks;
  std::string paragraph;
  const auto flush = [&] {
    std::string clean = plain_text(paragraph);
    paragraph.clear();
    if (!clean.empty() && blocks.size() < max_blocks)
      blocks.push_back(paragraph_block(std::move(clean)));
  };
  std::size_t line_start = 0;
  while (line_start <= text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_start, line_end - line_start);
    if (is_blank(line)) {
      flush();
    } else {
      paragraph.append(line.data(), line.size());
      paragraph.push_back('\n');
    }
    line_start = line_end + 1;
  }
  flush();
  return blocks;
}

std::string slugify(std::string_view text) {
  std::string slug;
  bool pending_dash = false;
  const auto put = [&](std::string_view piece) {
    if (pending_dash && !slug.empty()) slug.push_back('-');
    pending_dash = false;
    slug.append(piece.data(), piece.size());
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const char c = to_lower_ascii(text[pos]);
    if (is_ascii_alpha(c) || is_ascii_digit(c)) {
      put(std::string_view(&c, 1));
      ++pos;
      continue;
    }
    std::uint32_t code_point = 0;
    const std::size_t length = decode_utf8(text, pos, code_point);
    if (length == 0 || is_separator(code_point)) {
      pending_dash = true;
    } else if (code_point <= 0xFF) {
      const char* fold = kLatin1Folds[code_point - 0xC0];
      if (fold) put(fold);
    } else if (code_point == 0x152 || code_point == 0x153) {  // Œ œ, as in "cœur"
      put("oe");
    } else {
      put(text.substr(pos, length));
    }
    pos += length == 0 ? 1 : length;
  }
  return slug;
}

std::vector<std::string> names_of(const Json& people) {
  std::vector<std::string> names;
  const auto add_name = [&](const Json& person) {
    std::string name = plain_text(string_member(person, "name"));
    if (!name.empty()) names.push_back(std::move(name));
  };
  if (people.is_array())
    for (const Json& person : people) add_name(person);
  else
    add_name(people);
  return names;
}

std::string http_url(std::string_view base, std::string_view reference) {
  if (reference.empty()) return {};
  std::string url = resolve_url(base, reference);
  return is_http_url(url) ? url : std::string();
}

UtcSeconds date_member(const Json& object, std::string_view key, EntryContext& entry) {
  const Json* member = find_member(object, key);
  if (!member || member->is_null()) return kUnknownTime;
  const UtcSeconds time = parse_iso8601(string_value(*member));
  if (time == kUnknownTime)
    entry.warn("unreadable " + std::string(key) + " " +
               (member->is_string() ? quote_for_message(string_value(*member))
                                    : describe_json_type(*member)));
  return time;
}

UtcSeconds update_time(UtcSeconds published, UtcSeconds modified) {
  constexpr UtcSeconds kMinute = 60;
  return modified > published + kMinute ? modified : kUnknownTime;
}

int reading_minutes_for(const std::vector<Block>& body) {
  long long words = 0;
  for (const Block& block : body)
    for (const TextRun& run : block.runs) words += count_words(run.text);
  const long long minutes = (words + kWordsPerMinute - 1) / kWordsPerMinute;
  return minutes < 1 ? 1 : minutes > INT_MAX ? INT_MAX : static_cast<int>(minutes);
}

std::string title_from_text(const std::vector<Block>& body, std::string_view fallback_text) {
  constexpr int kTitleWords = 10;
  std::string title;
  int words = 0;
  bool truncated = false;
  // Appends words of `text` until the title is full; true once it is.
  const auto take_words = [&](std::string_view text) {
    const auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
    std::size_t pos = 0;
    while (true) {
      while (pos < text.size() && is_space(text[pos])) ++pos;
      if (pos == text.size()) return false;
      if (words == kTitleWords) {
        truncated = true;
        return true;
      }
      std::size_t end = pos;
      while (end < text.size() && !is_space(text[end])) ++end;
      if (!title.empty()) title.push_back(' ');
      title.append(text.data() + pos, end - pos);
      ++words;
      pos = end;
    }
  };
  for (const Block& block : body)
    if (!block.runs.empty() && take_words(block.plain_text())) break;
  if (words == 0) take_words(fallback_text);
  if (truncated) title += "…";
  return title;
}

// ---------------------------------------------------------------------------
// Lists and articles
// ---------------------------------------------------------------------------

void read_checked_entry(const Json& entry, EntryContext& context, std::size_t longest_string,
                        const FeedLimits& limits, const ReadEntry& read_entry) {
  if (!entry.is_object()) return context.skipped("not an object");
  if (longest_string > limits.max_string) {
    if (const std::size_t length = find_oversized_string(entry, limits.max_string))
      return context.skipped(describe_oversized_string(length, limits));
  }
  read_entry(entry, context);
}

namespace {

// The entries of a DOM list, a lone object being a list of one.
std::size_t entry_count(const Json& list) {
  return list.is_array() ? list.size() : 1;
}

const Json& entry_at(const Json& list, std::size_t index) {
  return list.is_array() ? list[index] : list;
}

std::string item_limit_warning(std::size_t read, std::size_t total, const char* label) {
  return "only the first " + std::to_string(read) + " of " + std::to_string(total) + " " + label +
         " entries were read (item limit)";
}

}  // namespace

void for_each_entry(const Json& list, const char* label, std::size_t longest_string,
                    const FeedLimits& limits, Warnings& warnings, const ReadEntry& read_entry) {
  const std::size_t total = entry_count(list);
  const std::size_t count = std::min(total, limits.max_items);
  if (count < total) warnings.add(item_limit_warning(count, total, label));
  for (std::size_t index = 0; index < count; ++index) {
    EntryContext context{label, index + 1, warnings};
    read_checked_entry(entry_at(list, index), context, longest_string, limits, read_entry);
  }
}

ArticleCollector::ArticleCollector(const char* format_label, const FeedLimits& limits,
                                   ReadItem read_item, Feed& feed, Warnings& warnings)
    : format_label_(format_label),
      limits_(limits),
      read_item_(std::move(read_item)),
      feed_(feed),
      warnings_(warnings) {}

void ArticleCollector::add(const Json& item, std::size_t number, std::size_t longest_string) {
  EntryContext context{"item", number, warnings_};
  read_checked_entry(item, context, longest_string, limits_, [&](const Json&, EntryContext&) {
    Article article;
    std::string reason = read_item_(item, context, article);
    if (reason.empty() && article.title.empty())
      article.title = title_from_text(article.body, article.summary);
    if (reason.empty() && article.title.empty()) reason = "no title and no text";
    if (reason.empty() && !seen_ids_.insert(article.id).second)
      reason = "duplicate id " + quote_for_message(article.id);
    if (!reason.empty()) {
      if (first_skip_.empty()) first_skip_ = "item " + std::to_string(number) + ": " + reason;
      return context.skipped(reason);
    }
    if (article.reading_minutes <= 0) article.reading_minutes = reading_minutes_for(article.body);
    feed_.articles.push_back(std::move(article));
  });
}

bool ArticleCollector::finish(std::size_t total, FeedError& error) {
  const std::size_t looked_at = std::min(total, limits_.max_items);
  if (looked_at < total) warnings_.add(item_limit_warning(looked_at, total, "item"));
  if (looked_at == 0) warnings_.add("the feed has no articles");
  if (looked_at > 0 && feed_.articles.empty()) {
    error.kind = FeedErrorKind::NoItemReadable;
    error.format = format_label_;
    error.size = looked_at;
    error.detail = first_skip_;
    return false;
  }
  return true;
}

bool read_articles(const Json& list, const char* format_label, std::size_t longest_string,
                   const FeedLimits& limits, const ReadItem& read_item, Feed& feed,
                   Warnings& warnings, FeedError& error) {
  const std::size_t total = entry_count(list);
  const std::size_t count = std::min(total, limits.max_items);
  feed.articles.reserve(count);
  ArticleCollector collector(format_label, limits, read_item, feed, warnings);
  for (std::size_t index = 0; index < count; ++index)
    collector.add(entry_at(list, index), index + 1, longest_string);
  return collector.finish(total, error);
}

// ---------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------

SectionIndex::SectionIndex(std::vector<Section>& sections) : sections_(sections) {
  for (std::size_t i = 0; i < sections_.size(); ++i) by_id_.emplace(sections_[i].id, i);
}

bool SectionIndex::add(Section section) {
  if (section.id.empty() || section.name.empty() || contains(section.id)) return false;
  // The reader selects tabs by slug: a section always has one, if only its
  // id (a name of punctuation alone slugifies to nothing).
  if (section.slug.empty()) section.slug = slugify(section.name);
  if (section.slug.empty()) section.slug = section.id;
  by_id_.emplace(section.id, sections_.size());
  sections_.push_back(std::move(section));
  return true;
}

}  // namespace kiosque::formats
