// Kiosque core: the reader's state as a plain JSON object, for the page.
//
// This is the public `state()` contract of the widget (README, "JavaScript
// API"): ready, view, section, sections [{slug, name}], headlines [{id,
// title}], article, error, framesRendered.
#pragma once

#include <cstdint>
#include <string>

#include "reader.h"

namespace kiosque {

std::string reader_snapshot_json(const Reader& reader, std::uint64_t frames_rendered);

// Small JSON objects for the element's DOM events.
std::string article_event_json(const Article& article);
std::string section_event_json(const Reader& reader);
std::string message_event_json(const std::string& message);

}  // namespace kiosque
