// Tests for src/core/dates.cpp: ISO 8601 parsing and French / English display.
#include "core/dates.h"

#include <doctest/doctest.h>

using namespace kiosque;

namespace {
// 2024-11-01T14:05:00Z, checked against `date -u -d 2024-11-01T14:05:00Z +%s`.
constexpr UtcSeconds kNov1 = 1730469900;
constexpr UtcSeconds kHour = 3600;
constexpr UtcSeconds kDay = 86400;
}  // namespace

TEST_CASE("parse_iso8601 reads UTC, offsets and fractional seconds") {
  CHECK(parse_iso8601("2024-11-01T14:05:00Z") == kNov1);
  CHECK(parse_iso8601("2024-11-01T16:05:00+02:00") == kNov1);
  CHECK(parse_iso8601("2024-11-01T09:05:00-0500") == kNov1);
  CHECK(parse_iso8601("2024-11-01T15:05:00+01") == kNov1);
  CHECK(parse_iso8601("2024-11-01T14:05:00.123456Z") == kNov1);
  CHECK(parse_iso8601("2024-11-01t14:05:00z") == kNov1);
  CHECK(parse_iso8601("  2024-11-01T14:05:00Z\n") == kNov1);
}

TEST_CASE("parse_iso8601 reads a time without offset as UTC (WordPress date_gmt)") {
  CHECK(parse_iso8601("2024-11-01T14:05:00") == kNov1);
  CHECK(parse_iso8601("2024-11-01 14:05:00") == kNov1);
  CHECK(parse_iso8601("2024-11-01T14:05") == kNov1);
  CHECK(parse_iso8601("2024-11-01") == kNov1 - 14 * kHour - 5 * 60);
}

TEST_CASE("parse_iso8601: offsets that cross midnight and year boundaries") {
  // 23:30 in Casablanca's winter offset of +01:00 is still the same UTC day...
  CHECK(parse_iso8601("2024-03-10T00:30:00+01:00") == parse_iso8601("2024-03-09T23:30:00Z"));
  // ...and a negative offset moves the UTC date forward, here into a new year.
  CHECK(parse_iso8601("2024-12-31T22:00:00-05:00") == parse_iso8601("2025-01-01T03:00:00Z"));
  CHECK(parse_iso8601("2025-01-01T00:15:00+02:00") == parse_iso8601("2024-12-31T22:15:00Z"));
  CHECK(format_iso8601(parse_iso8601("2025-01-01T00:15:00+02:00")) == "2024-12-31T22:15:00Z");
}

TEST_CASE("parse_iso8601: leap years") {
  CHECK(parse_iso8601("2024-02-29T12:00:00Z") - parse_iso8601("2024-02-28T12:00:00Z") == kDay);
  CHECK(parse_iso8601("2024-03-01T00:00:00Z") - parse_iso8601("2024-02-28T00:00:00Z") == 2 * kDay);
  CHECK(parse_iso8601("2023-03-01T00:00:00Z") - parse_iso8601("2023-02-28T00:00:00Z") == kDay);
  CHECK(parse_iso8601("2000-02-29") != kUnknownTime);  // divisible by 400: leap
  CHECK(parse_iso8601("1900-02-29") == kUnknownTime);  // divisible by 100: not leap
  CHECK(parse_iso8601("2023-02-29") == kUnknownTime);
  CHECK(format_iso8601(parse_iso8601("2024-02-29T23:59:59Z")) == "2024-02-29T23:59:59Z");
}

TEST_CASE("parse_iso8601 refuses what is not a date") {
  for (const char* text :
       {"", "yesterday", "2024-13-01", "2024-11-31", "2024-11-01T24:00:00Z", "2024-11-01T14:60:00Z",
        "2024-11-01T14:05:00+25:00", "2024-11-01T14:05:00 garbage", "2024-11-01T", "2024-1-01",
        "0000-00-00 00:00:00", "2024-11-01T14:05:00.Z", "Fri, 01 Nov 2024 14:05:00 +0000"}) {
    CAPTURE(text);
    CHECK(parse_iso8601(text) == kUnknownTime);
  }
}

