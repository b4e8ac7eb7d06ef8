#include "feed.h"

namespace kiosque {

std::string Block::plain_text() const {
  std::string text;
  for (const TextRun& run : runs) text += run.text;
  return text;
}

const Section* Feed::find_section(const std::string& id) const {
  for (const Section& section : sections)
    if (section.id == id) return &section;
  return nullptr;
}

const Section* Feed::find_section_by_slug(const std::string& slug) const {
  for (const Section& section : sections)
    if (section.slug == slug) return &section;
  return nullptr;
}

const Article* Feed::find_article(const std::string& id) const {
  for (const Article& article : articles)
    if (article.id == id) return &article;
  return nullptr;
}

const char* block_type_name(BlockType type) {
  switch (type) {
    case BlockType::Paragraph:
      return "paragraph";
    case BlockType::Heading:
      return "heading";
    case BlockType::Quote:
      return "quote";
    case BlockType::ListItem:
      return "list_item";
    case BlockType::Image:
      return "image";
    case BlockType::Preformatted:
      return "preformatted";
    case BlockType::Separator:
      return "separator";
  }
  return "paragraph";
}

const char* format_name(FeedFormat format) {
  switch (format) {
    case FeedFormat::WordPress:
      return "wordpress";
    case FeedFormat::JsonFeed:
      return "jsonfeed";
    case FeedFormat::Unknown:
      break;
  }
  return "unknown";
}

}  // namespace kiosque
