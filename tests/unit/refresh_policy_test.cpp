#include "core/refresh_policy.h"

#include <doctest/doctest.h>

#include "core/dates.h"

using namespace kiosque;

TEST_CASE("a healthy widget refreshes every period, give or take 10%") {
  std::mt19937 rng(42);
  RefreshPolicy policy;
  double lowest = 1e9, highest = 0;
  for (int i = 0; i < 1000; ++i) {
    const double delay = policy.after_success(rng);
    lowest = std::min(lowest, delay);
    highest = std::max(highest, delay);
  }
  CHECK(lowest >= 270);
  CHECK(highest <= 330);
  // Jitter that spreads kiosks started together, not a constant.
  CHECK(lowest < 280);
  CHECK(highest > 320);
}

TEST_CASE("the same seed gives the same delays") {
  std::mt19937 a(7), b(7);
  RefreshPolicy first(60), second(60);
  for (int i = 0; i < 5; ++i) CHECK(first.after_success(a) == second.after_success(b));
}

TEST_CASE("failures back off by doubling from 30 s up to 15 min, and a success resets") {
  std::mt19937 rng(1);
  RefreshPolicy policy;
  const double expected[] = {30, 60, 120, 240, 480, 900, 900, 900};
  for (double seconds : expected) {
    const double delay = policy.after_failure(std::nullopt, rng);
    CHECK(delay >= seconds * 0.9);
    CHECK(delay <= seconds * 1.1);
  }
  CHECK(policy.failures() == 8);
  CHECK(policy.after_success(rng) >= 270);
  CHECK(policy.failures() == 0);
  CHECK(policy.after_failure(std::nullopt, rng) <= 33);
}

TEST_CASE("a short period starts the backoff at the period; a long one raises the cap") {
  std::mt19937 rng(3);
  RefreshPolicy quick(1);
  CHECK(quick.after_failure(std::nullopt, rng) <= 1.1);
  CHECK(quick.after_failure(std::nullopt, rng) >= 1.8);
  RefreshPolicy slow(3600);
  for (int i = 0; i < 12; ++i) slow.after_failure(std::nullopt, rng);
  CHECK(slow.after_failure(std::nullopt, rng) >= 3600 * 0.9);
}

TEST_CASE("Retry-After is honoured, within reason") {
  std::mt19937 rng(5);
  RefreshPolicy policy;
  CHECK(policy.after_failure(120.0, rng) == 120);          // longer than the 30 s backoff
  const double backoff = policy.after_failure(10.0, rng);  // shorter: the backoff (60 s) wins
  CHECK(backoff >= 54);
  CHECK(policy.after_failure(1e7, rng) == RefreshPolicy::kMaxRetryAfter);
}

TEST_CASE("back online, only a failing widget retries at once") {
  std::mt19937 rng(9);
  RefreshPolicy policy;
  CHECK_FALSE(policy.should_retry_when_online());
  policy.after_failure(std::nullopt, rng);
  CHECK(policy.should_retry_when_online());
  policy.after_success(rng);
  CHECK_FALSE(policy.should_retry_when_online());
}

TEST_CASE("Retry-After headers: seconds or an HTTP date") {
  const UtcSeconds now = parse_iso8601("2015-10-21T07:27:00Z");
  CHECK(parse_retry_after("120", now) == 120.0);
  CHECK(parse_retry_after(" 0 ", now) == 0.0);
  CHECK(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now) == 60.0);
  CHECK(parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now) == 0.0);  // already past
  CHECK_FALSE(parse_retry_after("", now));
  CHECK_FALSE(parse_retry_after("-5", now));
  CHECK_FALSE(parse_retry_after("soon", now));
  CHECK_FALSE(parse_retry_after("Wed, 21 Foo 2015 07:28:00 GMT", now));
}
