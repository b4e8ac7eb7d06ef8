// Kiosque core: the one article model every feed format is read into.
//
// A Feed is what the reader shows: sections (a tree, by parent id), articles
// (newest first is the reader's job, not the parser's), and the link to the
// next page. Every string here is plain UTF-8: entities decoded, tags gone,
// whitespace collapsed. Article bodies are rich text as a flat list of Blocks.
//
// Plain C++: no ImGui, no Emscripten, no I/O.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kiosque {

// Seconds since 1970-01-01T00:00:00Z. News is never from 1970, so 0 means "unknown".
using UtcSeconds = std::int64_t;
constexpr UtcSeconds kUnknownTime = 0;

// ---------------------------------------------------------------------------
// Rich text
// ---------------------------------------------------------------------------

enum RunStyle : std::uint8_t {
  kRunPlain = 0,
  kRunBold = 1 << 0,
  kRunItalic = 1 << 1,
  kRunCode = 1 << 2,
};

// A span of text with one style. A line break (<br>) is a run whose text is "\n".
struct TextRun {
  std::string text;
  std::uint8_t style = kRunPlain;  // RunStyle bits
  std::string link;                // absolute http(s) or mailto URL, or empty
};

struct ImageVariant {
  std::string url;
  int width = 0;  // pixels, 0 when unknown
  int height = 0;
};

struct Image {
  std::string url;  // the full-size image; empty means "no image"
  int width = 0;
  int height = 0;
  std::string alt;
  std::string caption;
  std::vector<ImageVariant> variants;  // smaller renditions, any order

  bool empty() const { return url.empty(); }
};

enum class BlockType : std::uint8_t {
  Paragraph,
  Heading,       // level 2..6 (an <h1> in a body is read as level 2)
  Quote,         // one paragraph of a <blockquote> or pull quote
  ListItem,      // one item of a list; lists are flattened, nesting is `depth`
  Image,         // a figure: `image`, caption in image.caption
  Preformatted,  // text kept as written, line breaks included
  Separator,     // <hr>
};

struct Block {
  BlockType type = BlockType::Paragraph;
  std::vector<TextRun> runs;  // the block's text (empty for Image and Separator)
  int level = 0;              // Heading: 2..6
  int depth = 0;              // ListItem: 1 for a top-level item, 2 inside it, ...
  bool ordered = false;       // ListItem: from <ol>
  int ordinal = 0;            // ListItem in an <ol>: 1, 2, 3, ...
  Image image;                // Image only

  // All runs' text joined: what a screen reader or a search would see.
  std::string plain_text() const;
};

// ---------------------------------------------------------------------------
// Feed model
// ---------------------------------------------------------------------------

struct Section {
  std::string id;         // WordPress category id as text, or a JSON Feed tag
  std::string name;       // "Guerre en Ukraine"
  std::string slug;       // "guerre-en-ukraine"
  std::string parent_id;  // empty for a top-level section
  int count = 0;          // articles the publisher says it holds, 0 when unknown
};

struct Article {
  std::string id;   // stable across refreshes: WordPress post id, JSON Feed item id
  std::string url;  // canonical page on the publisher's site (http or https)
  std::string title;
  std::string summary;  // standfirst / excerpt
  std::vector<Block> body;
  std::vector<std::string> authors;
  UtcSeconds published = kUnknownTime;
  UtcSeconds updated = kUnknownTime;  // kUnknownTime, or the last modification
  std::vector<std::string> section_ids;
  std::vector<std::string> tags;
  Image image;  // featured image; image.empty() when none
  int reading_minutes = 0;
};

enum class FeedFormat : std::uint8_t { Unknown, WordPress, JsonFeed };

struct Feed {
  FeedFormat format = FeedFormat::Unknown;
  std::string title;
  std::string home_url;
  std::string language;  // BCP 47, e.g. "fr-FR"; empty when unknown
  std::string icon;
  std::string next_url;  // next page of articles, empty when this is the last one
  std::vector<Section> sections;
  std::vector<Article> articles;

  const Section* find_section(const std::string& id) const;
  const Section* find_section_by_slug(const std::string& slug) const;
  const Article* find_article(const std::string& id) const;
};

const char* format_name(FeedFormat format);   // "wordpress", "jsonfeed", "unknown"
const char* block_type_name(BlockType type);  // "paragraph", "heading", "list_item", ...

}  // namespace kiosque