TEST_CASE("format_iso8601 round-trips, before 1970 too") {
  CHECK(format_iso8601(kNov1) == "2024-11-01T14:05:00Z");
  CHECK(format_iso8601(parse_iso8601("1969-12-31T23:59:59Z")) == "1969-12-31T23:59:59Z");
  CHECK(parse_iso8601("1969-12-31T23:59:59Z") == -1);
}

TEST_CASE("format_date writes the site's French and the English date") {
  CHECK(format_date(kNov1, Lang::French) == "1 novembre 2024");  // "1", not "1er"
  CHECK(format_date(kNov1, Lang::English) == "November 1, 2024");
  CHECK(format_date(parse_iso8601("2025-08-15"), Lang::French) == "15 août 2025");
  CHECK(format_date(parse_iso8601("2025-02-03"), Lang::French) == "3 février 2025");
  CHECK(format_date(parse_iso8601("2025-12-25"), Lang::French) == "25 décembre 2025");
  // The date is the UTC one: 23:30 UTC on the 1st is still the 1st.
  CHECK(format_date(parse_iso8601("2024-11-01T23:30:00Z"), Lang::French) == "1 novembre 2024");
}

TEST_CASE("format_relative counts back from now, then gives the date") {
  CHECK(format_relative(kNov1, kNov1 + 30, Lang::French) == "à l'instant");
  CHECK(format_relative(kNov1, kNov1 + 30, Lang::English) == "just now");
  CHECK(format_relative(kNov1, kNov1 + 60, Lang::French) == "il y a 1 minute");
  CHECK(format_relative(kNov1, kNov1 + 5 * 60, Lang::French) == "il y a 5 minutes");
  CHECK(format_relative(kNov1, kNov1 + 5 * 60, Lang::English) == "5 minutes ago");
  CHECK(format_relative(kNov1, kNov1 + kHour, Lang::English) == "1 hour ago");
  CHECK(format_relative(kNov1, kNov1 + 3 * kHour + 59 * 60, Lang::French) == "il y a 3 heures");
  CHECK(format_relative(kNov1, kNov1 + 30 * kHour, Lang::French) == "hier");
  CHECK(format_relative(kNov1, kNov1 + 30 * kHour, Lang::English) == "yesterday");
  CHECK(format_relative(kNov1, kNov1 + 4 * kDay, Lang::French) == "il y a 4 jours");
  CHECK(format_relative(kNov1, kNov1 + 4 * kDay, Lang::English) == "4 days ago");
  CHECK(format_relative(kNov1, kNov1 + 8 * kDay, Lang::French) == "1 novembre 2024");
}

TEST_CASE("format_relative: small clock skew is 'just now', a future date is a date") {
  CHECK(format_relative(kNov1 + 2 * 60, kNov1, Lang::French) == "à l'instant");
  CHECK(format_relative(kNov1 + kDay, kNov1, Lang::English) == "November 2, 2024");
}

TEST_CASE("format_updated and format_reading_time") {
  CHECK(format_updated(kNov1 + kDay, Lang::French) == "Mis à jour le 2 novembre 2024");
  CHECK(format_updated(kNov1 + kDay, Lang::English) == "Updated November 2, 2024");
  CHECK(format_reading_time(5, Lang::French) == "5 min de lecture");
  CHECK(format_reading_time(5, Lang::English) == "5 min read");
  CHECK(format_reading_time(0, Lang::French) == "1 min de lecture");
}

TEST_CASE("format_offline says since when the content is on screen") {
  CHECK(format_offline(kNov1, kNov1 + 12 * 60, Lang::French) ==
        "Hors ligne · mis à jour il y a 12 minutes");
  CHECK(format_offline(kNov1, kNov1 + 12 * 60, Lang::English) ==
        "Offline · updated 12 minutes ago");
  CHECK(format_offline(kNov1, kNov1 + 10, Lang::French) == "Hors ligne · mis à jour à l'instant");
  CHECK(format_offline(kUnknownTime, kNov1, Lang::French) == "Hors ligne");
}
