#include "refresh_policy.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "dates.h"

namespace kiosque {

RefreshPolicy::RefreshPolicy(double interval_seconds)
    : interval_(interval_seconds > 0 ? interval_seconds : kDefaultRefreshSeconds),
      first_backoff_(std::min(kFirstBackoff, interval_)),
      max_backoff_(std::max(kMaxBackoff, interval_)) {}

double RefreshPolicy::jittered(double seconds, std::mt19937& rng) const {
  std::uniform_real_distribution<double> factor(1 - kJitter, 1 + kJitter);
  return seconds * factor(rng);
}

double RefreshPolicy::after_success(std::mt19937& rng) {
  failures_ = 0;
  return jittered(interval_, rng);
}

double RefreshPolicy::after_failure(std::optional<double> retry_after, std::mt19937& rng) {
  ++failures_;
  double backoff = first_backoff_;
  for (int i = 1; i < failures_ && backoff < max_backoff_; ++i) backoff *= 2;
  const double delay = jittered(std::min(backoff, max_backoff_), rng);
  if (!retry_after) return delay;
  return std::max(delay, std::clamp(*retry_after, 0.0, kMaxRetryAfter));
}

std::optional<double> parse_retry_after(std::string_view header, UtcSeconds now) {
  while (!header.empty() && header.front() == ' ') header.remove_prefix(1);
  while (!header.empty() && header.back() == ' ') header.remove_suffix(1);
  if (header.empty()) return std::nullopt;
  if (std::all_of(header.begin(), header.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (header.size() > 9)
      return RefreshPolicy::kMaxRetryAfter;  // absurdly long: the cap applies anyway
    return std::strtod(std::string(header).c_str(), nullptr);
  }
  // IMF-fixdate, the one date form RFC 9110 asks senders to use.
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::string text(header);
  char weekday[4] = {}, month_name[4] = {}, zone[4] = {};
  int day = 0, year = 0, hour = 0, minute = 0, second = 0;
  if (std::sscanf(text.c_str(), "%3s, %d %3s %d %d:%d:%d %3s", weekday, &day, month_name, &year,
                  &hour, &minute, &second, zone) != 8 ||
      std::strcmp(zone, "GMT") != 0)
    return std::nullopt;
  int month = 0;
  for (int i = 0; i < 12; ++i)
    if (std::strcmp(month_name, kMonths[i]) == 0) month = i + 1;
  if (month == 0) return std::nullopt;
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute,
                second);
  const UtcSeconds at = parse_iso8601(iso);
  if (at == kUnknownTime) return std::nullopt;
  return static_cast<double>(std::max<UtcSeconds>(0, at - now));
}

}  // namespace kiosque
