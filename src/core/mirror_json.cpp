#include "mirror_json.h"

#include <nlohmann/json.hpp>

#include "json_text.h"

namespace kiosque {

namespace {

// Runs as the mirror needs them: neighbours with the same link and style
// are joined, so that a link split by the parser reads as one link.
nlohmann::json runs_json(const std::vector<TextRun>& runs) {
  nlohmann::json out = nlohmann::json::array();
  const TextRun* previous = nullptr;
  for (const TextRun& run : runs) {
    if (run.text.empty()) continue;
    if (previous && previous->link == run.link && previous->style == run.style &&
        run.text != "\n" && previous->text != "\n") {
      out.back()["text"] = out.back()["text"].get<std::string>() + run.text;
      continue;
    }
    nlohmann::json item = {{"text", run.text}};
    if (!run.link.empty()) item["link"] = run.link;
    if (run.style & kRunBold) item["bold"] = true;
    if (run.style & kRunItalic) item["italic"] = true;
    out.push_back(std::move(item));
    previous = &run;
  }
  return out;
}

nlohmann::json block_json(const Block& block) {
  nlohmann::json out = {{"type", block_type_name(block.type)}};
  switch (block.type) {
    case BlockType::Heading:
      out["level"] = block.level;
      break;
    case BlockType::ListItem:
      out["depth"] = block.depth;
      out["ordered"] = block.ordered;
      if (block.ordered) out["ordinal"] = block.ordinal;
      break;
    case BlockType::Image:
      out["alt"] = block.image.alt;
      out["caption"] = block.image.caption;
      break;
    default:
      break;
  }
  if (block.type != BlockType::Image && block.type != BlockType::Separator)
    out["runs"] = runs_json(block.runs);
  return out;
}

}  // namespace

std::string article_mirror_json(const Article& article,
                                const std::vector<const Section*>& breadcrumb) {
  nlohmann::json out;
  out["id"] = article.id;
  out["title"] = article.title;
  out["url"] = article.url;
  out["summary"] = article.summary;
  out["authors"] = article.authors;
  out["published"] = article.published == kUnknownTime ? nlohmann::json(nullptr)
                                                       : nlohmann::json(article.published);
  nlohmann::json path = nlohmann::json::array();
  for (const Section* section : breadcrumb)
    if (section) path.push_back(section->name);
  out["breadcrumb"] = std::move(path);
  nlohmann::json blocks = nlohmann::json::array();
  for (const Block& block : article.body) blocks.push_back(block_json(block));
  out["blocks"] = std::move(blocks);
  return json_text(out);
}

const ControlRect* find_focused_control(const std::vector<ControlRect>& controls,
                                        const FocusedControl& focused) {
  if (focused.kind.empty()) return nullptr;
  const ControlRect* section_menu = nullptr;
  for (const ControlRect& control : controls) {
    if (control.kind == focused.kind && control.id == focused.id) return &control;
    if (control.kind == "section-menu") section_menu = &control;
  }
  // A narrow canvas shows one menu button for all the tabs: it stands for
  // each of them while the menu is closed.
  return focused.kind == "tab" ? section_menu : nullptr;
}

}  // namespace kiosque
