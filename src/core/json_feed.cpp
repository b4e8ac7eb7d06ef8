// Kiosque core: JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1)
// read into the model.
//
// Index:
//   - Feed fields: title, links, language, authors
//   - Items: one item to one Article, its image, its tags as sections
//   - read_json_feed
//
// JSON Feed has no categories: each tag becomes a section whose id and slug
// are the tag slugified, so that "Économie" and "economie" are one section.
// 1.0's `author` (one object) is read where 1.1 has `authors` (an array),
// and items without authors take the feed's, as the spec says.
#include <algorithm>

#include "feed_formats.h"
#include "html_blocks.h"

namespace kiosque::formats {

namespace {

class JsonFeedReader {
 public:
  JsonFeedReader(const Json& root, const ReadContext& context, Feed& feed)
      : root_(root), context_(context), feed_(feed), sections_(feed.sections) {}

  void read_feed_fields();
  std::string read_item(const Json& item, EntryContext& entry, Article& article);

 private:
  const Json* feed_member(std::string_view key);
  std::string feed_url(std::string_view key);
  Image item_image(const Json& item, EntryContext& entry) const;
  void read_tags(const Json& item, Article& article);

  const Json& root_;
  const ReadContext& context_;
  Feed& feed_;
  SectionIndex sections_;
  std::vector<std::string> feed_authors_;
};

// ---------------------------------------------------------------------------
// Feed fields
// ---------------------------------------------------------------------------

// A top-level member, or nullptr when it is absent or holds a string over
// the limit (then with a warning: the feed still loads without it).
const Json* JsonFeedReader::feed_member(std::string_view key) {
  const Json* member = find_member(root_, key);
  if (!member || context_.longest_string <= context_.limits.max_string) return member;
  if (const std::size_t length = find_oversized_string(*member, context_.limits.max_string)) {
    context_.warnings.add("feed \"" + std::string(key) +
                          "\" ignored: " + describe_oversized_string(length, context_.limits));
    return nullptr;
  }
  return member;
}

// An http(s) URL member, or "" (with a warning when there was something else).
std::string JsonFeedReader::feed_url(std::string_view key) {
  const Json* member = feed_member(key);
  const std::string_view value = member ? string_value(*member) : std::string_view();
  std::string url = http_url(context_.input.base_url, value);
  if (url.empty() && !value.empty())
    context_.warnings.add("feed \"" + std::string(key) + "\" ignored: " + quote_for_message(value) +
                          " is not an http(s) URL");
  return url;
}

void JsonFeedReader::read_feed_fields() {
  if (const Json* title = feed_member("title")) feed_.title = plain_text(string_value(*title));
  if (const Json* language = feed_member("language"))
    feed_.language = plain_text(string_value(*language));
  feed_.home_url = feed_url("home_page_url");
  feed_.next_url = feed_url("next_url");
  feed_.icon = feed_url("icon");
  if (feed_.icon.empty()) feed_.icon = feed_url("favicon");
  if (const Json* authors = feed_member("authors")) feed_authors_ = names_of(*authors);
  if (feed_authors_.empty()) {
    if (const Json* author = feed_member("author")) feed_authors_ = names_of(*author);
  }
}

// ---------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------

std::string JsonFeedReader::read_item(const Json& item, EntryContext& entry, Article& article) {
  article.id = id_member(item, "id");
  if (article.id.empty()) return "no id";
  const std::string_view base_url = context_.input.base_url;
  // `url` is the item's own page; `external_url` is what a link post points
  // at, the best there is when `url` is missing.
  std::string_view link = string_member(item, "url");
  if (link.empty()) link = string_member(item, "external_url");
  article.url = http_url(base_url, link);
  if (article.url.empty())
    entry.warn(link.empty() ? std::string("no url")
                            : "url " + quote_for_message(link) +
                                  " is not an http(s) URL; the article has no link");

  article.title = plain_text(string_member(item, "title"));
  article.summary = plain_text(string_member(item, "summary"));
  const std::string_view html = string_member(item, "content_html");
  article.body =
      !html.empty()
          ? html_to_blocks(html, article.url.empty() ? base_url : std::string_view(article.url))
          : text_to_blocks(string_member(item, "content_text"));

  article.published = date_member(item, "date_published", entry);
  article.updated = update_time(article.published, date_member(item, "date_modified", entry));

  if (const Json* authors = find_member(item, "authors")) article.authors = names_of(*authors);
  if (article.authors.empty()) {
    if (const Json* author = find_member(item, "author")) article.authors = names_of(*author);
  }
  if (article.authors.empty()) article.authors = feed_authors_;

  read_tags(item, article);
  article.image = item_image(item, entry);
  if (feed_.language.empty()) feed_.language = plain_text(string_member(item, "language"));
  return {};
}

Image JsonFeedReader::item_image(const Json& item, EntryContext& entry) const {
  Image image;
  for (const char* key : {"image", "banner_image"}) {
    const std::string_view value = string_member(item, key);
    if (value.empty()) continue;
    image.url = http_url(context_.input.base_url, value);
    if (!image.url.empty()) return image;
    entry.warn(std::string(key) + " " + quote_for_message(value) + " is not an http(s) URL");
  }
  // A photo post may carry its picture only as an attachment.
  if (const Json* attachments = find_array(item, "attachments")) {
    for (const Json& attachment : *attachments) {
      if (string_member(attachment, "mime_type").substr(0, 6) != "image/") continue;
      image.url = http_url(context_.input.base_url, string_member(attachment, "url"));
      if (image.url.empty()) continue;
      image.alt = plain_text(string_member(attachment, "title"));
      return image;
    }
  }
  return image;
}

void JsonFeedReader::read_tags(const Json& item, Article& article) {
  const Json* tags = find_array(item, "tags");
  if (!tags) return;
  for (const Json& tag : *tags) {
    std::string name = plain_text(string_value(tag));
    if (name.empty()) continue;
    std::string slug = slugify(name);
    const auto& ids = article.section_ids;
    if (!slug.empty() && std::find(ids.begin(), ids.end(), slug) == ids.end()) {
      article.section_ids.push_back(slug);
      sections_.add(Section{slug, name, slug, {}, 0});
    }
    article.tags.push_back(std::move(name));
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// read_json_feed
// ---------------------------------------------------------------------------

void read_json_feed(const Json& root, const ReadContext& context, ParseResult& result) {
  const Json* items = find_member(root, "items");
  if (!items) {
    result.problem.kind = FeedErrorKind::ItemsMissing;
    return;
  }
  if (!items->is_array()) {
    result.problem.kind = FeedErrorKind::ItemsNotArray;
    result.problem.found = items->type_name();
    return;
  }
  JsonFeedReader reader(root, context, result.feed);
  reader.read_feed_fields();
  result.ok = read_articles(
      *items, "JSON Feed", context.longest_string, context.limits,
      [&](const Json& item, EntryContext& entry, Article& article) {
        return reader.read_item(item, entry, article);
      },
      result.feed, context.warnings, result.problem);
}

}  // namespace kiosque::formats
