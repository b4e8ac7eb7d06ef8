// Kiosque core: a parsed feed as JSON and as a human summary. See feed_json.h.
#include "feed_json.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "dates.h"
#include "json_text.h"

namespace kiosque {

namespace {

using Json = nlohmann::ordered_json;  // keys in the documented order, for people reading it

Json time_or_null(UtcSeconds time) {
  return time == kUnknownTime ? Json(nullptr) : Json(format_iso8601(time));
}

Json string_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json image_json(const Image& image) {
  if (image.empty()) return nullptr;
  return Json{{"url", image.url},
              {"alt", image.alt},
              {"caption", image.caption},
              {"width", image.width},
              {"height", image.height}};
}

Json block_json(const Block& block) {
  Json json{{"type", block_type_name(block.type)}, {"text", block.plain_text()}};
  if (block.type == BlockType::Heading) json["level"] = block.level;
  if (block.type == BlockType::ListItem) {
    json["depth"] = block.depth;
    json["ordered"] = block.ordered;
    if (block.ordered) json["ordinal"] = block.ordinal;
  }
  if (block.type == BlockType::Image) json["image"] = image_json(block.image);
  const bool rich = std::any_of(block.runs.begin(), block.runs.end(), [](const TextRun& run) {
    return run.style != kRunPlain || !run.link.empty();
  });
  if (rich) {
    Json runs = Json::array();
    for (const TextRun& run : block.runs)
      runs.push_back(Json{{"text", run.text},
                          {"bold", (run.style & kRunBold) != 0},
                          {"italic", (run.style & kRunItalic) != 0},
                          {"code", (run.style & kRunCode) != 0},
                          {"link", string_or_null(run.link)}});
    json["runs"] = std::move(runs);
  }
  return json;
}

Json article_json(const Article& article) {
  Json blocks = Json::array();
  for (const Block& block : article.body) blocks.push_back(block_json(block));
  return Json{{"id", article.id},
              {"url", string_or_null(article.url)},
              {"title", article.title},
              {"summary", article.summary},
              {"published", time_or_null(article.published)},
              {"updated", time_or_null(article.updated)},
              {"authors", article.authors},
              {"sections", article.section_ids},
              {"tags", article.tags},
              {"image", image_json(article.image)},
              {"reading_minutes", article.reading_minutes},
              {"blocks", std::move(blocks)}};
}

}  // namespace

std::string feed_to_json(const Feed& feed, const std::vector<std::string>& warnings) {
  Json sections = Json::array();
  for (const Section& section : feed.sections)
    sections.push_back(Json{{"id", section.id},
                            {"name", section.name},
                            {"slug", section.slug},
                            {"parent", string_or_null(section.parent_id)},
                            {"count", section.count}});
  Json articles = Json::array();
  for (const Article& article : feed.articles) articles.push_back(article_json(article));
  const Json document{{"format", format_name(feed.format)},
                      {"title", feed.title},
                      {"home_url", string_or_null(feed.home_url)},
                      {"language", string_or_null(feed.language)},
                      {"icon", string_or_null(feed.icon)},
                      {"next_url", string_or_null(feed.next_url)},
                      {"sections", std::move(sections)},
                      {"articles", std::move(articles)},
                      {"warnings", warnings}};
  return json_text(document, 2) + "\n";
}

bool is_usable(const ParseResult& result) {
  return result.ok && !result.feed.articles.empty();
}

std::string describe_parse_result(const ParseResult& result) {
  std::string text;
  if (!result.ok) {
    text = "unusable: " + result.error + "\n";
  } else {
    const Feed& feed = result.feed;
    std::size_t featured = 0, in_bodies = 0;
    for (const Article& article : feed.articles) {
      featured += !article.image.empty();
      for (const Block& block : article.body) in_bodies += block.type == BlockType::Image;
    }
    text += "format:   " + std::string(format_name(feed.format)) + "\n";
    if (!feed.title.empty()) text += "title:    " + feed.title + "\n";
    text += "sections: " + std::to_string(feed.sections.size());
    for (std::size_t i = 0; i < feed.sections.size() && i < 8; ++i)
      text += (i ? ", " : " (") + feed.sections[i].name;
    text += feed.sections.size() > 8 ? ", …)\n" : feed.sections.empty() ? "\n" : ")\n";
    text += "articles: " + std::to_string(feed.articles.size()) + "\n";
    text += "images:   " + std::to_string(featured) + " featured, " + std::to_string(in_bodies) +
            " in article bodies\n";
    if (!feed.next_url.empty()) text += "next:     " + feed.next_url + "\n";
    if (feed.articles.empty()) text += "unusable: the feed has no articles\n";
  }
  text += "warnings: " + std::to_string(result.warnings.size()) + "\n";
  for (const std::string& warning : result.warnings) text += "  - " + warning + "\n";
  return text;
}

}  // namespace kiosque
