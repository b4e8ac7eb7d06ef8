// Kiosque views: the kiosk's corner. The time of day ("14:05") and how
// recent the feed is ("Mis à jour il y a 12 min"), bottom right, over
// whatever the show is on, large enough to read from across a lobby.
//
// The texts come made (core/kiosk_show.h writes them); the platform layer
// wakes the widget when their minute turns, so nothing is drawn meanwhile.
#pragma once

#include <string>

#include "reader_view.h"

namespace kiosque {

void draw_kiosk_corner(const std::string& clock, const std::string& last_update,
                       const ViewContext& context);

}  // namespace kiosque
