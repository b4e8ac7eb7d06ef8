// Kiosque core: the reader's place as a URL fragment, so that a reload or a
// shared link returns to it, and the browser's back button walks back.
//
//   ""  or "#/"                  home of "À la une"
//   "#/monde"                    home of a section
//   "#/monde/article/4211"       an article, opened from that section
//
// Slugs and ids are percent-encoded when they hold anything beyond
// [A-Za-z0-9-_.~]. Unknown shapes parse as home, never as an error: a
// fragment is typed by people.
#pragma once

#include <string>
#include <string_view>

namespace kiosque {

struct Route {
  std::string section;     // slug; empty means the all-sections tab
  std::string article_id;  // empty on a home view
};

std::string format_route(const Route& route);
Route parse_route(std::string_view fragment);

}  // namespace kiosque
