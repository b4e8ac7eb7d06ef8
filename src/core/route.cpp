#include "route.h"

#include <vector>

namespace kiosque {

namespace {

bool unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == '~';
}

std::string encode_segment(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    if (unreserved(c)) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decode_segment(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> segments;
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    const std::string_view segment = path.substr(0, slash);
    if (!segment.empty()) segments.push_back(segment);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

}  // namespace

std::string format_route(const Route& route) {
  std::string fragment = "#/";
  if (!route.section.empty()) fragment += encode_segment(route.section);
  if (!route.article_id.empty()) {
    if (route.section.empty()) fragment += "a-la-une";
    fragment += "/article/" + encode_segment(route.article_id);
  }
  return fragment;
}

Route parse_route(std::string_view fragment) {
  Route route;
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  const std::vector<std::string_view> segments = split_path(fragment);
  if (segments.empty()) return route;
  route.section = decode_segment(segments[0]);
  if (segments.size() >= 3 && segments[1] == "article")
    route.article_id = decode_segment(segments[2]);
  return route;
}

}  // namespace kiosque
