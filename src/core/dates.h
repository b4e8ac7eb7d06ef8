// Kiosque core: parsing feed dates, and writing them for readers in French
// or English.
#pragma once

#include <string>
#include <string_view>

#include "feed.h"

namespace kiosque {

enum class Lang { French, English };

// Parses ISO 8601 / RFC 3339: "2024-11-01T14:05:00Z", "...+02:00", "...-0500",
// "2024-11-01T14:05:00.123Z", "2024-11-01 14:05:00", "2024-11-01".
// A time without an offset is read as UTC (WordPress's `date_gmt` has none).
// Returns kUnknownTime when the text is not such a date.
UtcSeconds parse_iso8601(std::string_view text);

// "2024-11-01T14:05:00Z"
std::string format_iso8601(UtcSeconds time);

// "1 novembre 2024" / "November 1, 2024" (the date in UTC).
std::string format_date(UtcSeconds time, Lang lang);

// "à l'instant", "il y a 5 minutes", "il y a 3 heures", "hier",
// "il y a 4 jours", then the date / "just now", "5 minutes ago", ...
std::string format_relative(UtcSeconds time, UtcSeconds now, Lang lang);

// "Mis à jour le 2 novembre 2024" / "Updated November 2, 2024"
std::string format_updated(UtcSeconds time, Lang lang);

// The offline banner: "Hors ligne · mis à jour il y a 12 minutes" /
// "Offline · updated 12 minutes ago"; "Hors ligne" alone before any update.
std::string format_offline(UtcSeconds updated_at, UtcSeconds now, Lang lang);

// "5 min de lecture" / "5 min read"
std::string format_reading_time(int minutes, Lang lang);

}  // namespace kiosque
