// Kiosque core: JSON documents as text for the page and the tools.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace kiosque {

// Compact JSON text. Feed text is valid UTF-8 by construction; `replace` is
// the belt to those braces, and the only dump mode that cannot abort in a
// build without exceptions.
inline std::string json_text(const nlohmann::json& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace kiosque
