// Kiosque core: WordPress REST API v2 posts (/wp/v2/posts, with or without
// _embed, or one post) read into the model.
//
// Index:
//   - Fields: "rendered" HTML, excerpts, Yoast's reading time
//   - Media: featured images from _embedded["wp:featuredmedia"] or /wp/v2/media
//   - Terms: sections from /wp/v2/categories or _embedded["wp:term"]
//   - Posts: one post to one Article
//   - read_wordpress, wordpress_page_url
//
// Without _embed a post only has ids for its categories and featured image:
// names and URLs come from the separately given categories / media
// documents. Whatever cannot be resolved is left out of the model and
// counted in one warning, never guessed.
#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "feed_formats.h"
#include "html_blocks.h"
#include "text.h"

namespace kiosque {

namespace formats {

namespace {

// ---------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------

// The HTML of a rendered field: {"rendered": "..."}, or a bare string as
// some plugins and `?_fields=` queries give it.
std::string_view rendered_member(const Json& object, std::string_view key) {
  const Json* field = find_member(object, key);
  if (!field) return {};
  return field->is_object() ? string_member(*field, "rendered") : string_value(*field);
}

bool starts_with_ignoring_case(std::string_view text, std::string_view lower_prefix) {
  return equals_ignoring_ascii_case(text.substr(0, lower_prefix.size()), lower_prefix);
}

// Themes end excerpts with a link to the article ("Continue reading
// <span>Title</span>", "Lire la suite"); the widget links articles itself.
std::string_view without_read_more_link(std::string_view html) {
  static const std::string_view kReadMore[] = {"continue reading", "continuer la lecture",
                                               "lire la suite", "read more", "lire plus"};
  for (std::size_t pos = html.size(); pos-- > 0;) {
    if (html[pos] != '<' || !starts_with_ignoring_case(html.substr(pos), "<a")) continue;
    const std::string_view after = html.substr(pos + 2);
    if (after.empty() || (after.front() != '>' && !is_ascii_space(after.front()))) continue;
    const std::string link_text = html_to_text(html.substr(pos));
    for (const std::string_view marker : kReadMore)
      if (starts_with_ignoring_case(link_text, marker)) return html.substr(0, pos);
    return html;  // the last link is an ordinary one
  }
  return html;
}

// WordPress's automatic excerpts end with " [&hellip;]".
std::string excerpt_text(std::string_view html) {
  std::string text = html_to_text(without_read_more_link(html));
  for (const std::string_view more : {"[…]", "[...]", "[&hellip;]"}) {
    if (text.size() < more.size() ||
        text.compare(text.size() - more.size(), more.size(), more) != 0)
      continue;
    text.resize(text.size() - more.size());
    // The space before it, or the no-break space French typography puts there.
    while (true) {
      if (!text.empty() && text.back() == ' ')
        text.pop_back();
      else if (text.size() >= 2 && text.compare(text.size() - 2, 2, "\xC2\xA0") == 0)
        text.resize(text.size() - 2);
      else
        break;
    }
    break;
  }
  return text;
}

// Yoast SEO, which most WordPress news sites run, gives its own estimate:
// yoast_head_json.twitter_misc {"Est. reading time": "5 minutes"}, with the
// key in the site's language ("Durée de lecture estimée"). 0 when absent.
int reading_minutes_from_yoast(const Json& post) {
  const Json* head = find_object(post, "yoast_head_json");
  const Json* misc = head ? find_object(*head, "twitter_misc") : nullptr;
  if (!misc) return 0;
  for (auto entry = misc->begin(); entry != misc->end(); ++entry) {
    const std::string& key = entry.key();
    if (key.find("reading time") == std::string::npos && key.find("lecture") == std::string::npos)
      continue;
    const std::string_view value = string_value(entry.value());
    int minutes = 0;
    std::size_t digits = 0;
    for (; digits < value.size() && digits < 4 && is_ascii_digit(value[digits]); ++digits)
      minutes = minutes * 10 + (value[digits] - '0');
    return digits > 0 ? minutes : 0;
  }
  return 0;
}

// Either "date_gmt" (UTC) or, only when that is missing, "date": the site's
// local time read as UTC, a few hours off but better than no date at all.
const char* gmt_field_or_local(const Json& post, const char* gmt_field, const char* local_field) {
  const Json* gmt = find_member(post, gmt_field);
  return gmt && !gmt->is_null() ? gmt_field : local_field;
}

// ---------------------------------------------------------------------------
// Media
// ---------------------------------------------------------------------------

int dimension(const Json& object, std::string_view key) {
  const auto pixels = integer_member(object, key);
  return pixels && *pixels > 0 && *pixels <= 100000 ? static_cast<int>(*pixels) : 0;
}

// An attachment (/wp/v2/media, or embedded wp:featuredmedia) as an Image;
// empty when it is not an image or has no usable URL.
Image image_from_media(const Json& media, std::string_view base_url) {
  Image image;
  const std::string_view type = string_member(media, "media_type");
  if (!type.empty() && type != "image") return image;  // a featured video or file
  image.url = http_url(base_url, string_member(media, "source_url"));
  image.alt = plain_text(string_member(media, "alt_text"));
  image.caption = html_to_text(rendered_member(media, "caption"));
  if (const Json* details = find_object(media, "media_details")) {
    image.width = dimension(*details, "width");
    image.height = dimension(*details, "height");
    if (const Json* sizes = find_object(*details, "sizes")) {
      for (const Json& size : *sizes) {
        ImageVariant variant{http_url(base_url, string_member(size, "source_url")),
                             dimension(size, "width"), dimension(size, "height")};
        if (!variant.url.empty() && variant.url != image.url)
          image.variants.push_back(std::move(variant));
      }
    }
  }
  if (image.url.empty() && !image.variants.empty()) {
    // No usable source_url: the largest rendition stands in.
    const auto largest = std::max_element(
        image.variants.begin(), image.variants.end(),
        [](const ImageVariant& a, const ImageVariant& b) { return a.width < b.width; });
    image.url = std::move(largest->url);
    image.width = largest->width;
    image.height = largest->height;
    image.variants.erase(largest);
  }
  return image.url.empty() ? Image{} : image;
}

// ---------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------

// A category, from /wp/v2/categories or embedded (which has no parent).
Section section_from_term(const Json& term) {
  Section section;
  section.id = id_member(term, "id");
  section.name = html_to_text(string_member(term, "name"));  // "Finances &amp; Marchés"
  section.slug = sanitize_utf8(string_member(term, "slug"));
  const auto parent = integer_member(term, "parent");
  if (parent && *parent > 0) section.parent_id = std::to_string(*parent);
  const auto count = integer_member(term, "count");
  if (count && *count > 0 && *count <= INT32_MAX) section.count = static_cast<int>(*count);
  return section;
}

// ---------------------------------------------------------------------------
// Posts
// ---------------------------------------------------------------------------

}  // namespace

class WordPressPosts::Reader {
 public:
  Reader(const ReadContext& context, Feed& feed)
      : context_(context),
        feed_(feed),
        embedded_index_(embedded_sections_),
        collector_(
            "WordPress", context.limits,
            [this](const Json& post, EntryContext& entry, Article& article) {
              return read_post(post, entry, article);
            },
            feed, context.warnings) {}

