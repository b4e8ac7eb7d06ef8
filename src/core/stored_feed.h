// Kiosque core: the last good feed documents as kept between visits.
//
// A kiosk that starts without network still has something to show: the
// loader keeps the raw documents that last parsed (posts and categories
// bodies, their ETag and Last-Modified, and when they were fetched), stored
// by the browser under the feed URL (kiosque_storage.js). They are kept raw,
// not as the parsed model, so that a newer parser reads them as it would
// read the network, and so that their validators still make the first
// refresh conditional.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "feed.h"

namespace kiosque {

struct StoredDocument {
  std::string body, etag, last_modified;
};

struct StoredFeed {
  StoredDocument posts, categories;  // categories.body empty when there are none
  UtcSeconds fetched_at = kUnknownTime;
};

std::string stored_feed_json(const StoredFeed& feed);
// Empty for anything but what stored_feed_json wrote (a posts body at least).
std::optional<StoredFeed> parse_stored_feed(std::string_view json);

}  // namespace kiosque
