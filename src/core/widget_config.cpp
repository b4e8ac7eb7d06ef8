#include "widget_config.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

namespace kiosque {

namespace {

void read_string(const nlohmann::json& object, const char* key, std::string& into) {
  auto found = object.find(key);
  if (found != object.end() && found->is_string()) into = found->get_ref<const std::string&>();
}

// Attributes arrive as strings ("7"), the API may pass numbers (7).
void read_seconds(const nlohmann::json& object, const char* key, double most, double& into) {
  auto found = object.find(key);
  if (found == object.end()) return;
  double value = -1;
  if (found->is_number()) value = found->get<double>();
  if (found->is_string()) {
    const std::string& text = found->get_ref<const std::string&>();
    char* end = nullptr;
    value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0') value = -1;
  }
  if (value >= 0 && value <= most) into = value;
}

// "#c41e2a" or "c41e2a"; anything else keeps `fallback`.
std::uint32_t parse_hex_colour(const std::string& text, std::uint32_t fallback) {
  std::string_view digits(text);
  if (!digits.empty() && digits[0] == '#') digits.remove_prefix(1);
  if (digits.size() != 6) return fallback;
  std::uint32_t value = 0;
  for (char c : digits) {
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) return fallback;
    value = value * 16 + static_cast<std::uint32_t>(digit);
  }
  return value;
}

}  // namespace

WidgetConfig parse_widget_config(std::string_view json) {
  WidgetConfig config;
  const nlohmann::json object = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!object.is_object()) return config;
  read_string(object, "feed", config.feed_url);
  read_string(object, "categories", config.categories_url);
  read_string(object, "assetBase", config.asset_base);
  read_string(object, "section", config.section);
  std::string lang, theme, accent;
  read_string(object, "lang", lang);
  read_string(object, "theme", theme);
  read_string(object, "accent", accent);
  if (lang.rfind("en", 0) == 0) config.lang = Lang::English;
  if (theme == "dark") config.theme = ThemeChoice::Dark;
  config.accent_rgb = parse_hex_colour(accent, config.accent_rgb);
  read_seconds(object, "interval", 3600, config.carousel_seconds);
  read_seconds(object, "refresh", 24 * 3600, config.refresh_seconds);
  read_seconds(object, "showCarouselSeconds", 3600, config.show.carousel_seconds);
  read_seconds(object, "showArticleSeconds", 3600, config.show.article_seconds);
  read_seconds(object, "idleSeconds", 24 * 3600, config.show.idle_seconds);
  double stories = config.show.stories;
  read_seconds(object, "showStories", 100, stories);  // a count, read like the seconds
  config.show.stories = static_cast<int>(stories);
  auto kiosk = object.find("kiosk");
  if (kiosk != object.end() && kiosk->is_boolean()) config.kiosk = kiosk->get<bool>();
  auto reduced = object.find("reducedMotion");
  if (reduced != object.end() && reduced->is_boolean())
    config.reduced_motion = reduced->get<bool>();
  if (config.categories_url.empty()) config.categories_url = derive_categories_url(config.feed_url);
  return config;
}

std::string derive_categories_url(std::string_view posts_url) {
  const std::string_view endpoint = "/wp/v2/posts";
  const std::size_t at = posts_url.find(endpoint);
  if (at == std::string_view::npos) return "";
  const std::size_t after = at + endpoint.size();
  // Only the collection itself: /wp/v2/posts/123 is a single post.
  if (after < posts_url.size() && posts_url[after] != '?' && posts_url[after] != '&' &&
      posts_url[after] != '#')
    return "";
  std::string url(posts_url.substr(0, at));
  url += "/wp/v2/categories";
  const bool query_started = url.find('?') != std::string::npos;
  url += query_started ? "&per_page=100" : "?per_page=100";
  return url;
}

}  // namespace kiosque
