// Kiosque core: feed dates, parsed and written for readers.
//
// Index:
//   - Calendar arithmetic (days from/to a civil date, proleptic Gregorian)
//   - Parsing ISO 8601 / RFC 3339
//   - Writing dates: ISO 8601, French and English display
//
// No timegm, no locale, no time zone database: feeds give UTC or an explicit
// offset, and the widget shows dates in UTC, so plain arithmetic is exact and
// behaves the same in the browser as in the tests.
#include "dates.h"

#include <cstdint>
#include <cstdio>

#include "text.h"

namespace kiosque {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// ---------------------------------------------------------------------------
// Calendar arithmetic (Howard Hinnant's days_from_civil / civil_from_days)
// ---------------------------------------------------------------------------

struct CivilDate {
  std::int64_t year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// Days since 1970-01-01 of a proleptic Gregorian date; negative before it.
std::int64_t days_from_civil(std::int64_t year, int month, int day) {
  year -= month <= 2;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t year_of_era = year - era * 400;  // [0, 399]
  const std::int64_t day_of_year =
      (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;  // [0, 365]
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;  // [0, 146096]
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_index = (5 * day_of_year + 2) / 153;  // March is 0
  CivilDate date;
  date.day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  date.month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  date.year = year_of_era + era * 400 + (date.month <= 2);
  return date;
}

bool is_leap_year(std::int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(std::int64_t year, int month) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// Floor division, so that times before 1970 land on the right day.
std::int64_t days_of(UtcSeconds time) {
  return time >= 0 ? time / kSecondsPerDay : -((-time - 1) / kSecondsPerDay) - 1;
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

// Reads the fixed-width numeric fields of an ISO 8601 date left to right.
class DateCursor {
 public:
  explicit DateCursor(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  bool take(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  // Exactly `count` ASCII digits.
  bool number(int count, int& value) {
    if (text_.size() - pos_ < static_cast<std::size_t>(count)) return false;
    value = 0;
    for (int i = 0; i < count; ++i) {
      const char c = text_[pos_ + i];
      if (!is_ascii_digit(c)) return false;
      value = value * 10 + (c - '0');
    }
    pos_ += count;
    return true;
  }
  // Fractional seconds: the precision varies by feed and never matters here.
  bool skip_fraction() {
    if (!take('.') && !take(',')) return true;
    const std::size_t start = pos_;
    while (!at_end() && is_ascii_digit(text_[pos_])) ++pos_;
    return pos_ > start;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

// "Z", "+02:00", "-0500", "+02"; returns the offset east of UTC in seconds.
bool parse_offset(DateCursor& cursor, std::int64_t& offset_seconds) {
  offset_seconds = 0;
  if (cursor.at_end() || cursor.take('Z') || cursor.take('z')) return true;
  const char sign = cursor.peek();
  if (sign != '+' && sign != '-') return false;
  cursor.take(sign);
  int hours = 0, minutes = 0;
  if (!cursor.number(2, hours)) return false;
  if (!cursor.at_end()) {
    cursor.take(':');
    if (!cursor.number(2, minutes)) return false;
  }
  if (hours > 23 || minutes > 59) return false;
  offset_seconds = (hours * 60 + minutes) * 60;
  if (sign == '-') offset_seconds = -offset_seconds;
  return true;
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

const char* const kFrenchMonths[12] = {"janvier",   "février", "mars",     "avril",
                                       "mai",       "juin",    "juillet",  "août",
                                       "septembre", "octobre", "novembre", "décembre"};
const char* const kEnglishMonths[12] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};

// "il y a 3 heures" / "3 hours ago", with the singular for one.
std::string ago(std::int64_t count, const char* french_unit, const char* english_unit, Lang lang) {
  const std::string number = std::to_string(count);
  const char* plural = count > 1 ? "s" : "";
  if (lang == Lang::French) return "il y a " + number + " " + french_unit + plural;
  return number + " " + english_unit + plural + " ago";
}

}  // namespace

UtcSeconds parse_iso8601(std::string_view text) {
  DateCursor cursor(trim(text));
  int year = 0, month = 0, day = 0;
  if (!cursor.number(4, year) || !cursor.take('-') || !cursor.number(2, month) ||
      !cursor.take('-') || !cursor.number(2, day))
    return kUnknownTime;
  // WordPress writes "0000-00-00 00:00:00" for "never": month 0 fails here.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
    return kUnknownTime;

  int hour = 0, minute = 0, second = 0;
  std::int64_t offset_seconds = 0;
  if (!cursor.at_end()) {
    if (!cursor.take('T') && !cursor.take('t') && !cursor.take(' ')) return kUnknownTime;
    if (!cursor.number(2, hour) || !cursor.take(':') || !cursor.number(2, minute))
      return kUnknownTime;
    if (cursor.take(':') && (!cursor.number(2, second) || !cursor.skip_fraction()))
      return kUnknownTime;
    // A leap second (60) is allowed by RFC 3339 and lands on the next minute.
    if (hour > 23 || minute > 59 || second > 60) return kUnknownTime;
    if (!parse_offset(cursor, offset_seconds) || !cursor.at_end()) return kUnknownTime;
  }
  return days_from_civil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60 + second -
         offset_seconds;
}

std::string format_iso8601(UtcSeconds time) {
  const std::int64_t days = days_of(time);
  const std::int64_t seconds_of_day = time - days * kSecondsPerDay;
  const CivilDate date = civil_from_days(days);
  char text[64];
  std::snprintf(text, sizeof text, "%04lld-%02d-%02dT%02d:%02d:%02dZ",
                static_cast<long long>(date.year), date.month, date.day,
                static_cast<int>(seconds_of_day / 3600), static_cast<int>(seconds_of_day / 60 % 60),
                static_cast<int>(seconds_of_day % 60));
  return text;
}

std::string format_date(UtcSeconds time, Lang lang) {
  const CivilDate date = civil_from_days(days_of(time));
  const std::string day = std::to_string(date.day);
  const std::string year = std::to_string(date.year);
  // The site writes "1 novembre", never "1er novembre".
  if (lang == Lang::French) return day + " " + kFrenchMonths[date.month - 1] + " " + year;
  return std::string(kEnglishMonths[date.month - 1]) + " " + day + ", " + year;
}

std::string format_relative(UtcSeconds time, UtcSeconds now, Lang lang) {
  const std::int64_t elapsed = now - time;
  // A few minutes in the future is the publisher's clock against the
  // kiosk's, not a scheduled post: still "just now".
  constexpr std::int64_t kClockSkew = 5 * 60;
  if (elapsed < -kClockSkew) return format_date(time, lang);
  if (elapsed < 60) return lang == Lang::French ? "à l'instant" : "just now";
  if (elapsed < 3600) return ago(elapsed / 60, "minute", "minute", lang);
  if (elapsed < kSecondsPerDay) return ago(elapsed / 3600, "heure", "hour", lang);
  if (elapsed < 2 * kSecondsPerDay) return lang == Lang::French ? "hier" : "yesterday";
  if (elapsed < 7 * kSecondsPerDay) return ago(elapsed / kSecondsPerDay, "jour", "day", lang);
  return format_date(time, lang);
}

std::string format_updated(UtcSeconds time, Lang lang) {
  if (lang == Lang::French) return "Mis à jour le " + format_date(time, lang);
  return "Updated " + format_date(time, lang);
}

std::string format_offline(UtcSeconds updated_at, UtcSeconds now, Lang lang) {
  const bool french = lang == Lang::French;
  std::string text = french ? "Hors ligne" : "Offline";
  if (updated_at == kUnknownTime) return text;
  return text + (french ? " · mis à jour " : " · updated ") +
         format_relative(updated_at, now, lang);
}

std::string format_reading_time(int minutes, Lang lang) {
  const std::string number = std::to_string(minutes < 1 ? 1 : minutes);
  return number + (lang == Lang::French ? " min de lecture" : " min read");
}

}  // namespace kiosque
