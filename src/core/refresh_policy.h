// Kiosque core: when to fetch the feed again.
//
// A kiosk runs for days and a publisher may have thousands of them: each
// refreshes on a period (5 min by default) with ±10% random jitter, so that
// widgets started together do not hit the server together; after a failure
// it backs off exponentially (30 s doubling up to 15 min), never sooner than
// a 503's Retry-After; when the browser says the network is back, a widget
// that was failing retries at once. The random source is passed in, so tests
// can seed it.
//
//   RefreshPolicy policy(300);
//   double delay = policy.after_success(rng);            // ~300 s
//   delay = policy.after_failure(retry_after, rng);      // 30, 60, 120... s
//   if (policy.should_retry_when_online()) refresh now;
#pragma once

#include <optional>
#include <random>
#include <string_view>

#include "feed.h"

namespace kiosque {

constexpr double kDefaultRefreshSeconds = 5 * 60;

class RefreshPolicy {
 public:
  static constexpr double kJitter = 0.1;             // ±10% on every delay
  static constexpr double kFirstBackoff = 30;        // seconds after the first failure
  static constexpr double kMaxBackoff = 15 * 60;     // the backoff's cap
  static constexpr double kMaxRetryAfter = 60 * 60;  // a server cannot silence a kiosk for longer

  // `interval_seconds` > 0. A period shorter than the first backoff also
  // starts the backoff, so that a failing kiosk never polls faster than a
  // healthy one; a period longer than the cap raises the cap to it.
  explicit RefreshPolicy(double interval_seconds = kDefaultRefreshSeconds);

  // Seconds to wait before the next refresh.
  double after_success(std::mt19937& rng);
  // `retry_after`: the server's Retry-After in seconds, when it sent one.
  double after_failure(std::optional<double> retry_after, std::mt19937& rng);

  // The browser reports the network back: retry now when the last attempt
  // failed (a healthy widget keeps its period).
  bool should_retry_when_online() const { return failures_ > 0; }
  int failures() const { return failures_; }
  double interval_seconds() const { return interval_; }

 private:
  double jittered(double seconds, std::mt19937& rng) const;

  double interval_;
  double first_backoff_;
  double max_backoff_;
  int failures_ = 0;
};

// A Retry-After header: delay-seconds ("120") or an HTTP date
// ("Wed, 21 Oct 2015 07:28:00 GMT") read against `now`. Empty when the
// header is missing or unreadable; a date in the past is 0.
std::optional<double> parse_retry_after(std::string_view header, UtcSeconds now);

}  // namespace kiosque
