// Kiosque core: where a JSON string literal ends. See json_items.h.
#include "json_items.h"

namespace kiosque {

std::size_t json_string_end(std::string_view text, std::size_t open_quote) {
  for (std::size_t pos = open_quote + 1; pos < text.size(); ++pos) {
    if (text[pos] == '\\')
      ++pos;  // the escaped character cannot end the string
    else if (text[pos] == '"')
      return pos;
  }
  return text.size();
}

}  // namespace kiosque
