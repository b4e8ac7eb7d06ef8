#include "core/lru_budget.h"

#include <doctest/doctest.h>

using namespace kiosque;

TEST_CASE("within budget nothing is evicted") {
  LruBudget budget(100);
  budget.add("a", 40, 1);
  budget.add("b", 60, 2);
  CHECK(budget.evict(3).empty());
  CHECK(budget.used_bytes() == 100);
}

TEST_CASE("the least recently used go first, until the total fits") {
  LruBudget budget(100);
  budget.add("a", 40, 1);
  budget.add("b", 40, 2);
  budget.add("c", 40, 3);
  budget.touch("a", 4);  // a was just drawn again: b is now the oldest
  const auto evicted = budget.evict(5);
  REQUIRE(evicted.size() == 1);
  CHECK(evicted[0] == "b");
  CHECK(budget.used_bytes() == 80);
  CHECK(budget.size() == 2);
}

TEST_CASE("what is on screen now is never evicted, even over budget") {
  LruBudget budget(50);
  budget.add("big", 80, 7);
  budget.add("old", 10, 1);
  const auto evicted = budget.evict(7);
  REQUIRE(evicted.size() == 1);
  CHECK(evicted[0] == "old");
  CHECK(budget.used_bytes() == 80);
  CHECK(budget.evict(8) == std::vector<std::string>{"big"});
  CHECK(budget.used_bytes() == 0);
}

TEST_CASE("re-adding a key replaces its size; removing unknown keys is harmless") {
  LruBudget budget(100);
  budget.add("a", 30, 1);
  budget.add("a", 50, 2);
  CHECK(budget.used_bytes() == 50);
  budget.remove("zzz");
  budget.remove("a");
  CHECK(budget.used_bytes() == 0);
  CHECK(budget.size() == 0);
}