  void read_media();
  void add(const Json& post, std::size_t number, std::size_t longest_string) {
    collector_.add(post, number, longest_string);
  }
  const std::vector<Section>& embedded_sections() const { return embedded_sections_; }
  void finish(std::size_t total, ParseResult& result);

 private:
  std::string read_post(const Json& post, EntryContext& entry, Article& article);
  void read_terms(const Json& post, const Json* embedded, Article& article);
  void read_featured_image(const Json& post, const Json* embedded, Article& article);
  // The sections of the categories document into feed_.sections; true when it gave some.
  bool read_categories(SectionIndex& sections);
  // One warning for each kind of id that stayed unresolved.
  void report_unresolved(const SectionIndex& sections, bool sections_from_document);

  const ReadContext& context_;
  Feed& feed_;
  // Embedded terms lack parents: they make the sections only when the
  // categories document gives none.
  std::vector<Section> embedded_sections_;
  SectionIndex embedded_index_;
  ArticleCollector collector_;
  std::unordered_map<std::string, Image> media_by_id_;
  std::size_t missing_images_ = 0;
};

bool WordPressPosts::Reader::read_categories(SectionIndex& sections) {
  if (context_.input.categories.empty()) return false;
  JsonDocument document;
  FeedError error;
  if (!parse_json_document(context_.input.categories, context_.limits, document, error,
                           context_.warnings)) {
    context_.warnings.add("categories document ignored (" +
                          describe_feed_error(error, Lang::English) + ")");
    return false;
  }
  if (!document.root.is_array() && !document.root.is_object()) {
    context_.warnings.add("categories document ignored (it is " +
                          describe_json_type(document.root) + ", not a list of categories)");
    return false;
  }
  for_each_entry(
      document.root, "category", document.longest_string, context_.limits, context_.warnings,
      [&](const Json& term, EntryContext& entry) {
        const std::string_view taxonomy = string_member(term, "taxonomy");
        if (!taxonomy.empty() && taxonomy != "category")
          return entry.skipped("taxonomy " + quote_for_message(taxonomy) + ", not \"category\"");
        Section section = section_from_term(term);
        if (section.id.empty()) return entry.skipped("no id");
        if (section.name.empty()) return entry.skipped("no name");
        const std::string id = section.id;
        if (!sections.add(std::move(section)))
          entry.skipped("duplicate id " + quote_for_message(id));
      });
  return !feed_.sections.empty();
}

void WordPressPosts::Reader::read_media() {
  if (context_.input.media.empty()) return;
  JsonDocument document;
  FeedError error;
  if (!parse_json_document(context_.input.media, context_.limits, document, error,
                           context_.warnings))
    return context_.warnings.add("media document ignored (" +
                                 describe_feed_error(error, Lang::English) + ")");
  for_each_entry(document.root, "media", document.longest_string, context_.limits,
                 context_.warnings, [&](const Json& media, EntryContext& entry) {
                   std::string id = id_member(media, "id");
                   if (id.empty()) return entry.skipped("no id");
                   Image image = image_from_media(media, context_.input.base_url);
                   if (image.empty()) return entry.skipped("not an image with an http(s) URL");
                   media_by_id_.emplace(std::move(id), std::move(image));
                 });
}

std::string WordPressPosts::Reader::read_post(const Json& post, EntryContext& entry,
                                              Article& article) {
  article.id = id_member(post, "id");
  if (article.id.empty()) return "no id";
  const std::string_view base_url = context_.input.base_url;
  const std::string_view link = string_member(post, "link");
  article.url = http_url(base_url, link);
  if (article.url.empty())
    entry.warn(link.empty() ? std::string("no link")
                            : "link " + quote_for_message(link) +
                                  " is not an http(s) URL; the article has no link");

  article.title = html_to_text(rendered_member(post, "title"));
  article.summary = excerpt_text(rendered_member(post, "excerpt"));
  // Relative links and images in the body are relative to the article's page.
  article.body = html_to_blocks(rendered_member(post, "content"),
                                article.url.empty() ? base_url : std::string_view(article.url));

  const char* published_field = gmt_field_or_local(post, "date_gmt", "date");
  if (!find_member(post, published_field)) entry.warn("no date_gmt or date");
  article.published = date_member(post, published_field, entry);
  article.updated =
      update_time(article.published,
                  date_member(post, gmt_field_or_local(post, "modified_gmt", "modified"), entry));

  const Json* embedded = find_object(post, "_embedded");
  read_terms(post, embedded, article);
  read_featured_image(post, embedded, article);
  if (embedded) {
    if (const Json* authors = find_member(*embedded, "author"))
      article.authors = names_of(*authors);
  }
  article.reading_minutes = reading_minutes_from_yoast(post);
  return {};
}

void WordPressPosts::Reader::read_terms(const Json& post, const Json* embedded, Article& article) {
  const Json* category_ids = find_array(post, "categories");
  if (category_ids) {
    for (const Json& id : *category_ids) {
      std::string text = id_value(id);
      if (!text.empty()) article.section_ids.push_back(std::move(text));
    }
  }
  const Json* term_groups = embedded ? find_array(*embedded, "wp:term") : nullptr;
  if (!term_groups) return;
  // One array per taxonomy: [[categories...], [tags...], ...].
  for (const Json& group : *term_groups) {
    if (!group.is_array()) continue;
    for (const Json& term : group) {
      const std::string_view taxonomy = string_member(term, "taxonomy");
      if (taxonomy == "post_tag") {
        std::string name = html_to_text(string_member(term, "name"));
        if (!name.empty()) article.tags.push_back(std::move(name));
      } else if (taxonomy == "category") {
        Section section = section_from_term(term);
        if (!category_ids && !section.id.empty()) article.section_ids.push_back(section.id);
        embedded_index_.add(std::move(section));
      }
    }
  }
}

void WordPressPosts::Reader::read_featured_image(const Json& post, const Json* embedded,
                                                 Article& article) {
  const Json* embedded_media = embedded ? find_array(*embedded, "wp:featuredmedia") : nullptr;
  // A private attachment embeds as an error object: no source_url, no image.
  if (embedded_media && !embedded_media->empty())
    article.image = image_from_media(*embedded_media->begin(), context_.input.base_url);
  if (!article.image.empty()) return;
  const std::string media_id = id_member(post, "featured_media");
  if (media_id.empty() || media_id == "0") return;  // 0: the post has no featured image
  const auto found = media_by_id_.find(media_id);
  if (found != media_by_id_.end())
    article.image = found->second;
  else
    ++missing_images_;
}

void WordPressPosts::Reader::report_unresolved(const SectionIndex& sections,
                                               bool sections_from_document) {
  constexpr std::size_t kListedIds = 10;
  std::vector<std::string> unnamed;
  for (const Article& article : feed_.articles)
    for (const std::string& id : article.section_ids)
      if (!sections.contains(id) && std::find(unnamed.begin(), unnamed.end(), id) == unnamed.end())
        unnamed.push_back(id);
  if (!unnamed.empty()) {
    std::string list;
    for (std::size_t i = 0; i < unnamed.size() && i < kListedIds; ++i)
      list += (i ? ", " : "") + unnamed[i];
    if (unnamed.size() > kListedIds) list += ", …";
    context_.warnings.add("no name for category ids " + list +
                          (sections_from_document
                               ? " (not in the categories document)"
                               : " (give the categories document, or use _embed)"));
  }
  if (missing_images_ > 0)
    context_.warnings.add(std::to_string(missing_images_) +
                          (missing_images_ == 1 ? " featured image" : " featured images") +
                          " could not be found (give the media document, or use _embed)");
}

void WordPressPosts::Reader::finish(std::size_t total, ParseResult& result) {
  result.ok = collector_.finish(total, result.problem);
  SectionIndex document_sections(feed_.sections);
  const bool sections_from_document = read_categories(document_sections);
  if (!sections_from_document) feed_.sections = std::move(embedded_sections_);
  if (result.ok) report_unresolved(SectionIndex(feed_.sections), sections_from_document);
}

WordPressPosts::WordPressPosts(const ReadContext& context, Feed& feed)
    : reader_(std::make_unique<Reader>(context, feed)) {
  reader_->read_media();
}

WordPressPosts::~WordPressPosts() = default;

void WordPressPosts::add(const Json& post, std::size_t number, std::size_t longest_string) {
  reader_->add(post, number, longest_string);
}

const std::vector<Section>& WordPressPosts::embedded_sections() const {
  return reader_->embedded_sections();
}

void WordPressPosts::finish(std::size_t total, ParseResult& result) {
  reader_->finish(total, result);
}

void read_wordpress(const Json& posts, const ReadContext& context, ParseResult& result) {
  WordPressPosts reader(context, result.feed);
  const std::size_t total = posts.is_array() ? posts.size() : 1;
  const std::size_t count = std::min(total, context.limits.max_items);
  for (std::size_t index = 0; index < count; ++index)
    reader.add(posts.is_array() ? posts[index] : posts, index + 1, context.longest_string);
  reader.finish(total, result);
}

}  // namespace formats

// ---------------------------------------------------------------------------
// Paging
// ---------------------------------------------------------------------------

std::string wordpress_page_url(std::string_view posts_url, int page) {
  const std::size_t hash = posts_url.find('#');
  const std::string_view fragment = hash == std::string_view::npos ? "" : posts_url.substr(hash);
  const std::string_view without_fragment = posts_url.substr(0, hash);
  const std::size_t question = without_fragment.find('?');
  std::string url(without_fragment.substr(0, question));
  const std::string page_parameter = "page=" + std::to_string(page < 1 ? 1 : page);
  char separator = '?';
  bool page_set = false;
  if (question != std::string_view::npos) {
    std::string_view query = without_fragment.substr(question + 1);
    while (true) {
      const std::size_t ampersand = query.find('&');
      const std::string_view parameter = query.substr(0, ampersand);
      const std::string_view name = parameter.substr(0, parameter.find('='));
      // The first page= is replaced in place, any other is dropped.
      std::string_view kept = parameter;
      if (name == "page") {
        kept = page_set ? std::string_view() : std::string_view(page_parameter);
        page_set = true;
      }
      if (!kept.empty()) {
        url += separator;
        url += kept;
        separator = '&';
      }
      if (ampersand == std::string_view::npos) break;
      query.remove_prefix(ampersand + 1);
    }
  }
  if (!page_set) url += separator + page_parameter;
  return url + std::string(fragment);
}

}  // namespace kiosque
