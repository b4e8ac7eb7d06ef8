// Kiosque core: JSON array elements by byte range. See json_items.h.
#include "json_items.h"

#include <cstddef>

namespace kiosque {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::size_t skip_space(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_space(text[pos])) ++pos;
  return pos;
}

// The end (one past) of the value starting at `start`, or npos when the text
// ends first. Containers end at their matching bracket, strings at their
// unescaped quote, scalars before the next separator.
std::size_t value_end(std::string_view text, std::size_t start) {
  constexpr std::size_t kCutShort = std::string_view::npos;
  const char first = text[start];
  if (first != '[' && first != '{' && first != '"') {
    std::size_t pos = start;
    while (pos < text.size() && text[pos] != ',' && text[pos] != ']' && text[pos] != '}' &&
           !is_space(text[pos]))
      ++pos;
    return pos;
  }
  std::size_t depth = 0;
  for (std::size_t pos = start; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '"') {
      pos = json_string_end(text, pos);
      if (pos == text.size()) return kCutShort;
      if (depth == 0) return pos + 1;  // the value was this string
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      // A mismatched kind of bracket is left for the parser to report.
      if (--depth == 0) return pos + 1;
    }
  }
  return kCutShort;
}

}  // namespace

// ---------------------------------------------------------------------------
// json_string_end, json_array_elements
// ---------------------------------------------------------------------------

std::size_t json_string_end(std::string_view text, std::size_t open_quote) {
  for (std::size_t pos = open_quote + 1; pos < text.size(); ++pos) {
    if (text[pos] == '\\')
      ++pos;  // the escaped character cannot end the string
    else if (text[pos] == '"')
      return pos;
  }
  return text.size();
}

// ---------------------------------------------------------------------------
// ---------------------------------------------------------------------------

std::optional<std::vector<std::string_view>> json_array_elements(std::string_view text) {
  std::size_t pos = skip_space(text, 0);
  if (pos == text.size() || text[pos] != '[') return std::nullopt;
  std::vector<std::string_view> elements;
  pos = skip_space(text, pos + 1);
  bool closed = pos < text.size() && text[pos] == ']';
  if (closed) ++pos;
  while (!closed) {
    if (pos == text.size()) return std::nullopt;
    const std::size_t end = value_end(text, pos);
    if (end == std::string_view::npos || end == pos) return std::nullopt;
    elements.push_back(text.substr(pos, end - pos));
    pos = skip_space(text, end);
    if (pos == text.size()) return std::nullopt;
    if (text[pos] == ']') {
      closed = true;
    } else if (text[pos] != ',') {
      return std::nullopt;
    }
    pos = skip_space(text, pos + 1);
  }
  if (skip_space(text, pos) != text.size()) return std::nullopt;
  return elements;
}

}  // namespace kiosque
