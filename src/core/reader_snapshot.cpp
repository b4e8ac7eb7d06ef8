#include "reader_snapshot.h"

#include <nlohmann/json.hpp>

#include "dates.h"
#include "json_text.h"
#include "route.h"

namespace kiosque {

std::string reader_route(const Reader& reader) {
  Route route;
  if (reader.section_slug() != kAllSectionsSlug) route.section = reader.section_slug();
  if (const Article* article = reader.article()) route.article_id = article->id;
  return format_route(route);
}

std::string reader_snapshot_json(const Reader& reader, std::uint64_t frames_rendered,
                                 const std::vector<ControlRect>& controls,
                                 const RuntimeFigures& runtime, HeadlineList headline_list) {
  nlohmann::json state;
  state["ready"] = reader.has_feed();
  state["loading"] = reader.loading();
  state["view"] = reader.page() == ReaderPage::Article ? "article" : "home";
  state["section"] = reader.section_slug();
  nlohmann::json sections = nlohmann::json::array();
  for (const SectionTab& tab : reader.tabs())
    sections.push_back({{"slug", tab.slug}, {"name", tab.name}});
  state["sections"] = std::move(sections);
  if (headline_list == HeadlineList::Every) {
    nlohmann::json headlines = nlohmann::json::array();
    for (const Article* article : reader.headlines())
      headlines.push_back({{"id", article->id}, {"title", article->title}, {"url", article->url}});
    state["headlines"] = std::move(headlines);
  } else {
    state["revision"] = reader.revision();
  }
  state["articles"] = reader.feed().articles.size();
  const FeedPaging& paging = reader.paging();
  state["paging"] = {
      {"state", paging_state_name(paging.state())},
      {"pages", paging.pages_loaded()},
      {"error", paging.error().empty() ? nlohmann::json(nullptr) : nlohmann::json(paging.error())}};
  const Article* article = reader.article();
  state["article"] = article ? nlohmann::json(article->id) : nlohmann::json(nullptr);
  state["error"] =
      reader.error().empty() ? nlohmann::json(nullptr) : nlohmann::json(reader.error());
  state["offline"] = reader.offline();
  state["updatedAt"] = reader.updated_at() == kUnknownTime
                           ? nlohmann::json(nullptr)
                           : nlohmann::json(format_iso8601(reader.updated_at()));
  state["warnings"] = reader.warnings().size();
  state["route"] = reader_route(reader);
  state["framesRendered"] = frames_rendered;
  nlohmann::json rects = nlohmann::json::array();
  for (const ControlRect& control : controls)
    rects.push_back({{"kind", control.kind},
                     {"id", control.id},
                     {"x", control.x},
                     {"y", control.y},
                     {"width", control.width},
                     {"height", control.height}});
  state["controls"] = std::move(rects);
  if (const KioskShow* show = runtime.show)
    state["show"] = {{"phase", show_phase_name(show->phase())},
                     {"section", show->section()},
                     {"article", show->article().empty() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(show->article())},
                     {"paused", show->paused()}};
  else
    state["show"] = nullptr;
  state["memory"] = {{"wasmHeap", runtime.heap_bytes},
                     {"wasmHeapUsed", runtime.heap_used_bytes},
                     {"textures", runtime.textures},
                     {"textureBytes", runtime.texture_bytes}};
  return json_text(state);
}

std::string article_event_json(const Article& article) {
  return json_text({{"id", article.id}, {"title", article.title}, {"url", article.url}});
}

std::string section_event_json(const Reader& reader) {
  return json_text({{"section", reader.section_slug()}});
}

std::string route_event_json(const std::string& route) {
  return json_text({{"route", route}});
}

std::string message_event_json(const std::string& message) {
  return json_text({{"message", message}});
}

}  // namespace kiosque
