#include "stored_feed.h"

#include "json_text.h"

namespace kiosque {

namespace {

nlohmann::json document_json(const StoredDocument& document) {
  return {
      {"body", document.body}, {"etag", document.etag}, {"lastModified", document.last_modified}};
}

std::string string_member(const nlohmann::json& object, const char* key) {
  auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

StoredDocument read_document(const nlohmann::json& object, const char* key) {
  auto found = object.find(key);
  if (found == object.end() || !found->is_object()) return {};
  return {string_member(*found, "body"), string_member(*found, "etag"),
          string_member(*found, "lastModified")};
}

}  // namespace

std::string stored_feed_json(const StoredFeed& feed) {
  const nlohmann::json object = {{"version", 1},
                                 {"fetchedAt", feed.fetched_at},
                                 {"posts", document_json(feed.posts)},
                                 {"categories", document_json(feed.categories)}};
  // The bodies are what the server sent, not always valid UTF-8: a bad byte
  // is kept as U+FFFD, as the parser would read it anyway.
  return json_text(object);
}

std::optional<StoredFeed> parse_stored_feed(std::string_view json) {
  const nlohmann::json object = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!object.is_object() || object.value("version", 0) != 1) return std::nullopt;
  StoredFeed feed;
  feed.posts = read_document(object, "posts");
  feed.categories = read_document(object, "categories");
  auto fetched_at = object.find("fetchedAt");
  if (fetched_at != object.end() && fetched_at->is_number_integer())
    feed.fetched_at = fetched_at->get<UtcSeconds>();
  if (feed.posts.body.empty()) return std::nullopt;
  return feed;
}

}  // namespace kiosque
